// The SECOND blind held-out set: header words, status words, date and money formats and decoys
// written down on 2026-12-07 BEFORE the reader's dictionary (lib/extract/keys.ts, meaning.ts) or the
// first held-out set (heldout.mjs) was read, from other real admins and consoles than the first set.
// Each order is the truth its cells are printed from; the reader's output never feeds back here.
//
// Sources (search tool, seen 2026-12-07):
// - Magento / Adobe Commerce order grid: magento/merchdocs src/sales/orders-workspace.md (columns
//   ID, Purchase Point, Purchase Date, Bill-to Name, Ship-to Name, Grand Total (Base), Grand Total
//   (Purchased), Status); Magento 1 grid code atolodas/innl app/code/local/Cafepress/CPWms/Block/
//   Adminhtml/Sales/Order/Gridall.php ("Purchased On", "G.T. (Base)", "G.T. (Purchased)"); nine-digit
//   increment ids (000000142). Statuses Pending, Processing, Complete, Closed, Canceled, On Hold.
// - PrestaShop back office Sell > Orders: PrestaShop/docs src/content/1.7/development/orders-lifecycle
//   (order reference, states Awaiting bank wire payment, Payment accepted, Processing in progress,
//   Shipped, Delivered, Canceled, Refunded); references are nine capital letters (ps_wirepayment
//   payment_return.tpl: "specify your order reference").
// - BigCommerce order statuses: docs.bigcommerce.com order-status API; support.yotpo.com
//   bigcommerce-order-statuses (Incomplete, Refunded, Cancelled, Declined, Awaiting Payment,
//   Awaiting Fulfillment, Awaiting Shipment, Partially Shipped, Shipped, Completed, Disputed).
// - Saleor dashboard order list: saleor/saleor-docs docs/dashboard/orders.md (Unfulfilled, Partially
//   fulfilled, Fulfilled, Unconfirmed, Cancelled; fulfillment = shipped with a tracking number).
// - Medusa: docs.medusajs.com FulfillmentStatus (not_fulfilled, fulfilled, shipped, returned, canceled).
// - Shopware 6 administration: order states open / in_progress / completed / cancelled
//   (@shopware-ag/app-server-sdk example), delivery Shipped.
// - Chinese consoles: order-list APIs with 订单号 / 下单时间 / 实付金额 / 订单状态 and 待付款, 待发货,
//   已发货, 交易成功, 交易关闭 (pages corpus: git.yoho.cn api-interfaces order_status; apifox order/list
//   待支付/待发货/待收货); 有赞 order numbers E + 20 digits, 快手小店 19 digits, 小红书 P + 18 digits.

// ---------- header words (by field, several per console) ----------
export const HEADERS2 = {
  en: {
    id: ['ID', 'Reference', 'Order number', 'Number', 'Order ID', 'Order'],
    placedAt: ['Purchase Date', 'Date', 'Order date', 'Created', 'Date Placed'],
    buyer: ['Bill-to Name', 'Customer', 'Customer name', 'Ship-to Name'],
    total: ['Grand Total (Purchased)', 'Total', 'Amount', 'Order Total', 'Total paid'],
    totalBase: ['Grand Total (Base)'],
    status: ['Status', 'Order status', 'Fulfillment', 'Order Status'],
    payment: ['Payment', 'Payment method'],
    store: ['Purchase Point', 'Sales channel'],
    invoice: ['Invoice', 'Invoice #'],
    tracking: ['Tracking number', 'Shipment tracking'],
    sku: ['SKU', 'Product SKU'],
    phone: ['Phone', 'Telephone'],
    customerId: ['Customer ID', 'Customer #'],
  },
  zh: {
    id: ['订单号', '订单编号', '订单 ID', '主订单号'],
    placedAt: ['下单时间', '创建时间', '订单创建时间', '成交时间'],
    buyer: ['买家', '收货人', '买家昵称'],
    total: ['实付金额', '订单金额', '实收款', '订单金额（元）', '买家实付'],
    status: ['订单状态', '状态', '交易状态'],
    invoice: ['发票号', '发票代码'],
    tracking: ['物流单号', '快递单号', '运单号'],
    sku: ['商品编码', 'SKU编码'],
    phone: ['收货人手机', '联系电话'],
    customerId: ['客户ID', '买家ID'],
  },
};

// ---------- status words of those consoles, each with the state a seller reads from it ----------
export const STATUSES2 = {
  magento: [['Pending', 'awaiting_payment'], ['Processing', 'awaiting_shipment'], ['Complete', 'completed'], ['Closed', 'refunded'], ['Canceled', 'cancelled']],
  prestashop: [['Awaiting bank wire payment', 'awaiting_payment'], ['Payment accepted', 'awaiting_shipment'], ['Processing in progress', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Delivered', 'delivered'], ['Canceled', 'cancelled'], ['Refunded', 'refunded']],
  bigcommerce: [['Awaiting Payment', 'awaiting_payment'], ['Awaiting Fulfillment', 'awaiting_shipment'], ['Awaiting Shipment', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Completed', 'completed'], ['Cancelled', 'cancelled'], ['Refunded', 'refunded'], ['Disputed', 'disputed']],
  saleor: [['Unfulfilled', 'awaiting_shipment'], ['Fulfilled', 'shipped'], ['Cancelled', 'cancelled'], ['Returned', 'returned'], ['Refunded', 'refunded']],
  medusa: [['Not fulfilled', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Canceled', 'cancelled'], ['Returned', 'returned']],
  shopware: [['In progress', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Done', 'completed'], ['Cancelled', 'cancelled']],
  youzan: [['待付款', 'awaiting_payment'], ['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已完成', 'completed'], ['已关闭', 'cancelled'], ['退款中', 'refund_requested']],
  kuaishou: [['待付款', 'awaiting_payment'], ['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已收货', 'delivered'], ['交易成功', 'completed'], ['交易关闭', 'cancelled']],
  xhs: [['待付款', 'awaiting_payment'], ['待配货', 'awaiting_shipment'], ['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已完成', 'completed'], ['已取消', 'cancelled']],
  weidian: [['待付款', 'awaiting_payment'], ['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已完成', 'completed'], ['已关闭', 'cancelled'], ['退款中', 'refund_requested']],
  temu: [['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已签收', 'delivered'], ['已取消', 'cancelled']],
};

// ---------- seeded randomness ----------
function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const digits = (r, n) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10))).join('');
const letters = (r, n) => Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(r() * 26))).join('');
const pick = (r, a) => a[Math.floor(r() * a.length)];
const p2 = (n) => String(n).padStart(2, '0');

// ---------- order numbers by console ----------
const ID_SHAPES = {
  magento: (r, i) => String(1340 + i * 3 + Math.floor(r() * 3)).padStart(9, '0'),
  prestashop: (r) => letters(r, 9),
  shopware: (r, i) => String(10040 + i * 7 + Math.floor(r() * 7)),
  saleor: (r, i) => '#' + String(2380 + i * 2 + Math.floor(r() * 2)),
  bigcommerce: (r, i) => String(4500 + i * 4 + Math.floor(r() * 4)),
  medusa: (r, i) => '#' + String(1040 + i * 2 + Math.floor(r() * 2)),
  youzan: (r, i, t) => 'E' + t + digits(r, 6),
  kuaishou: (r) => '24' + digits(r, 17),
  xhs: (r) => 'P7' + digits(r, 17),
  weidian: (r) => '85' + digits(r, 13),
  temu: (r) => 'PO-211-' + digits(r, 17),
};

// ---------- local wall time ----------
function wall(ms, timeZone) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const o = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { y: +o.year, mo: +o.month, d: +o.day, h: +o.hour, mi: +o.minute, s: +o.second };
}
function offset(ms, timeZone) {
  const n = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName').value;
  return n === 'GMT' ? '+00:00' : n.slice(3);
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Date styles of these consoles (Magento's "Dec 5, 2026, 2:03:22 PM", PrestaShop en-GB "05/12/2026 14:03", …). */
export function formatDate2(ms, style, timeZone) {
  const t = wall(ms, timeZone);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  const ap = t.h < 12 ? 'AM' : 'PM';
  switch (style) {
    case 'us-long-sec': return `${MON[t.mo - 1]} ${t.d}, ${t.y}, ${h12}:${p2(t.mi)}:${p2(t.s)} ${ap}`;
    case 'gb-dmy-hm': return `${p2(t.d)}/${p2(t.mo)}/${t.y} ${p2(t.h)}:${p2(t.mi)}`;
    case 'dot-dmy-hm': return `${p2(t.d)}.${p2(t.mo)}.${t.y} ${p2(t.h)}:${p2(t.mi)}`;
    case 'iso-offset': return `${t.y}-${p2(t.mo)}-${p2(t.d)}T${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}${offset(ms, timeZone)}`;
    case 'zh-nian-shifen': return `${t.y}年${t.mo}月${t.d}日 ${p2(t.h)}时${p2(t.mi)}分`;
    case 'zh-md-hm': return `${t.mo}月${t.d}日 ${p2(t.h)}:${p2(t.mi)}`;
    case 'ymd-sec': return `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
    case 'us-comma-hm': return `${MON[t.mo - 1]} ${t.d}, ${t.y}, ${h12}:${p2(t.mi)} ${ap}`;
    default: throw new Error('date style ' + style);
  }
}

const group = (int, sep) => String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** Money styles: "$1,234.56 USD", "1.234,56 €", "CHF 1’234.50", "R$ 1.234,50", "¥1,280", bare. */
export function formatMoney2(v, style) {
  const int = Math.floor(v + 1e-9);
  const cents = p2(Math.round((v - int) * 100));
  switch (style) {
    case 'usd-code-after': return `$${group(int, ',')}.${cents} USD`;
    case 'usd': return `$${group(int, ',')}.${cents}`;
    case 'eur-de': return `${group(int, '.')},${cents} €`;
    case 'chf': return `CHF ${group(int, '’')}.${cents}`;
    case 'brl': return `R$ ${group(int, '.')},${cents}`;
    case 'yen-int': return `¥${group(int, ',')}`;
    case 'yen-2': return `¥${group(int, ',')}.${cents}`;
    case 'bare': return `${int}.${cents}`;
    default: throw new Error('money style ' + style);
  }
}
const CURRENCY = { 'usd-code-after': 'USD', usd: 'USD', 'eur-de': 'EUR', chf: 'CHF', brl: 'BRL', 'yen-int': 'CNY', 'yen-2': 'CNY' };

const ITEMS = {
  en: ['Merino crew sweater', 'Canvas tote bag', 'Ceramic pour-over set', 'Trail running socks', 'Walnut cutting board', 'Linen napkins (4)', 'Espresso beans 1 kg', 'Wool beanie'],
  zh: ['纯棉短袖T恤', '陶瓷马克杯', '保温饭盒', '真丝眼罩', '手工皂礼盒', '不锈钢保温杯', '羊毛围巾', '蓝牙耳机'],
};
const NAMES = {
  en: ['Hannah Keller', 'Luca Bianchi', 'Sofia Almeida', 'Noah Fischer', 'Amélie Dubois', 'Oliver Brooks', 'Mia Novak', 'Jonas Weber'],
  zh: ['张*', '李**', '王小*', '陈**', '刘*', '赵**', '周*', '吴**'],
};
const CARRIERS = { en: (r) => pick(r, ['1Z' + letters(r, 3) + digits(r, 13), '94001' + digits(r, 17)]), zh: (r) => pick(r, ['SF' + digits(r, 13), 'YT' + digits(r, 13), 'JT' + digits(r, 13)]) };
const PHONES = { en: (r) => pick(r, [`+41 79 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`, `(415) 555-${digits(r, 4)}`, `+55 11 9${digits(r, 4)}-${digits(r, 4)}`]), zh: (r) => `1${pick(r, ['38', '59', '86'])}****${digits(r, 4)}` };

/**
 * Orders of one held-out page: `console` picks ids and status words, `dateStyle`/`money` the text,
 * `integer` makes whole totals (for "¥1,280"). Each record carries its truth (orderId, total,
 * currency, placedMs, status) beside the text printed from it, and its decoys.
 */
export function heldout2Orders({ lang, console: con, count, dateStyle, money, currency, integer, seed, timeZone, now, items = [1, 2] }) {
  const r = rng(seed);
  const nowMs = Date.parse(now);
  const out = [];
  let t = nowMs - 3 * 60_000;
  for (let i = 0; i < count; i++) {
    t -= Math.floor((20 + r() * 600) * 60_000 + r() * 59_000);
    const placedMs = t;
    const w = wall(placedMs, timeZone);
    const stamp = `${w.y}${p2(w.mo)}${p2(w.d)}${p2(w.h)}${p2(w.mi)}${p2(w.s)}`;
    const orderId = ID_SHAPES[con](r, count - i, stamp);
    const [statusText, status] = pick(r, STATUSES2[con]);
    const n = items[0] + Math.floor(r() * (items[1] - items[0] + 1));
    const its = Array.from({ length: n }, (_, k) => {
      const qty = 1 + Math.floor(r() * 3);
      const price = integer ? 20 + Math.floor(r() * 700) : Math.round((5 + r() * 640) * 100) / 100;
      const sku = lang === 'zh' ? `${letters(r, 2)}${digits(r, 6)}` : `${letters(r, 3)}-${digits(r, 4)}-${pick(r, ['BLK', 'NAT', 'L', 'M'])}`;
      return { subId: `${orderId.replace(/^#/, '')}-${k + 1}`, name: pick(r, ITEMS[lang]), sku, qty, price, priceText: formatMoney2(price, money), lineText: formatMoney2(Math.round(price * qty * 100) / 100, money) };
    });
    const shipping = integer ? (r() < 0.5 ? 0 : 10) : (r() < 0.4 ? 0 : Math.round((4 + r() * 12) * 100) / 100);
    const total = Math.round((its.reduce((s, it) => s + it.price * it.qty, 0) + shipping) * 100) / 100;
    const shipped = ['shipped', 'delivered', 'completed', 'returned', 'refunded'].includes(status);
    out.push({
      id: orderId, orderId, placedMs, placedAt: new Date(placedMs).toISOString(), status, statusText,
      total, currency: currency || CURRENCY[money], totalText: formatMoney2(total, money),
      dateText: formatDate2(placedMs, dateStyle, timeZone),
      buyer: pick(r, NAMES[lang]), phone: PHONES[lang](r), customerId: lang === 'zh' ? digits(r, 10) : `CUST-${digits(r, 6)}`,
      items: its, qty: its.reduce((s, it) => s + it.qty, 0),
      tracking: shipped ? CARRIERS[lang](r) : null, pkg: null,
      invoice: status === 'awaiting_payment' ? null : (lang === 'zh' ? `0${digits(r, 7)}` : `INV-${w.y}-${digits(r, 6)}`),
      refundText: formatMoney2(0, money), shippingText: formatMoney2(shipping, money), updatedText: null,
    });
  }
  return out;
}

/** Text on the page that is not an order number and must never be read as one. */
export function decoys2Of(o) {
  return [o.tracking, o.invoice, o.phone, o.customerId, ...o.items.map((it) => it.sku)].filter(Boolean);
}
