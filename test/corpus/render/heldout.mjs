/**
 * The held-out vocabulary and formats: words, dates, money, statuses and decoys drawn from what
 * real consoles and the component libraries' own demo pages show, written down before the
 * reader's dictionary (lib/extract/keys.ts) or the corpus's own data (react|vue/data.mjs) were
 * read, so the pages rendered from it measure the reader on text it was never tuned to.
 *
 * Sources of the word and format families (facts only, seen 2026-12-07): WooCommerce's order
 * statuses and what they mean (On hold = awaiting payment confirmation, Processing = paid, to
 * ship: https://woocommerce.github.io/code-reference/classes/Automattic-WooCommerce-Enums-OrderStatus.html),
 * Shopify's order list (order number, order date, customer, order total, payment status Paid /
 * Pending / Refunded / Partially refunded, fulfillment status Unfulfilled / Fulfilled:
 * https://docs.chykalophia.com/shopify/orders-explained, https://www.shopstar.info/help/orders/understanding-orders),
 * Magento's sales grid (Purchase Date, Bill-to Name, Grand Total), Taobao/Tmall/Pinduoduo/Youzan
 * seller lists (订单号, 下单时间, 付款时间, 实收款, 买家实付, 交易状态, 待发货, 交易成功, 交易关闭),
 * and the component libraries' demo tables.
 *
 * Both render pipelines import this module; each order's expectation comes from the same record
 * its cells are printed from (`truth`), never from what the reader returns.
 */

// ---------------------------------------------------------------- header words
/** Column header words per meaning and language. Each page draws one word per column. */
export const HEADERS = {
  en: {
    id: ['Order No.', 'Order #', 'Reference', 'Order ref.', 'Order number', 'Number', 'Order ID', 'Ref'],
    total: ['Amount', 'Grand total', 'Order total', 'Total paid', 'Amount paid', 'Net sales', 'Sale amount', 'Value'],
    totalUnit: ['Total ({cur})', 'Amount ({cur})', 'Grand Total ({cur})', 'Paid ({cur})'],
    placedAt: ['Created', 'Purchase date', 'Date', 'Ordered', 'Order date', 'Submitted', 'Created at', 'Date placed'],
    status: ['State', 'Fulfillment', 'Order status', 'Progress', 'Fulfillment status', 'Stage'],
    buyer: ['Customer', 'Bill-to name', 'Client', 'Ship to', 'Purchaser'],
    items: ['Items', 'Products', 'Line items', 'Qty'],
    // Columns whose values look like ids, money or dates but are not the order's.
    tracking: ['Tracking', 'Tracking no.', 'Shipment tracking', 'AWB'],
    sku: ['SKU', 'Item code', 'Product code'],
    phone: ['Phone', 'Contact', 'Mobile'],
    pkg: ['Package', 'Shipment ID', 'Parcel no.'],
    invoice: ['Invoice', 'Invoice no.', 'Receipt'],
    subOrder: ['Line ID', 'Sub-order', 'Item ref.'],
    refund: ['Refunded', 'Refund amount', 'Returns'],
    shipping: ['Shipping', 'Delivery fee'],
    updated: ['Last updated', 'Modified', 'Shipped on'],
  },
  zh: {
    id: ['订单号', '订单号码', '订单编码', '主订单号', '交易单号', '单号'],
    total: ['订单金额', '买家实付', '实收款', '成交金额', '支付金额', '应收金额'],
    totalUnit: ['实收金额(元)', '订单金额（元）', '实付款(元)', '交易金额/元'],
    placedAt: ['下单日期', '付款时间', '创建日期', '订单时间', '提交时间', '成交日期'],
    status: ['交易状态', '订单状态', '状态', '处理状态'],
    buyer: ['买家', '收货人', '客户', '会员'],
    items: ['商品', '宝贝', '商品信息', '数量'],
    tracking: ['运单号', '快递单号', '物流单号'],
    sku: ['商家编码', 'SKU编码', '货号'],
    phone: ['手机号', '联系电话', '收货电话'],
    pkg: ['包裹号', '发货单号'],
    invoice: ['发票号', '发票号码'],
    subOrder: ['子订单号', '子单号'],
    refund: ['退款金额', '已退款'],
    shipping: ['运费', '邮费'],
    updated: ['发货时间', '更新时间'],
  },
};

// ---------------------------------------------------------------- statuses
/** The status words a page prints and the canonical status each one means (lib/schema's set). */
export const STATUSES = {
  en: [
    ['Pending payment', 'awaiting_payment'],
    ['Pending', 'awaiting_payment'],
    ['Awaiting payment', 'awaiting_payment'],
    ['On hold', 'awaiting_payment'],
    ['Processing', 'awaiting_shipment'],
    ['Awaiting shipment', 'awaiting_shipment'],
    ['Unfulfilled', 'awaiting_shipment'],
    ['Ready to ship', 'awaiting_shipment'],
    ['Shipped', 'shipped'],
    ['Fulfilled', 'shipped'],
    ['In transit', 'shipped'],
    ['Delivered', 'delivered'],
    ['Completed', 'completed'],
    ['Complete', 'completed'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Voided', 'cancelled'],
    ['Refunded', 'refunded'],
    ['Partially refunded', 'refunded'],
    ['Refund requested', 'refund_requested'],
    ['Return requested', 'return_requested'],
    ['Returned', 'returned'],
    ['Disputed', 'disputed'],
  ],
  zh: [
    ['待付款', 'awaiting_payment'],
    ['等待买家付款', 'awaiting_payment'],
    ['待发货', 'awaiting_shipment'],
    ['买家已付款', 'awaiting_shipment'],
    ['待出库', 'awaiting_shipment'],
    ['已发货', 'shipped'],
    ['卖家已发货', 'shipped'],
    ['待收货', 'shipped'],
    ['已签收', 'delivered'],
    ['交易成功', 'completed'],
    ['已完成', 'completed'],
    ['交易关闭', 'cancelled'],
    ['已取消', 'cancelled'],
    ['退款中', 'refund_requested'],
    ['已退款', 'refunded'],
    ['退货中', 'return_requested'],
  ],
};

// ---------------------------------------------------------------- seeded randomness
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    digits: (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(next() * 9) : Math.floor(next() * 10))).join(''),
    letters: (n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(next() * 24)]).join(''),
  };
}

// ---------------------------------------------------------------- order numbers
/** Order-number shapes seen on real consoles (Shopify #1042, Amazon 3-7-7, Taobao's 18–19 digits…). */
export const ID_SHAPES = {
  hash: (r) => `#${r.int(1001, 9899)}`,
  woo: (r) => `#${r.int(10000, 99999)}`,
  amazon: (r) => `${r.int(111, 114)}-${r.digits(7)}-${r.digits(7)}`,
  taobao: (r) => r.digits(19),
  pdd: (r) => `${r.int(240101, 261207)}-${r.digits(15)}`,
  so: (r) => `SO${r.int(2025, 2026)}${r.digits(8)}`,
  spree: (r) => `R${r.digits(9)}`,
  ref: (r) => `ORD-${r.letters(2)}${r.digits(5)}`,
  jd: (r) => r.digits(12),
};

/** Numbers printed beside the order that must never be read as one. */
export const DECOY_SHAPES = {
  tracking: (r) => r.pick([() => `1Z${r.letters(2)}${r.digits(3)}${r.letters(2)}${r.digits(10)}`, () => `SF${r.digits(13)}`, () => `YT${r.digits(16)}`, () => `9400${r.digits(18)}`, () => `JD${r.digits(13)}`, () => `LX${r.digits(9)}CN`])(),
  sku: (r) => r.pick([() => `SKU-${r.digits(4)}-${r.letters(3)}`, () => `${r.letters(2)}${r.digits(6)}`, () => `P${r.digits(8)}`])(),
  phoneEn: (r) => `+1 (${r.int(201, 989)}) 555-${String(r.int(100, 9999)).padStart(4, '0')}`,
  phoneZh: (r) => `1${r.int(30, 99)}****${r.digits(4)}`,
  pkg: (r) => r.pick([() => `PKG${r.digits(10)}`, () => `${r.digits(16)}`])(),
  invoice: (r) => r.pick([() => `INV-${r.int(2025, 2026)}-${r.digits(5)}`, () => `FP${r.digits(12)}`])(),
  subOrder: (base, k) => `${base.replace(/^#/, '')}-${k}`,
};

// ---------------------------------------------------------------- wall clock in a zone
const partsCache = new Map();
/** The wall-clock fields of an instant in a time zone. */
export function wall(ms, timeZone) {
  let f = partsCache.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' });
    partsCache.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour % 24, mi: +p.minute, s: +p.second };
}

/** The instant a wall-clock time in a zone stands for (two passes settle DST offsets). */
export function instant(y, mo, d, h, mi, s, timeZone) {
  let guess = Date.UTC(y, mo - 1, d, h, mi, s);
  for (let i = 0; i < 2; i++) {
    const w = wall(guess, timeZone);
    const off = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - guess;
    guess = Date.UTC(y, mo - 1, d, h, mi, s) - off;
  }
  return guess;
}

const p2 = (n) => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const h12 = (h) => (h % 12 === 0 ? 12 : h % 12);

/**
 * Date styles: `text(ms, zone, now)` prints the cell; `snap(ms, zone, now)` moves the order's
 * real time to what the cell can say (date-only cells say midnight, "2 hours ago" says now − 2 h),
 * so the expectation is the time the data holds and the page shows.
 */
export const DATE_STYLES = {
  'us-12h': { text: (ms, z) => { const w = wall(ms, z); return `${p2(w.mo)}/${p2(w.d)}/${w.y} ${h12(w.h)}:${p2(w.mi)} ${w.h < 12 ? 'AM' : 'PM'}`; } },
  'gb-dmy': { text: (ms, z) => { const w = wall(ms, z); return `${p2(w.d)}/${p2(w.mo)}/${w.y} ${p2(w.h)}:${p2(w.mi)}`; } },
  'de-dots': { text: (ms, z) => { const w = wall(ms, z); return `${p2(w.d)}.${p2(w.mo)}.${w.y} ${p2(w.h)}:${p2(w.mi)}`; } },
  'slash-ymd': { text: (ms, z) => { const w = wall(ms, z); return `${w.y}/${p2(w.mo)}/${p2(w.d)} ${p2(w.h)}:${p2(w.mi)}:${p2(w.s)}`; } },
  'mon-at': { text: (ms, z) => { const w = wall(ms, z); return `${MON[w.mo - 1]} ${w.d}, ${w.y} at ${h12(w.h)}:${p2(w.mi)} ${w.h < 12 ? 'am' : 'pm'}`; } },
  'd-mon-y': { dateOnly: true, text: (ms, z) => { const w = wall(ms, z); return `${w.d} ${MON[w.mo - 1]} ${w.y}`; } },
  'zh-nian': { text: (ms, z) => { const w = wall(ms, z); return `${w.y}年${w.mo}月${w.d}日 ${p2(w.h)}:${p2(w.mi)}`; } },
  'md-hm': { yearless: true, text: (ms, z) => { const w = wall(ms, z); return `${p2(w.mo)}-${p2(w.d)} ${p2(w.h)}:${p2(w.mi)}`; } },
  'iso-t': { text: (ms, z) => { const w = wall(ms, z); return `${w.y}-${p2(w.mo)}-${p2(w.d)}T${p2(w.h)}:${p2(w.mi)}`; } },
  'mon-d-time': { yearless: true, text: (ms, z) => { const w = wall(ms, z); return `${MON[w.mo - 1]} ${w.d} ${h12(w.h)}:${p2(w.mi)} ${w.h < 12 ? 'AM' : 'PM'}`; } },
};

/** Relative styles, used for orders within the page's last day (as consoles do). */
export const RELATIVE = {
  en: [
    { name: 'min-ago', max: 55 * 60e3, text: (ms, now) => { const n = Math.max(1, Math.round((now - ms) / 60e3)); return n === 1 ? '1 minute ago' : `${n} minutes ago`; }, snap: (ms, now) => now - Math.max(1, Math.round((now - ms) / 60e3)) * 60e3 },
    { name: 'hours-ago', max: 20 * 3600e3, text: (ms, now) => { const n = Math.max(1, Math.floor((now - ms) / 3600e3)); return n === 1 ? 'an hour ago' : `${n} hours ago`; }, snap: (ms, now) => now - Math.max(1, Math.floor((now - ms) / 3600e3)) * 3600e3 },
    { name: 'today', today: true, text: (ms, _now, z) => { const w = wall(ms, z); return `Today ${p2(w.h)}:${p2(w.mi)}`; } },
    { name: 'today-12h', today: true, text: (ms, _now, z) => { const w = wall(ms, z); return `Today at ${h12(w.h)}:${p2(w.mi)} ${w.h < 12 ? 'AM' : 'PM'}`; } },
  ],
  zh: [
    { name: 'min-ago', max: 55 * 60e3, text: (ms, now) => `${Math.max(1, Math.round((now - ms) / 60e3))}分钟前`, snap: (ms, now) => now - Math.max(1, Math.round((now - ms) / 60e3)) * 60e3 },
    { name: 'hours-ago', max: 20 * 3600e3, text: (ms, now) => `${Math.max(1, Math.floor((now - ms) / 3600e3))}小时前`, snap: (ms, now) => now - Math.max(1, Math.floor((now - ms) / 3600e3)) * 3600e3 },
    { name: 'today', today: true, text: (ms, _now, z) => { const w = wall(ms, z); return `今天 ${p2(w.h)}:${p2(w.mi)}`; } },
  ],
};

// ---------------------------------------------------------------- money
const group = (int, sep) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const num = (v, thousands, decimal, places = 2) => {
  const [i, f] = Math.abs(v).toFixed(places).split('.');
  return group(i, thousands) + (places > 0 ? decimal + f : '');
};

/** Money styles: a cell's text for an amount; `currency` is what the style says (or null: header/page). */
export const MONEY_STYLES = {
  'us-dollar': { currency: 'USD', text: (v) => `${v < 0 ? '-' : ''}US$${num(v, ',', '.')}` },
  'dollar': { currency: 'USD', text: (v) => `${v < 0 ? '-' : ''}$${num(v, ',', '.')}` },
  'usd-code': { currency: 'USD', text: (v) => `USD ${v < 0 ? '-' : ''}${num(v, ',', '.')}` },
  'euro-de': { currency: 'EUR', text: (v) => `${v < 0 ? '-' : ''}€${num(v, '.', ',')}` },
  'euro-fr': { currency: 'EUR', text: (v) => `${v < 0 ? '-' : ''}${num(v, '\u202f', ',')}\u00a0€` },
  'eur-code-after': { currency: 'EUR', text: (v) => `${v < 0 ? '-' : ''}${num(v, '.', ',')} EUR` },
  'gbp': { currency: 'GBP', text: (v) => `${v < 0 ? '-' : ''}£${num(v, ',', '.')}` },
  'yen-half': { currency: 'CNY', text: (v) => `${v < 0 ? '-' : ''}¥${num(v, ',', '.')}` },
  'yen-full': { currency: 'CNY', text: (v) => `${v < 0 ? '-' : ''}￥${Number.isInteger(v) ? num(v, ',', '.', 0) : num(v, ',', '.')}` },
  'cn-yen': { currency: 'CNY', text: (v) => `${v < 0 ? '-' : ''}CN¥${num(v, ',', '.')}` },
  'yuan-after': { currency: 'CNY', text: (v) => `${v < 0 ? '-' : ''}${num(v, '', '.')}元` },
  'rmb-code': { currency: 'CNY', text: (v) => `RMB ${v < 0 ? '-' : ''}${num(v, ',', '.')}` },
  // Bare numbers: the unit is in the header ("Total (EUR)", "实收金额(元)").
  'bare-dot': { currency: null, text: (v) => `${v < 0 ? '-' : ''}${num(v, ',', '.')}` },
  'bare-comma': { currency: null, text: (v) => `${v < 0 ? '-' : ''}${num(v, '.', ',')}` },
};

// ---------------------------------------------------------------- orders
/**
 * Seeded held-out orders: each record is the truth a page prints from.
 * opts: { seed, count, lang: 'en'|'zh', idShape, timeZone, now (ISO), dateStyle, relativeShare,
 *         money, currency (when the style has none), statuses (optional subset of words) }
 */
export function heldoutOrders(opts) {
  const r = rng(opts.seed);
  const now = Date.parse(opts.now);
  const z = opts.timeZone;
  const style = DATE_STYLES[opts.dateStyle];
  const money = MONEY_STYLES[opts.money];
  const currency = money.currency ?? opts.currency;
  const words = opts.statuses ?? STATUSES[opts.lang];
  const seen = new Set();
  const orders = [];
  let t = now - r.int(2, 40) * 60e3;
  for (let i = 0; i < opts.count; i++) {
    let id;
    do id = ID_SHAPES[opts.idShape](r); while (seen.has(id));
    seen.add(id);
    // Newest first, as order lists sort; gaps grow so a page spans hours to a few months.
    if (i > 0) t -= r.int(3, 60) * 60e3 * (i < 6 ? 1 : i < 20 ? 12 : 40) + r.int(0, 59) * 1e3;
    let placed = t;
    let dateText;
    const rel = (opts.relativeShare ?? 0) > 0 ? RELATIVE[opts.lang] : [];
    const relStyle = rel.length > 0 && r.next() < opts.relativeShare ? pickRelative(r, rel, placed, now, z) : null;
    if (relStyle !== null) {
      placed = relStyle.snap ? relStyle.snap(placed, now) : Math.floor(placed / 60e3) * 60e3;
      dateText = relStyle.text(placed, now, z);
    } else {
      if (style.dateOnly) { const w = wall(placed, z); placed = instant(w.y, w.mo, w.d, 0, 0, 0, z); }
      else if (opts.dateStyle !== 'slash-ymd') placed = Math.floor(placed / 60e3) * 60e3;
      dateText = style.text(placed, z, now);
    }
    const [statusText, status] = r.pick(words);
    // Items priced from a list; the total is what the buyer paid: items + shipping − discount.
    const nItems = r.int(opts.items?.[0] ?? 1, opts.items?.[1] ?? 1);
    const items = [];
    for (let k = 0; k < nItems; k++) {
      const [name, price] = r.pick(opts.lang === 'zh' ? ITEMS_ZH : ITEMS_EN);
      const q = r.next() < 0.7 ? 1 : r.int(2, 3);
      const line = Math.round(price * q * 100) / 100;
      items.push({ name, price, qty: q, priceText: money.text(price), lineText: money.text(line), sku: DECOY_SHAPES.sku(r), subId: DECOY_SHAPES.subOrder(id, k + 1) });
    }
    const shipping = r.pick([0, 0, opts.lang === 'zh' ? 8 : 4.99, opts.lang === 'zh' ? 12 : 7.5]);
    const discount = r.next() < 0.25 ? r.pick([2, 5, 10]) : 0;
    const total = Math.max(0.5, Math.round((items.reduce((a, it) => a + it.price * it.qty, 0) + shipping - discount) * 100) / 100);
    const refund = status === 'refunded' ? total : status === 'refund_requested' ? Math.round(total * 50) / 100 : 0;
    const shippedLike = ['shipped', 'delivered', 'completed', 'returned', 'return_requested'].includes(status);
    orders.push({
      orderId: id,
      total,
      totalText: money.text(total),
      currency,
      placedAt: new Date(placed).toISOString(),
      placedMs: placed,
      dateText,
      status,
      statusText,
      buyer: opts.lang === 'zh' ? r.pick(BUYERS_ZH) : r.pick(BUYERS_EN),
      items,
      qty: items.reduce((a, it) => a + it.qty, 0),
      tracking: shippedLike ? DECOY_SHAPES.tracking(r) : '',
      phone: opts.lang === 'zh' ? DECOY_SHAPES.phoneZh(r) : DECOY_SHAPES.phoneEn(r),
      pkg: shippedLike ? DECOY_SHAPES.pkg(r) : '',
      invoice: status === 'awaiting_payment' || status === 'cancelled' ? '' : DECOY_SHAPES.invoice(r),
      refundText: refund === 0 ? '—' : money.text(-refund),
      shippingText: money.text(shipping),
      updatedText: opts.dateStyle === 'md-hm' || relStyle !== null ? '' : style.text(Math.min(now - 60e3, placed + r.int(1, 30) * 3600e3), z, now),
    });
  }
  return orders;
}

function pickRelative(r, rel, placed, now, z) {
  const age = now - placed;
  const today = wall(now, z);
  const w = wall(placed, z);
  const sameDay = w.y === today.y && w.mo === today.mo && w.d === today.d;
  const fits = rel.filter((s) => (s.max !== undefined ? age <= s.max && age >= 60e3 : s.today ? sameDay : false));
  return fits.length === 0 ? null : r.pick(fits);
}

/** The decoy numbers a page shows for its orders, by the columns it prints. */
export function decoysOf(o) {
  return [o.tracking, o.phone, o.pkg, o.invoice, ...o.items.flatMap((it) => [it.sku, it.subId])].filter((d) => d !== '');
}

const BUYERS_EN = ['Olivia Martin', 'Jackson Lee', 'Isabella Nguyen', 'William Kim', 'Sofia Davis', 'Liam Johnson', 'Emma Brown', 'Noah Wilson', 'Ava Garcia', 'Lucas Müller', 'Chloé Dubois', 'Mateo Rossi'];
const BUYERS_ZH = ['王**', '李小姐', 'tb_8823741', '张先生', '陈**', 'jd_4f8a21', '刘女士', '赵**', '孙同学', '周**'];
const ITEMS_EN = [['Linen shirt, M', 48], ['Ceramic mug set (4)', 32.5], ['USB-C charger 65W', 39.99], ['Yoga mat, teal', 27.95], ['Leather wallet', 59], ['Desk lamp LED', 44.9], ['Wool beanie', 19.5], ['Bluetooth speaker', 129], ['Espresso grinder', 349], ['Gift card', 25]];
const ITEMS_ZH = [['纯棉T恤 白色 L', 69], ['陶瓷马克杯 2只装', 45.8], ['数据线 1.5米', 19.9], ['保温杯 500ml', 89], ['手机壳 透明', 15], ['蓝牙耳机', 239], ['帆布包 米色', 56.5], ['茶叶礼盒 250g', 388], ['空气炸锅 5L', 1299], ['儿童绘本 套装', 128]];
