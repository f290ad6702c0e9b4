// HTML for the demo seller console (markup contract: /tmp/democonsole.md, kept in the
// report). Every text that goes into the page passes through `escapeHtml`.
import { ordersOnPage, pageCount } from './orders.mjs';

/** @typedef {import('./orders.mjs').DemoOrder} DemoOrder */

export const SHOP_NAME = '晨光小铺（演示）';

/** @type {Record<string, string>} */
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @param {string | number} text */
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

// en-CA with h23 gives zero-padded parts; the parts are reassembled, never the locale's layout.
const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD HH:mm:ss`, wall-clock in Asia/Shanghai. @param {number} ms */
export function formatShanghai(ms) {
  /** @type {Record<string, string>} */
  const p = {};
  for (const { type, value } of SHANGHAI.formatToParts(ms)) p[type] = value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** `¥1,299.00` from fen; `¥--` for an unreadable amount. @param {number | null} fen */
export function formatYuan(fen) {
  if (fen === null) return '¥--';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

const cell = (/** @type {string | number} */ text) => `<td>${escapeHtml(text)}</td>`;

/** @param {DemoOrder} o */
function orderRow(o) {
  const action = o.statusRaw === '待发货' ? '<button type="button">发货</button> ' : '';
  return (
    '<tr>' +
    cell(o.orderId) +
    cell(o.buyer) +
    cell(o.title) +
    cell(o.quantity) +
    cell(formatYuan(o.unitPriceFen)) +
    cell(formatYuan(o.shippingFen)) +
    cell(formatYuan(o.discountFen)) +
    cell(formatYuan(o.paidFen)) +
    cell(formatShanghai(o.placedAt)) +
    (o.paidAt === undefined ? '<td>—</td>' : cell(formatShanghai(o.paidAt))) +
    cell(o.statusRaw) +
    `<td>${action}<a href="#">详情</a></td>` +
    '</tr>'
  );
}

/** @param {number} page @param {number} pages */
function pager(page, pages) {
  const link = (/** @type {number} */ n, /** @type {string} */ label) => `<a href="/orders?page=${n}">${escapeHtml(label)}</a>`;
  const parts = [page > 1 ? link(page - 1, '上一页') : '<span class="disabled">上一页</span>'];
  for (let n = 1; n <= pages; n++)
    parts.push(n === page ? `<span class="current" aria-current="page">${n}</span>` : link(n, String(n)));
  parts.push(page < pages ? link(page + 1, '下一页') : '<span class="disabled">下一页</span>');
  parts.push(`<span class="total">共 ${pages} 页</span>`);
  return `<nav class="pager" aria-label="分页">${parts.join(' ')}</nav>`;
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:13px/1.5 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#333;background:#f2f3f5}
header{display:flex;align-items:center;gap:24px;height:52px;padding:0 24px;background:#ff5000;color:#fff}
header .logo{font-size:18px;font-weight:600}header .user{margin-left:auto;font-size:12px}
.layout{display:flex;min-height:calc(100vh - 52px)}
aside{width:168px;flex:none;background:#fff;border-right:1px solid #e5e6eb;padding:12px 0}
aside a{display:block;padding:8px 24px;color:#333;text-decoration:none}aside a.active{background:#fff1eb;color:#ff5000;border-right:3px solid #ff5000}
main{flex:1;padding:16px 24px;min-width:0}
.crumbs{color:#86909c;margin-bottom:12px}
.notice{background:#fff7e8;border:1px solid #ffcf8b;padding:8px 12px;margin-bottom:12px;color:#d25f00}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;background:#fff;padding:12px 16px;margin-bottom:12px;border-radius:4px}
.filters input,.filters select{height:28px;border:1px solid #c9cdd4;border-radius:2px;padding:0 8px}
.filters button{height:28px;padding:0 16px;border:0;border-radius:2px;background:#ff5000;color:#fff}
.tabs{display:flex;gap:20px;margin-bottom:8px}.tabs a{color:#4e5969;text-decoration:none}.tabs a.active{color:#ff5000;font-weight:600}
table.order-table{width:100%;border-collapse:collapse;background:#fff}
.order-table th{background:#f7f8fa;text-align:left;font-weight:500;color:#4e5969}
.order-table th,.order-table td{padding:8px 10px;border-bottom:1px solid #e5e6eb;white-space:nowrap}
.order-table tbody tr:nth-child(even){background:#fafbfc}.order-table tbody tr:hover{background:#fff7f2}
.order-table td button{border:1px solid #ff5000;background:#fff;color:#ff5000;border-radius:2px;padding:1px 8px}
.order-table a{color:#165dff;text-decoration:none}
.pager{display:flex;gap:8px;align-items:center;justify-content:flex-end;margin:16px 0}
.pager a,.pager span{padding:2px 8px}.pager a{color:#165dff;text-decoration:none;border:1px solid #e5e6eb;background:#fff}
.pager .current{background:#ff5000;color:#fff}.pager .disabled{color:#c9cdd4}
.reply{display:flex;gap:12px;align-items:flex-start;background:#fff;padding:12px 16px;border-radius:4px}
.reply textarea{flex:1;border:1px solid #c9cdd4;border-radius:2px;padding:6px 8px;font:inherit}
.reply button{height:28px;padding:0 16px;border:0;border-radius:2px;background:#ff5000;color:#fff}
footer{color:#86909c;font-size:12px;text-align:center;padding:16px}
`;

/**
 * One page of the order list.
 * @param {{ orders: readonly DemoOrder[], page: number }} opts
 * @returns {string | null} null when the page does not exist
 */
export function renderOrdersPage({ orders, page }) {
  const pages = pageCount(orders);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const rows = ordersOnPage(orders, page).map(orderRow).join('\n');
  const headers = ['订单号', '买家', '商品', '数量', '单价', '运费', '优惠', '实付款', '下单时间', '付款时间', '订单状态', '操作'];
  const tabs = ['全部订单', '等待买家付款', '待发货', '已发货', '退款中', '需要评价', '成功的订单', '关闭的订单'];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>已卖出的宝贝 - ${escapeHtml(SHOP_NAME)} - 卖家中心</title>
<style>${STYLE}</style>
</head>
<body>
<header><span class="logo">卖家中心</span><span>${escapeHtml(SHOP_NAME)}</span><span class="user">店主：晨光 | 消息(3) | 退出</span></header>
<div class="layout">
<aside>
<a href="/orders" class="active">订单管理</a>
<a href="#">商品管理</a>
<a href="#">售后服务</a>
<a href="#">物流管理</a>
<a href="#">店铺数据</a>
</aside>
<main>
<div class="crumbs">卖家中心 › 订单管理 › 已卖出的宝贝</div>
<div class="notice" role="note">【公告】双十二活动报名已开启；请在承诺时效内发货，超时未发货将按规则赔付买家。（演示数据，订单均为虚构）</div>
<form class="filters" onsubmit="return false">
<label>商品名称 <input type="text" name="title"></label>
<label>买家昵称 <input type="text" name="buyer"></label>
<label>订单状态 <select name="status"><option>全部</option><option>等待买家付款</option><option>待发货</option><option>已发货</option><option>交易成功</option><option>交易关闭</option></select></label>
<button type="button">搜索订单</button>
</form>
<div class="tabs">${tabs.map((t, i) => `<a href="#"${i === 0 ? ' class="active"' : ''}>${escapeHtml(t)}</a>`).join('')}</div>
<table class="order-table">
<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${pager(page, pages)}
<section class="reply" aria-label="买家消息">
<label for="reply">回复买家</label>
<textarea id="reply" name="reply" rows="3" placeholder="回复买家…"></textarea>
<button type="button">发送</button>
</section>
</main>
</div>
<footer>© 2026 ${escapeHtml(SHOP_NAME)} · 本页面为订单哨兵（Order Sentinel）演示用的模拟卖家后台</footer>
</body>
</html>
`;
}
