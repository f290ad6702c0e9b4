// Deterministic order data for the React corpus pages, and the formatters that
// turn it into what a console shows. Used by render.mjs (Node) only: the pages
// receive the already-formatted rows as window.__PAGE__.

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(int(0, 9)); return s; };
  const letters = (n, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ') => { let s = ''; for (let i = 0; i < n; i++) s += set[int(0, set.length - 1)]; return s; };
  const weighted = (pairs) => { const tot = pairs.reduce((s, p) => s + p[1], 0); let x = next() * tot; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; };
  return { next, int, pick, digits, letters, weighted };
}

// ---------- time zones ----------
function parts(ms, timeZone) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short' });
  const o = {};
  for (const p of f.formatToParts(new Date(ms))) o[p.type] = p.value;
  return { y: +o.year, mo: +o.month, d: +o.day, h: +o.hour % 24, mi: +o.minute, s: +o.second, wd: o.weekday };
}
export function offsetString(ms, timeZone) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName').value; // GMT+08:00 or GMT
  return name === 'GMT' ? '+00:00' : name.slice(3);
}
const p2 = (n) => String(n).padStart(2, '0');
/** ISO with offset, truncated to the minute. */
export function isoMinute(ms, timeZone) {
  const t = parts(ms, timeZone);
  return `${t.y}-${p2(t.mo)}-${p2(t.d)}T${p2(t.h)}:${p2(t.mi)}:00${offsetString(ms, timeZone)}`;
}
/** Local wall time (y,mo,d,h,mi) in zone → epoch ms. */
export function zonedToMs(y, mo, d, h, mi, timeZone) {
  let guess = Date.UTC(y, mo - 1, d, h, mi);
  for (let i = 0; i < 3; i++) {
    const t = parts(guess, timeZone);
    const diff = Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi) - Date.UTC(y, mo - 1, d, h, mi);
    guess -= diff;
  }
  return guess;
}

// ---------- date display ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const h12 = (h) => (h % 12 === 0 ? 12 : h % 12);
const ampm = (h) => (h < 12 ? 'AM' : 'PM');
function dayIndex(ms, tz) { const t = parts(ms, tz); return Date.UTC(t.y, t.mo - 1, t.d) / 86400000; }

/** Styles whose text denotes an instant relative to `now`: the generator snaps the order time so the text is exact. */
export const RELATIVE_STYLES = new Set(['rel-zh', 'rel-en', 'rel-en-at']);

export function formatDate(ms, style, tz, now) {
  const t = parts(ms, tz);
  switch (style) {
    case 'ymdhms': return `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
    case 'ymdhm': return `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
    case 'slash': return `${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
    case 'md': return `${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
    case 'us-long': return `${MON[t.mo - 1]} ${t.d}, ${t.y}, ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)}`;
    case 'gb': return `${t.d} ${MON[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}`;
    case 'de': return `${p2(t.d)}.${p2(t.mo)}.${t.y} ${p2(t.h)}:${p2(t.mi)}`;
    case 'us-date-time': return `${p2(t.mo)}/${p2(t.d)}/${t.y} ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)}`;
    case 'gb-date-time': return `${p2(t.d)}/${p2(t.mo)}/${t.y} ${p2(t.h)}:${p2(t.mi)}`;
    case 'au': return `${t.d} ${MON[t.mo - 1]} ${t.y}, ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h).toLowerCase()}`;
    case 'rel-zh': {
      const min = Math.round((now - ms) / 60000);
      const dd = dayIndex(now, tz) - dayIndex(ms, tz);
      if (min < 1) return '刚刚';
      if (min < 60) return `${min}分钟前`;
      if (dd === 0) return `今天 ${p2(t.h)}:${p2(t.mi)}`;
      if (dd === 1) return `昨天 ${p2(t.h)}:${p2(t.mi)}`;
      if (min % 1440 === 0 && min / 1440 < 7) return `${min / 1440}天前`;
      return `${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
    }
    case 'rel-en':
    case 'rel-en-at': {
      const min = Math.round((now - ms) / 60000);
      const dd = dayIndex(now, tz) - dayIndex(ms, tz);
      if (min < 60) return min === 1 ? '1 min ago' : `${min} mins ago`;
      if (min % 60 === 0 && min < 1440 && dd === 0) return min === 60 ? '1 hour ago' : `${min / 60} hours ago`;
      if (dd === 0) return style === 'rel-en' ? `Today, ${p2(t.h)}:${p2(t.mi)}` : `Today at ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)}`;
      if (dd === 1) return style === 'rel-en' ? `Yesterday, ${p2(t.h)}:${p2(t.mi)}` : `Yesterday at ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)}`;
      if (dd < 7 && style === 'rel-en-at') return `${t.wd} at ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)}`;
      return style === 'rel-en' ? `${t.d} ${MON[t.mo - 1]}, ${p2(t.h)}:${p2(t.mi)}` : `${MON[t.mo - 1]} ${t.d} at ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)}`;
    }
    default: throw new Error('date style ' + style);
  }
}

// ---------- money display ----------
function group(n, sep = ',', dec = '.') {
  const [i, f] = n.toFixed(2).split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + dec + f;
}
export function formatMoney(v, style) {
  switch (style) {
    case 'yen': return `¥${group(v)}`;
    case 'yen-nogroup': return `¥${v.toFixed(2)}`;
    case 'fullyen': return `￥${group(v)}`;
    case 'plain': return group(v);
    case 'plain-nogroup': return v.toFixed(2);
    case 'usd': return `$${group(v)}`;
    case 'gbp': return `£${group(v)}`;
    case 'eur-de': return `${group(v, '.', ',')}\u00a0€`;
    case 'ebay-us': return `US $${group(v)}`;
    case 'aud': return `AU$${group(v)}`;
    case 'aud-plain': return `$${group(v)}`;
    case 'eur-en': return `€${group(v)}`;
    default: throw new Error('money style ' + style);
  }
}

// ---------- statuses ----------
export const STATUS_LABELS = {
  taobao: { awaiting_payment: '等待买家付款', awaiting_shipment: '买家已付款', shipped: '卖家已发货', completed: '交易成功', cancelled: '交易关闭', refund_requested: '退款中', refunded: '已退款' },
  short_zh: { awaiting_payment: '待付款', awaiting_shipment: '待发货', shipped: '已发货', delivered: '已签收', completed: '已完成', cancelled: '已取消', refund_requested: '退款中', refunded: '已退款', return_requested: '退货中', returned: '已退货' },
  jd: { awaiting_payment: '等待付款', awaiting_shipment: '等待出库', shipped: '等待确认收货', completed: '完成', cancelled: '已取消', refund_requested: '退款中', refunded: '已退款' },
  pdd: { awaiting_payment: '待支付', awaiting_shipment: '待发货', shipped: '已发货，待签收', delivered: '已签收', completed: '交易成功', cancelled: '已取消', refund_requested: '售后处理中', refunded: '退款成功' },
  douyin: { awaiting_payment: '待支付', awaiting_shipment: '待发货', shipped: '已发货', completed: '已完成', cancelled: '已关闭', refund_requested: '售后中', refunded: '已退款' },
  amazon: { awaiting_payment: 'Pending', awaiting_shipment: 'Unshipped', shipped: 'Shipped', delivered: 'Delivered', cancelled: 'Cancelled', return_requested: 'Return requested', refunded: 'Refunded' },
  ebay: { awaiting_payment: 'Awaiting payment', awaiting_shipment: 'Awaiting shipment', shipped: 'Shipped', delivered: 'Delivered', cancelled: 'Cancelled', return_requested: 'Return requested', disputed: 'Disputed', refunded: 'Refunded' },
  // Shopify shows payment and fulfillment separately; the canonical status is the pair.
  shopify: {
    awaiting_payment: ['Payment pending', 'Unfulfilled'], awaiting_shipment: ['Paid', 'Unfulfilled'], shipped: ['Paid', 'Fulfilled'],
    delivered: ['Paid', 'Delivered'], cancelled: ['Voided', 'Cancelled'], refunded: ['Refunded', 'Fulfilled'], return_requested: ['Paid', 'Return requested'],
  },
  woo_de: { awaiting_payment: 'Zahlung ausstehend', awaiting_shipment: 'In Bearbeitung', completed: 'Fertiggestellt', cancelled: 'Storniert', refunded: 'Rückerstattet' },
  woo_en: { awaiting_payment: 'Pending payment', awaiting_shipment: 'Processing', completed: 'Completed', cancelled: 'Cancelled', refunded: 'Refunded' },
};
export const STATUS_TONE = {
  awaiting_payment: 'warning', awaiting_shipment: 'processing', shipped: 'info', delivered: 'success', completed: 'success',
  cancelled: 'default', refund_requested: 'error', refunded: 'default', return_requested: 'error', returned: 'default', disputed: 'error',
};

// ---------- catalogue ----------
const PRODUCTS_ZH = [
  ['纯棉短袖T恤男夏季宽松 白色 XL', 59.9], ['iPhone 15 Pro 磁吸手机壳 2只装', 39], ['小米充电宝 20000mAh 22.5W快充', 129], ['加厚羽绒服女中长款 2026新款 黑色 M', 699],
  ['三只松鼠 每日坚果 750g/30袋', 89.9], ['得力 A4复印纸 70g 500张/包 5包装', 125], ['飞利浦 电动牙刷 HX2421 蓝色', 199], ['304不锈钢保温杯 500ml 男女学生便携大容量', 45.8],
  ['儿童积木 1000片 益智拼装玩具 6-12岁', 168], ['九阳豆浆机 DJ13B-D08D 家用全自动免过滤 1.3L 多功能破壁 预约定时 一键清洗 送量杯', 299], ['蓝牙耳机 无线降噪 半入耳式 续航30小时', 159], ['宠物猫粮 成猫 10kg 鸡肉味', 238],
  ['USB-C 数据线 1米 3条装 60W', 29.9], ['家用抽纸 3层120抽 24包整箱', 49.9], ['瑜伽垫 加厚 10mm 防滑 185×80cm', 79], ['汽车脚垫 2026款 专车专用 全包围 5座', 368],
];
const PRODUCTS_EN = [
  ['Anker 737 Power Bank 24,000mAh', 109.99], ['USB-C to USB-C Cable 6.6ft (2-Pack)', 12.99], ['Organic Cotton Crew Tee – Heather Grey / L', 28], ['Stainless Steel Water Bottle 32 oz', 24.95],
  ['Ceramic Pour-Over Coffee Dripper, Size 02', 22.5], ['Wireless Earbuds Pro 2 (Noise Cancelling)', 79.99], ['Kids Building Blocks Set 1000 Pieces', 34.99], ['Yoga Mat 6mm Non-Slip 72" x 24"', 29.99],
  ['Handmade Soy Candle – Lavender & Cedarwood 8 oz', 18], ['Replacement Filter for Model X200 Air Purifier, 3-Pack, True HEPA H13 with Activated Carbon Pre-Filter', 45.99], ['Leather Card Holder Wallet', 35], ['Bamboo Cutting Board Set of 3', 27.49],
  ['LED Desk Lamp with USB Charging Port, 5 Color Modes', 39.99], ['Merino Wool Hiking Socks (3 Pairs) Size 9-11', 26], ['Cast Iron Skillet 10.25 inch', 19.9], ['Vintage 1970s Vinyl Record – Rumours', 42],
];
const PRODUCTS_DE = [
  ['Bio-Kaffeebohnen Espresso 1 kg', 18.9], ['Wollsocken 3er-Pack Gr. 39-42', 14.5], ['Edelstahl Trinkflasche 750 ml', 22.95], ['Handgemachte Seife Lavendel 100 g', 6.5],
  ['USB-C Ladekabel 2 m (2 Stück)', 9.99], ['Leinen Geschirrtuch Set, 4-teilig', 24], ['Keramik Müslischale Ø 15 cm', 12.5], ['Laufschuhe Damen Gr. 38, Blau', 89.95],
];
const FIRST_EN = ['Emily', 'James', 'Olivia', 'Liam', 'Ava', 'Noah', 'Sophia', 'Lucas', 'Mia', 'Ethan', 'Chloe', 'Jack', 'Grace', 'Oliver', 'Isla', 'Henry'];
const LAST_EN = ['Carter', 'Nguyen', 'Smith', 'Patel', 'Johnson', 'Brown', 'Wilson', 'Taylor', 'Murphy', 'Walker', 'Kelly', 'Evans'];
const FIRST_DE = ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Paul', 'Sophie'];
const LAST_DE = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Wagner', 'Hoffmann'];
const NICK_ZH = ['tb883726188', '小鱼儿2019', '快乐的小熊猫', 'jd_5f2a8c1e', '王**', '李**', '张先生', '陈小姐', '风中的猫', 'lucky_星星', '阿杰0412', '晴天娃娃', 'tb2291847_00', '木子李', '刘**', '赵女士'];
const CITY_ZH = ['浙江省 杭州市 西湖区', '广东省 深圳市 南山区', '北京 北京市 朝阳区', '上海 上海市 浦东新区', '江苏省 南京市 鼓楼区', '四川省 成都市 武侯区'];

function tracking(r, carrier) {
  switch (carrier) {
    case 'SF': return 'SF' + r.digits(13);
    case 'YT': return 'YT' + r.digits(13);
    case 'ZTO': return '78' + r.digits(12);
    case 'JD': return 'JDX0' + r.digits(11);
    case 'UPS': return '1Z' + r.letters(3, 'ABCDEFGHJKLMNPRTVWXY0123456789') + r.digits(3) + 'A' + r.digits(10);
    case 'USPS': return '9400' + r.digits(18);
    case 'RM': return r.letters(2) + r.digits(9) + 'GB';
    case 'DHL': return '00340434' + r.digits(12);
    case 'AUP': return '33' + r.letters(3) + r.digits(10);
    default: throw new Error(carrier);
  }
}

export const MARKETS = {
  taobao: { lang: 'zh', currency: 'CNY', carriers: ['SF', 'YT', 'ZTO'], status: 'taobao' },
  jd: { lang: 'zh', currency: 'CNY', carriers: ['JD'], status: 'jd' },
  pdd: { lang: 'zh', currency: 'CNY', carriers: ['YT', 'ZTO'], status: 'pdd' },
  douyin: { lang: 'zh', currency: 'CNY', carriers: ['SF', 'YT', 'ZTO'], status: 'douyin' },
  amazon: { lang: 'en', currency: 'USD', carriers: ['UPS', 'USPS'], status: 'amazon' },
  ebay_us: { lang: 'en', currency: 'USD', carriers: ['USPS', 'UPS'], status: 'ebay' },
  ebay_gb: { lang: 'en', currency: 'GBP', carriers: ['RM'], status: 'ebay' },
  shopify_gb: { lang: 'en', currency: 'GBP', carriers: ['RM'], status: 'shopify' },
  shopify_au: { lang: 'en', currency: 'AUD', carriers: ['AUP'], status: 'shopify' },
  shopify_us: { lang: 'en', currency: 'USD', carriers: ['UPS', 'USPS'], status: 'shopify' },
  woo_de: { lang: 'de', currency: 'EUR', carriers: ['DHL'], status: 'woo_de' },
  woo_en: { lang: 'en', currency: 'AUD', carriers: ['AUP'], status: 'woo_en' },
};

function orderId(r, market, i, placedMs, tz, base) {
  switch (market) {
    case 'taobao': return (r.next() < 0.5 ? '4' : '3') + r.digits(18);
    case 'jd': return '3' + r.digits(11);
    case 'pdd': { const t = parts(placedMs, tz); return `${String(t.y).slice(2)}${p2(t.mo)}${p2(t.d)}-${r.digits(15)}`; }
    case 'douyin': return '69' + r.digits(17);
    case 'amazon': return `${r.pick(['111', '112', '113', '114'])}-${r.digits(7)}-${r.digits(7)}`;
    case 'ebay_us': case 'ebay_gb': return `${r.digits(2)}-${r.digits(5)}-${r.digits(5)}`;
    case 'shopify_gb': case 'shopify_au': case 'shopify_us': return `#${base - i}`;
    case 'woo_de': case 'woo_en': return `#${base - Math.floor(i * 2.5)}`;
    default: throw new Error(market);
  }
}

/**
 * Generate `n` orders, newest first.
 * opts: { market, n, seed, now (ms), tz, dateStyle, statuses (weighted pairs), maxItems, idBase }
 */
export function makeOrders(opts) {
  const { market, n, seed, now, tz, dateStyle } = opts;
  const m = MARKETS[market];
  const r = rng(seed);
  const labels = STATUS_LABELS[opts.statusVocab || m.status];
  const avail = Object.keys(labels);
  const statusPairs = (opts.statuses || [['awaiting_shipment', 5], ['shipped', 3], ['completed', 3], ['delivered', 3], ['awaiting_payment', 2], ['cancelled', 1], ['refund_requested', 1], ['refunded', 1], ['return_requested', 1], ['disputed', 1]])
    .filter(([s]) => avail.includes(s));
  const products = m.lang === 'zh' ? PRODUCTS_ZH : m.lang === 'de' ? PRODUCTS_DE : PRODUCTS_EN;
  const relative = RELATIVE_STYLES.has(dateStyle);
  const orders = [];
  let t = now - r.int(1, 40) * 60000 - r.int(0, 59) * 1000;
  const span = opts.spanMinutes || (relative ? 60 * 24 * 6 : 60 * 24 * 4);
  const step = span / n;
  const nowMin = Math.floor(now / 60000) * 60000;
  for (let i = 0; i < n; i++) {
    if (i > 0) t -= Math.max(1, Math.round(step * (0.4 + r.next() * 1.2))) * 60000 + r.int(0, 59) * 1000;
    let placed = t;
    if (relative) {
      placed = Math.floor(placed / 60000) * 60000; // a relative label never shows seconds: keep its instant exact
      const ageMin = Math.round((nowMin - placed) / 60000);
      if (i === 0 && opts.justNow) placed = nowMin;
      else if (ageMin >= 60 && ageMin < 600 && r.next() < 0.6) placed = nowMin - Math.ceil(ageMin / 60) * 3600000;
      else if (ageMin >= 1440 * 2 && ageMin < 1440 * 7 && r.next() < 0.5 && dateStyle === 'rel-zh') placed = nowMin - Math.ceil(ageMin / 1440) * 86400000;
      t = placed;
    }
    const status = i === 0 && opts.firstStatus ? opts.firstStatus : r.weighted(statusPairs);
    const nItems = opts.maxItems ? r.weighted([[1, 5], [2, 3], [3, 2], [4, 1]].filter(([k]) => k <= opts.maxItems)) : 1;
    const items = [];
    for (let k = 0; k < nItems; k++) {
      const [name, price] = r.pick(products);
      const qty = r.weighted([[1, 8], [2, 3], [3, 1], [5, 1]]);
      const skuBase = m.lang === 'zh' ? r.pick(['HX', 'TS', 'YF', 'BW', 'KJ']) + r.digits(6) : `SKU-${r.letters(1)}${r.int(10, 99)}-${r.pick(['RED', 'BLK', 'GRY', 'NAT', 'BLU', 'L', 'M'])}`;
      items.push({ name, price, qty, sku: skuBase });
    }
    const goods = items.reduce((s, it) => s + it.price * it.qty, 0);
    const shipping = m.lang === 'zh' ? (r.next() < 0.7 ? 0 : r.pick([6, 8, 10, 12])) : r.pick([0, 4.99, 5.95, 7.5]);
    const discount = r.next() < 0.3 ? Math.min(goods * 0.2, r.pick([5, 10, 20, 3.5])) : 0;
    const total = Math.round((goods + shipping - discount) * 100) / 100;
    const carrier = r.pick(m.carriers);
    const shippedLike = ['shipped', 'delivered', 'completed', 'refunded', 'return_requested', 'disputed', 'refund_requested'].includes(status);
    const zhPhone = '1' + r.pick(['38', '39', '58', '86', '77', '36']) + r.digits(8);
    const order = {
      id: orderId(r, market, i, placed, tz, opts.idBase || 1200),
      placed, status, statusLabel: labels[status], tone: STATUS_TONE[status], items, goods, shipping, discount, total, currency: m.currency,
      tracking: shippedLike ? tracking(r, carrier) : null, carrier,
      buyer: m.lang === 'zh' ? r.pick(NICK_ZH) : m.lang === 'de' ? `${r.pick(FIRST_DE)} ${r.pick(LAST_DE)}` : `${r.pick(FIRST_EN)} ${r.pick(LAST_EN)}`,
      phone: m.lang === 'zh' ? zhPhone : m.lang === 'de' ? `+49 1${r.int(50, 79)} ${r.digits(7)}` : m.currency === 'USD' ? `+1 ${r.pick(['415', '212', '646', '310'])}-555-0${r.digits(3)}` : m.currency === 'GBP' ? `+44 7${r.digits(3)} ${r.digits(6)}` : `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      city: m.lang === 'zh' ? r.pick(CITY_ZH) : '',
      salesRecord: String(r.int(10000, 99999)),
    };
    order.phoneMasked = m.lang === 'zh' ? order.phone.slice(0, 3) + '****' + order.phone.slice(7) : order.phone;
    order.subOrders = items.map((it, k) => ({ ...it, subId: market === 'taobao' || market === 'douyin' ? order.id.slice(0, 6) + r.digits(13) : market === 'jd' ? '3' + r.digits(11) : `${order.id.replace('#', '')}-${k + 1}`, pkg: `P${r.digits(10)}` }));
    order.placedText = formatDate(placed, dateStyle, tz, now);
    orders.push(order);
  }
  return orders;
}

/** The expectation record of one order. */
export function expectOrder(o, tz) {
  return { orderId: o.id, total: o.total, currency: o.currency, placedAt: isoMinute(o.placed, tz), status: o.status };
}
