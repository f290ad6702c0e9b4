// @vitest-environment happy-dom
// The reader by meaning reads the blocks after a list's first few by the layout those show
// (lib/extract/learn.ts), proving each block has it. Whatever a block looks like, the orders
// must be exactly those of reading every block by its structure.
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../lib/extract/generic';
import { readOrders } from '../../lib/extract';
import { learnBlock, partsByLayout } from '../../lib/extract/learn';
import { orderLists, type OrderList } from '../../lib/extract/meaning';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const URL = 'https://shop.example.cn/sold';

interface Variant {
  /** Header texts after the buyer, or none; the 创建时间 line left out. */
  readonly note?: string;
  readonly noDate?: boolean;
  readonly noNumber?: boolean;
  /** A row of one cell (a buyer's message) among the item rows. */
  readonly messageRow?: boolean;
  /** An item title holding a label word. */
  readonly title?: string;
  /** A table inside the status cell. */
  readonly nestedTable?: boolean;
  readonly hiddenRow?: boolean;
  readonly struckPrice?: boolean;
  /** The header line's own texts: the number, the time's text, and the buyer's name at its right. */
  readonly number?: string;
  readonly dateText?: string;
  readonly headBuyer?: string;
}

const id = (i: number) => `37120000${String(1000000000 + i)}`;
const yuan = (n: number) => `￥${n.toFixed(2)}`;

/** One order block in Taobao's 已卖出的宝贝 markup with every class stripped, two items from the 5th on. */
function block(i: number, v: Variant = {}, gap = ''): string {
  const items = i % 5 === 4 ? 2 : 1;
  const span = items > 1 ? ` rowspan="${items}"` : '';
  const paid = 20 + i;
  const rows = Array.from({ length: items }, (_, k) => {
    const orderCells =
      k === 0
        ? `<td${span}><div><p><a href="#">tb_小鹿${i}</a></p></div></td>` +
          `<td${span}><div><p><span>${i % 3 === 0 ? '等待买家付款' : '交易成功'}</span></p><p><a href="#">详情</a></p>${v.nestedTable ? '<table><tr><td>物流</td><td>已揽收</td></tr></table>' : ''}</div></td>` +
          `<td${span}><div><p><strong><span>${yuan(paid)}</span></strong></p><p><span>(含快递:${yuan(8)})</span></p></div></td><td${span}><div></div></td>`
        : '';
    const title = k === 0 && v.title ? v.title : `商品 ${i}-${k}`;
    const price = v.struckPrice && k === 0 ? `<del>${yuan(99)}</del><p>${yuan(paid - 8)}</p>` : `<p>${yuan(paid - 8)}</p>`;
    return `<tr${v.hiddenRow && k === 0 ? ' hidden' : ''}>${gap}<td><div><div><p><a href="#"><span>${title}</span></a></p><p><span>颜色分类</span><span>：</span><span>默认</span></p></div></div></td>${gap}<td><div>${price}</div></td><td><div><p>1</p></div></td><td><div></div></td>${orderCells}</tr>${gap}`;
  });
  if (v.messageRow) rows.push(`<tr><td colspan="8">买家留言：请周末送达</td></tr>`);
  const number = v.number ?? (v.noNumber ? '' : id(i));
  const date = v.noDate ? '' : `<span>${v.dateText ?? `创建时间：2026-11-${String(1 + (i % 20)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00`}</span>`;
  return (
    `<div>${gap}<table>${gap}<tbody>${gap}<tr><td colspan="4"><label><span>订单号</span><span>：</span><span>${number}</span></label>${gap}${date}${v.note ? `<span>${v.note}</span>` : ''}</td><td colspan="4"><span>${v.headBuyer ?? `tb_小鹿${i}`}</span></td></tr>${gap}</tbody>` +
    `<tbody>${gap}${rows.join('')}</tbody></table>${gap}</div>`
  );
}

function page(count: number, variants: Record<number, Variant> = {}, gap = '', between = ''): Document {
  const blocks = Array.from({ length: count }, (_, i) => block(i + 1, variants[i + 1], gap)).join(between);
  const html =
    `<!doctype html><html lang="zh-CN"><body><div>` +
    `<table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>售后</th><th>买家</th><th>交易状态</th><th>实收款</th><th>评价</th></tr></thead></table>` +
    `<div>${blocks}<div>共 ${count} 条，第 1 页</div></div></div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A list as data, elements named by their place in the page: what both reads must agree on. */
function described(doc: Document, lists: readonly OrderList[]) {
  const place = new Map<Element, number>();
  Array.from(doc.getElementsByTagName('*')).forEach((el, i) => place.set(el, i));
  const at = (el: Element | undefined) => (el === undefined ? undefined : place.get(el));
  const cells = (c: Partial<Record<string, Element>>) => Object.fromEntries(Object.entries(c).map(([k, el]) => [k, at(el)]));
  return lists.map((l) => ({
    kind: l.kind,
    elements: l.elements.map(at),
    columns: l.columns,
    confidence: l.confidence,
    others: l.others,
    orders: l.orders.map((o) => ({
      position: o.position,
      element: at(o.element),
      anchor: at(o.anchor),
      labels: [...o.labels],
      given: o.given,
      orderCells: cells(o.orderCells),
      itemCells: o.itemCells.map(cells),
    })),
  }));
}

const bothReads = (doc: Document) => ({
  learned: described(doc, orderLists(doc)),
  walked: described(doc, orderLists(doc, false)),
});

/** The list's blocks, and in each its item rows and its order number's label. */
function blocksOf(doc: Document) {
  const list = doc.body.firstElementChild!.children[1]!;
  return Array.from(list.children)
    .filter((b) => b.tagName === 'DIV' && b.querySelector('table'))
    .map((b) => ({
      block: b,
      rows: Array.from(b.getElementsByTagName('tbody')[1]!.children).filter((r) => r.children.length >= 2 && !r.hasAttribute('hidden')),
      hit: b.querySelector('label > span')!,
    }));
}

const odd: Record<number, Variant> = {
  7: { title: '订单备注款 #A12 收纳盒' },
  120: { struckPrice: true },
  // A second number behind a label: the block holds two orders' numbers.
  250: { title: '关联订单：371200009999999999' },
  300: { note: '备注：请尽快发货', noDate: true },
  333: { noNumber: true },
  401: { messageRow: true },
  402: { nestedTable: true },
  403: { hiddenRow: true },
};

describe('order blocks read by a learned layout', () => {
  it('learns the layout from the first block and proves it on every block of that layout only', () => {
    const blocks = blocksOf(page(500, odd));
    const first = blocks[0]!;
    const layout = learnBlock(first.block, first.rows, first.hit)!;
    expect(layout).toBeDefined();
    const misfits = blocks.flatMap((b, i) => (partsByLayout(b.block, layout, b.hit) === undefined ? [i + 1] : []));
    // A message row, a table inside a cell and a hidden row change where rows are; a longer
    // header line, a label word in a title or a struck price do not.
    expect(misfits).toEqual([401, 402, 403]);
    const parts = partsByLayout(blocks[3]!.block, layout, blocks[3]!.hit)!;
    expect(parts.rows).toEqual(blocks[3]!.rows);
    expect(parts.rows.length).toBe(2);
    expect(parts.header).toBe(blocks[3]!.block.querySelector('tr'));
  }, 60_000);

  it('reads exactly the orders of the walk over every block, odd blocks included', () => {
    const doc = page(500, odd);
    const { learned, walked } = bothReads(doc);
    expect(learned).toEqual(walked);
    const list = learned.find((l) => l.kind === 'blocks')!;
    // Block 333 shows no order number and block 250 two: neither is one order of the list, and
    // the 498 others are read in page order.
    expect(list.orders.length).toBe(498);
    const ids = list.orders.map((o) => o.given.orderId);
    expect(ids).not.toContain(id(333));
    expect(ids).not.toContain(id(250));
    expect(ids.slice(329, 333)).toEqual([id(331), id(332), id(334), id(335)]);
    const b300 = list.orders.find((o) => o.given.orderId === id(300))!;
    // Its note is no field, and it shows no time.
    expect(b300.given).toEqual({ orderId: id(300), paid: '￥320.00', status: '等待买家付款' });
    expect(list.orders.find((o) => o.given.orderId === id(299))!.given).toEqual({ orderId: id(299), placedAt: '2026-11-20 10:59:00', paid: '￥319.00', status: '交易成功' });
  }, 60_000);

  it('gives the seller the same orders, with block 300 read without its time', () => {
    const doc = page(500, odd);
    const read = readOrders(genericAdapter({ language: 'zh-CN', timeZone: 'Asia/Shanghai' }), doc, { url: URL, now: NOW });
    expect(read.rows.length + read.skipped.length).toBe(498);
    const four = read.rows.find((r) => r.order.orderId === id(4))!.order;
    expect([four.money.paid, four.money.currency, four.status, four.buyer, four.items.length]).toEqual([24, 'CNY', 'completed', 'tb_小鹿4', 2]);
    expect(read.skipped.find((s) => s.orderId === id(300))?.reason).toMatch(/创建时间|time|date/i);
    const struck = read.rows.find((r) => r.order.orderId === id(120))!.order;
    expect(struck.items[0]!.unitPrice).toBe(132);
  }, 60_000);

  it('reads pages written with blank lines between tags, and notes between blocks, as the walk does', () => {
    const doc = page(60, { 20: { note: '订单已锁定' }, 30: { noDate: true } }, '\n  ', '\n<p>本页订单仅供参考</p>\n');
    const { learned, walked } = bothReads(doc);
    expect(learned).toEqual(walked);
    expect(learned.find((l) => l.kind === 'blocks')!.orders.length).toBe(60);
    const blocks = blocksOf(doc);
    const layout = learnBlock(blocks[0]!.block, blocks[0]!.rows, blocks[0]!.hit)!;
    expect(blocks.filter((b) => partsByLayout(b.block, layout, b.hit) !== undefined).length).toBe(60);
  }, 60_000);

  it('learns nothing from a block whose text sits beside its rows, and reads it by its structure', () => {
    const doc = page(3);
    const [first] = blocksOf(doc);
    first!.block.getElementsByTagName('tbody')[1]!.append('已退款');
    expect(learnBlock(first!.block, first!.rows, first!.hit)).toBeUndefined();
    const { learned, walked } = bothReads(doc);
    expect(learned).toEqual(walked);
  });
});

// After the first blocks, header lines are read by the plan the first one taught (which text is the
// number, which the time, which names nothing): a header line that differs where the full reading
// could differ is read in full, so every variant below must read as the walk over every block does.
describe('header lines read by the plan their list taught', () => {
  const variants: Record<number, Variant> = {
    10: { headBuyer: 'tb_订单控' },
    11: { headBuyer: '付款达人' },
    12: { headBuyer: 'Total 王' },
    14: { headBuyer: '小王 ¥' },
    15: { number: '13812345678' },
    16: { number: '#A1234567' },
    17: { dateText: '创建时间：--' },
    18: { dateText: '创建时间： 2026-11-18 10:00:00' },
    19: { dateText: '下单时间：2026-11-19 10:00:00' },
    20: { dateText: '创建时间：2026-11-20 10:00:00 付款' },
    21: { dateText: '创建时间：昨天 10:00' },
    22: { note: '付款时间：2026-11-22 11:00:00' },
    23: { dateText: '创建时间：订单 2026-11-23 10:00:00' },
    24: { headBuyer: '订单号：371200001234567890' },
  };

  it('reads every header line as the full reading does, whatever its texts', () => {
    const doc = page(40, variants);
    const { learned, walked } = bothReads(doc);
    expect(learned).toEqual(walked);
    const orders = learned.find((l) => l.kind === 'blocks')!.orders;
    const given = (n: number) => orders.find((o) => o.given.orderId === id(n))?.given;
    // A time under another label word, and a payment time in a text of its own, are read; a time
    // that is no date is not.
    expect(given(19)).toEqual({ orderId: id(19), placedAt: '2026-11-19 10:00:00', paid: '￥39.00', status: '交易成功' });
    expect(given(22)).toEqual({ orderId: id(22), placedAt: '2026-11-03 10:22:00', paidAt: '2026-11-22 11:00:00', paid: '￥42.00', status: '交易成功' });
    expect(given(17)).toEqual({ orderId: id(17), paid: '￥37.00', status: '交易成功' });
    expect(given(9)).toEqual({ orderId: id(9), placedAt: '2026-11-10 10:09:00', paid: '￥29.00', status: '等待买家付款' });
  });

  it('learns from a later block when the first shows no time', () => {
    const doc = page(12, { 1: { noDate: true }, 2: { noDate: true }, 7: { headBuyer: '付款时间：2026-11-07 09:00:00' } });
    const { learned, walked } = bothReads(doc);
    expect(learned).toEqual(walked);
    const orders = learned.find((l) => l.kind === 'blocks')!.orders;
    expect(orders.map((o) => o.given.placedAt)).toEqual([undefined, undefined, ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => `2026-11-${String(1 + i).padStart(2, '0')} 10:${String(i).padStart(2, '0')}:00`)]);
    expect(orders[6]!.given.paidAt).toBe('2026-11-07 09:00:00');
  });
});
