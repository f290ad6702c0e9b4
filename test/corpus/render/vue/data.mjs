// Deterministic (seeded) order data for the corpus pages, with display strings in the
// formats real consoles use and the exact expectation of each order.

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10)); return s; },
    upper: (n) => { let s = ''; for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPRSTUVWXYZ'[Math.floor(next() * 23)]; return s; },
    chance: (p) => next() < p,
  };
  return r;
}

// ---------- time ----------
const MIN = 60e3, HOUR = 60 * MIN, DAY = 24 * HOUR;

export function localParts(ms, timeZone) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  let off = p.timeZoneName.replace('GMT', '');
  if (off === '') off = '+00:00';
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, s: +p.second, off };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');

export function isoMinute(ms, timeZone) {
  const p = localParts(ms, timeZone);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:00${p.off}`;
}

// local wall time -> epoch ms in zone
export function zonedToMs(y, mo, d, h, mi, s, timeZone) {
  let guess = Date.UTC(y, mo - 1, d, h, mi, s);
  for (let i = 0; i < 3; i++) {
    const p = localParts(guess, timeZone);
    const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
    guess += Date.UTC(y, mo - 1, d, h, mi, s) - asUtc;
  }
  return guess;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function dayIndex(p) { return Date.UTC(p.y, p.mo - 1, p.d) / DAY; }

export function formatDate(ms, style, tz, nowMs) {
  const p = localParts(ms, tz);
  const hm = `${pad(p.h)}:${pad(p.mi)}`;
  const h12 = `${p.h % 12 === 0 ? 12 : p.h % 12}:${pad(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}`;
  switch (style) {
    case 'ymdhms': return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${hm}:${pad(p.s)}`;
    case 'ymdhm': return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${hm}`;
    case 'slash-ymdhm': return `${p.y}/${pad(p.mo)}/${pad(p.d)} ${hm}`;
    case 'md-hm': return `${pad(p.mo)}-${pad(p.d)} ${hm}`;
    case 'zh-md': return `${p.mo}月${p.d}日 ${hm}`;
    case 'en-us-long': return `${MON[p.mo - 1]} ${p.d}, ${p.y}, ${h12}`;
    case 'en-us-short': return `${MON[p.mo - 1]} ${p.d} at ${h12}`;
    case 'en-gb-long': return `${p.d} ${MON[p.mo - 1]} ${p.y} ${hm}`;
    case 'de': return `${pad(p.d)}.${pad(p.mo)}.${p.y} ${hm}`;
    case 'us-date': return `${pad(p.mo)}/${pad(p.d)}/${p.y}`;
    case 'gb-date': return `${pad(p.d)}/${pad(p.mo)}/${p.y}`;
    case 'rel-zh': case 'rel-en': case 'rel-gb': case 'rel-de': {
      const zh = style === 'rel-zh', de = style === 'rel-de';
      const diff = nowMs - ms;
      const np = localParts(nowMs, tz);
      const dd = dayIndex(np) - dayIndex(p);
      if (diff < MIN) return zh ? '刚刚' : de ? 'gerade eben' : 'Just now';
      if (diff < HOUR) { const n = Math.round(diff / MIN); return zh ? `${n}分钟前` : de ? `vor ${n} Min.` : `${n} min${n > 1 ? 's' : ''} ago`; }
      if (diff % HOUR === 0 && diff <= 6 * HOUR) { const n = diff / HOUR; return zh ? `${n}小时前` : de ? `vor ${n} Std.` : `${n} hour${n > 1 ? 's' : ''} ago`; }
      if (dd === 0) return zh ? `今天 ${hm}` : de ? `Heute, ${hm}` : `Today, ${hm}`;
      if (dd === 1) return zh ? `昨天 ${hm}` : de ? `Gestern, ${hm}` : `Yesterday, ${hm}`;
      if (diff % DAY === 0 && diff <= 6 * DAY) { const n = diff / DAY; return zh ? `${n}天前` : de ? `vor ${n} Tagen` : `${n} days ago`; }
      return formatDate(ms, zh ? 'ymdhm' : de ? 'de' : style === 'rel-gb' ? 'en-gb-long' : 'en-us-long', tz, nowMs);
    }
    default: throw new Error('date style ' + style);
  }
}

// ---------- money ----------
function group(n, sep, dec, decSep) {
  const [i, f] = n.toFixed(dec).split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (f ? decSep + f : '');
}
export function formatMoney(v, style) {
  switch (style) {
    case 'yen': return '¥' + group(v, ',', 2, '.');
    case 'yen-fw': return '￥' + group(v, ',', 2, '.');
    case 'plain': return group(v, ',', 2, '.');
    case 'plain-nogroup': return v.toFixed(2);
    case 'usd': return '$' + group(v, ',', 2, '.');
    case 'us-dollar': return 'US $' + group(v, ',', 2, '.');
    case 'gbp': return '£' + group(v, ',', 2, '.');
    case 'eur-de': return group(v, '.', 2, ',') + ' €';
    case 'eur-code': return 'EUR ' + group(v, ',', 2, '.');
    case 'eur-prefix': return '€' + group(v, ',', 2, '.');
    case 'usd-code': return 'USD ' + group(v, ',', 2, '.');
    default: throw new Error('money style ' + style);
  }
}

// ---------- markets ----------
const ZH_PRODUCTS = [
  ['【官方正品】冬季加厚羽绒服男款中长款连帽保暖外套 黑色 XL', 'HX-2231'],
  ['无线蓝牙耳机 主动降噪 超长续航 运动款 白色', 'BT-E900-W'],
  ['儿童保温杯 316不锈钢 带吸管 500ml 樱花粉', 'KB-500-PK'],
  ['新疆阿克苏冰糖心苹果 5斤装 单果75-85mm 产地直发', 'AKS-5J'],
  ['纯棉四件套 床单被套 1.8m床 简约北欧风 灰白格', 'SJT-18-GW'],
  ['手机壳 适用iPhone 16 Pro 磨砂防摔 透明', 'IP16P-MS'],
  ['即食燕麦片 无蔗糖 1000g 袋装 早餐代餐', 'YMP-1KG'],
  ['折叠收纳箱 大号 加厚塑料 带盖 3个装', 'SNX-L3'],
  ['电动牙刷 声波 成人款 智能计时 附赠刷头4支', 'YS-X3-BL'],
  ['女士真皮单肩包 通勤托特包 大容量 焦糖色', 'BAG-T21-CR'],
  ['有机五常大米 稻花香 10kg 真空包装', 'WC-10KG'],
  ['LED护眼台灯 学生宿舍 三档调光 USB充电', 'TD-LED-3'],
];
const EN_PRODUCTS = [
  ['Organic Cotton Crew Neck T-Shirt — Heather Grey / M', 'SKU-A12-GRY'],
  ['Handmade Ceramic Mug, Speckled Glaze, 12 oz', 'MUG-12-SPK'],
  ['Wireless Charging Pad 15W with USB-C Cable (Black)', 'SKU-WC15-BLK'],
  ['Vintage Levi\'s 501 Jeans W32 L30 — Stonewash', 'LV501-3230'],
  ['Personalized Leather Keychain, Hand Stamped Initials', 'KEY-LTH-01'],
  ['Stainless Steel Insulated Water Bottle 750 ml, Sage', 'SKU-A12-RED'],
  ['Kids\' Wooden Rainbow Stacker, 7 Pieces', 'TOY-RB-7'],
  ['Replacement Air Filter for Dyson V8 (2-Pack)', 'DY-V8-F2'],
  ['Merino Wool Beanie, Ribbed, Charcoal', 'BNE-MER-CH'],
  ['Scented Soy Candle “Fig & Cedar” 8 oz', 'CND-FIG-8'],
  ['Nintendo Switch OLED Carrying Case — Navy', 'NSW-CASE-NV'],
  ['Bamboo Cutting Board Set of 3 with Juice Groove', 'BMB-CB3'],
];
const DE_PRODUCTS = [
  ['Edelstahl Trinkflasche 750 ml, isoliert, Salbeigrün', 'TF-750-SG'],
  ['Bio-Baumwoll T-Shirt Herren, Rundhals, Größe L', 'TS-BIO-L'],
  ['Kaffeebohnen Espresso Classico 1 kg', 'KAF-ESP-1'],
  ['LED Schreibtischlampe dimmbar mit USB-Ladeanschluss', 'LMP-LED-D'],
  ['Handgefertigte Keramiktasse, 350 ml, Sprenkel', 'TAS-350'],
  ['Fahrradschloss Faltschloss 90 cm, Sicherheitsstufe 10', 'FS-90-10'],
  ['Wollsocken 3er-Pack, Größe 39–42', 'SOK-3-3942'],
  ['Gusseisen-Bräter rund 24 cm, emailliert', 'BRT-24-EM'],
];
const ZH_PRICES = [459, 299, 59, 39.9, 128.5, 25.8, 69.9, 89, 199, 1299, 109, 45];
const EN_PRICES = [24, 19.95, 36.5, 89, 14.99, 45, 59.99, 12.5, 18, 22.75, 29.99, 8.5];
const ZH_NAMES = ['王芳', '李强', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴敏', '徐婷', '孙浩', '胡雪', '朱琳', '高翔', '林晓'];
const ZH_NICKS = ['tb_小鹿乱撞', '阿福的日常', 'jd_18862xxx', '快乐星球', '猫咪不吃鱼', '晴天2019', '王**', '李先生', '张*华', 'pdd_用户8812', '一只柠檬', '北京小王', '海边的风', 'yy_0731'];
const EN_NAMES = ['Emily Carter', 'James O\'Brien', 'Olivia Martinez', 'Noah Williams', 'Sophie Turner', 'Liam Johnson', 'Ava Thompson', 'Mason Lee', 'Isabella Rossi', 'Ethan Clarke', 'Grace Patel', 'Harry Evans', 'Chloe Davies', 'Lucas Brown'];
const DE_NAMES = ['Jonas Müller', 'Lena Schmidt', 'Lukas Schneider', 'Anna Fischer', 'Felix Weber', 'Marie Wagner', 'Paul Becker', 'Laura Hoffmann', 'Tim Schäfer', 'Sophie Koch', 'Max Richter', 'Hannah Klein'];
const EBAY_USERS = ['vintage_finds_22', 'kmart_collector', 'bargainhunter.uk', 'retro-gamer-88', 'tech_deals_us', 'sue.m.2011', 'coinsandcards', 'dave_the_builder'];

export const STATUS_WORDS = {
  'zh-CN': {
    awaiting_payment: ['待付款', '等待买家付款'], awaiting_shipment: ['待发货', '买家已付款'], shipped: ['已发货', '卖家已发货'],
    delivered: ['已签收'], completed: ['交易成功', '已完成'], cancelled: ['交易关闭', '已取消'], refund_requested: ['退款中', '售后中'],
    refunded: ['已退款'], return_requested: ['退货申请中'], returned: ['已退货'], disputed: ['纠纷处理中'],
  },
  en: {
    awaiting_payment: ['Pending', 'Awaiting payment'], awaiting_shipment: ['Unfulfilled', 'Awaiting shipment', 'Processing', 'Paid'],
    shipped: ['Shipped', 'Fulfilled'], delivered: ['Delivered'], completed: ['Completed'], cancelled: ['Cancelled'],
    refund_requested: ['Refund requested'], refunded: ['Refunded'], return_requested: ['Return requested'], returned: ['Returned'], disputed: ['Disputed'],
  },
  de: {
    awaiting_payment: ['Zahlung ausstehend'], awaiting_shipment: ['Bezahlt', 'Versandbereit'], shipped: ['Versendet'], delivered: ['Zugestellt'],
    completed: ['Abgeschlossen'], cancelled: ['Storniert'], refund_requested: ['Erstattung beantragt'], refunded: ['Erstattet'],
    return_requested: ['Rücksendung angefordert'], returned: ['Zurückgesendet'], disputed: ['Klärungsfall'],
  },
};
export const AFTERSALE_ZH = { none: '—', refund_requested: '退款中', refunded: '退款成功', return_requested: '退货中' };
export const STATUS_TYPE = {
  awaiting_payment: 'warning', awaiting_shipment: 'primary', shipped: 'info', delivered: 'success', completed: 'success',
  cancelled: 'info', refund_requested: 'danger', refunded: 'info', return_requested: 'danger', returned: 'info', disputed: 'danger',
};
const STATUS_WEIGHTS = [
  ['awaiting_shipment', 6], ['shipped', 5], ['completed', 4], ['delivered', 3], ['awaiting_payment', 2], ['cancelled', 2],
  ['refund_requested', 1], ['refunded', 1], ['return_requested', 1], ['disputed', 0.4], ['returned', 0.4],
];
function pickStatus(r, allowed) {
  const list = STATUS_WEIGHTS.filter(([s]) => !allowed || allowed.includes(s));
  const sum = list.reduce((a, [, w]) => a + w, 0);
  let x = r.next() * sum;
  for (const [s, w] of list) { if ((x -= w) < 0) return s; }
  return list[0][0];
}

function trackingFor(r, market) {
  switch (market) {
    case 'taobao': case 'douyin': return r.pick([['顺丰速运', 'SF' + r.digits(13)], ['圆通速递', 'YT' + r.digits(13)], ['中通快递', '7' + r.digits(14)], ['韵达快递', '4' + r.digits(14)]]);
    case 'jd': return ['京东物流', 'JDV' + r.digits(12)];
    case 'pdd': return r.pick([['圆通速递', 'YT' + r.digits(13)], ['极兔速递', 'JT' + r.digits(13)], ['申通快递', '77' + r.digits(13)]]);
    case 'amazon': case 'shopify': case 'etsy': case 'woo':
      return r.pick([['UPS', '1Z' + r.digits(3) + r.upper(2) + r.digits(11)], ['USPS', '9400' + r.digits(18)], ['FedEx', r.digits(12)]]);
    case 'ebay': return r.pick([['USPS', '9400' + r.digits(18)], ['UPS', '1Z' + r.digits(3) + r.upper(2) + r.digits(11)]]);
    case 'ebay-uk': case 'amazon-uk': case 'etsy-uk': return r.pick([['Royal Mail', r.upper(2) + r.digits(9) + 'GB'], ['Evri', 'H' + r.digits(15)], ['DPD', '15' + r.digits(12)]]);
    case 'amazon-de': case 'shopify-de': case 'ebay-de': return r.pick([['DHL', '00340434' + r.digits(12)], ['Hermes', 'H' + r.digits(19)], ['DPD', '0' + r.digits(13)]]);
    default: throw new Error(market);
  }
}

function phoneFor(r, lang, masked) {
  if (lang === 'zh-CN') { const p = r.pick(['138', '139', '186', '135', '177', '150']) + r.digits(8); return masked ? p.slice(0, 3) + '****' + p.slice(7) : p; }
  if (lang === 'en-GB') return '+44 ' + r.pick(['20 7946 0', '161 496 0', '7700 900']) + r.digits(3);
  if (lang === 'de') return '+49 ' + r.pick(['30', '89', '40']) + ' ' + r.digits(7);
  return '(' + r.pick(['212', '415', '312', '646']) + ') 555-0' + r.digits(3);
}

let shopSeq = 0;
function orderIdFor(r, market, placedParts, seq) {
  switch (market) {
    case 'taobao': return '4' + r.pick(['0', '1', '2', '3']) + r.digits(17);
    case 'douyin': return '69' + r.digits(17);
    case 'jd': return '3' + r.digits(11);
    case 'pdd': return `${String(placedParts.y).slice(2)}${pad(placedParts.mo)}${pad(placedParts.d)}-${r.digits(15)}`;
    case 'amazon': return `11${r.int(1, 4)}-${r.digits(7)}-${r.digits(7)}`;
    case 'amazon-uk': return `20${r.int(2, 6)}-${r.digits(7)}-${r.digits(7)}`;
    case 'amazon-de': return `30${r.int(2, 6)}-${r.digits(7)}-${r.digits(7)}`;
    case 'shopify': case 'shopify-de': return '#' + seq;
    case 'woo': return '#' + seq;
    case 'ebay': case 'ebay-uk': case 'ebay-de': return `${r.int(10, 27)}-${r.digits(5)}-${r.digits(5)}`;
    case 'etsy': case 'etsy-uk': return '3' + r.digits(9);
    default: throw new Error(market);
  }
}

// Build the orders of one page. spec: { seed, market, lang, timeZone, now, count, money, date,
//   items: [min,max], statuses?, relative?, dateOnly?, subOrders?, maskedPhone? }
export function buildOrders(spec) {
  const r = rng(spec.seed);
  const lang = spec.lang;
  const nowMs = Date.parse(spec.now);
  const products = lang === 'zh-CN' ? ZH_PRODUCTS : lang === 'de' ? DE_PRODUCTS : EN_PRODUCTS;
  const names = lang === 'zh-CN' ? ZH_NAMES : lang === 'de' ? DE_NAMES : EN_NAMES;
  const langKey = lang === 'zh-CN' ? 'zh-CN' : lang === 'de' ? 'de' : 'en';
  // times, newest first
  const times = [];
  let t = nowMs;
  const relKinds = [0, 5 * MIN, 38 * MIN, 2 * HOUR, null, null, 'yest', 'yest', 3 * DAY];
  for (let i = 0; i < spec.count; i++) {
    let ms;
    if (spec.relative && i < relKinds.length) {
      const k = relKinds[i];
      if (typeof k === 'number') ms = nowMs - k;
      else if (k === 'yest') { const np = localParts(nowMs, spec.timeZone); ms = zonedToMs(np.y, np.mo, np.d - 1, r.int(8, 22), r.int(0, 59), 0, spec.timeZone); if (ms >= t) ms = t - 7 * MIN; }
      else { ms = t - r.int(20, 70) * MIN; ms -= ms % MIN; }
      if (ms > t) ms = t;
    } else {
      t -= r.int(3, spec.spreadMinutes || 400) * MIN + r.int(0, 59) * 1000;
      ms = t;
      if (spec.dateOnly) { const p = localParts(ms, spec.timeZone); ms = zonedToMs(p.y, p.mo, p.d, 0, 0, 0, spec.timeZone); }
    }
    t = Math.min(t, ms);
    times.push(ms);
  }
  const orders = [];
  let seq = spec.firstSeq || (1001 + r.int(0, 4000));
  const usedIds = new Set();
  for (let i = 0; i < spec.count; i++) {
    const ms = times[i];
    const pp = localParts(ms, spec.timeZone);
    let id;
    do { id = orderIdFor(r, spec.market, pp, seq); } while (usedIds.has(id));
    usedIds.add(id);
    seq -= r.int(1, 3);
    const nItems = r.int(spec.items ? spec.items[0] : 1, spec.items ? spec.items[1] : 1);
    const items = [];
    const decoys = [];
    const usedProducts = new Set();
    for (let k = 0; k < nItems; k++) {
      let pi;
      do { pi = r.int(0, products.length - 1); } while (usedProducts.has(pi));
      usedProducts.add(pi);
      const [name, sku] = products[pi];
      const price = (lang === 'zh-CN' ? ZH_PRICES : EN_PRICES)[pi % 12];
      const qty = r.chance(0.75) ? 1 : r.int(2, 4);
      let subId = null;
      if (spec.subOrders) {
        if (spec.market === 'taobao' || spec.market === 'douyin') subId = (BigInt(id.replace(/\D/g, '')) + BigInt(k + 1)).toString();
        else if (spec.market === 'jd') subId = '3' + r.digits(11);
        else if (spec.market === 'pdd') subId = id.slice(0, 7) + r.digits(15);
        else if (spec.market.startsWith('ebay')) subId = String(r.int(1000, 9999));
        else subId = r.digits(11);
        decoys.push(subId);
      }
      const skuShown = (lang === 'zh-CN' && r.chance(0.5)) ? sku : sku;
      decoys.push(skuShown);
      items.push({ name, sku: skuShown, qty, price, priceText: formatMoney(price, spec.itemMoney || spec.money), lineText: formatMoney(Math.round(price * qty * 100) / 100, spec.itemMoney || spec.money), subId });
    }
    const shipping = lang === 'zh-CN' ? r.pick([0, 0, 0, 8, 12]) : r.pick([0, 4.99, 5.5, 0, 7.95]);
    const discount = r.chance(0.3) ? r.pick(lang === 'zh-CN' ? [5, 10, 20] : [2, 5]) : 0;
    let total = items.reduce((a, it) => a + it.price * it.qty, 0) + shipping - discount;
    total = Math.round(total * 100) / 100;
    if (total <= 0) total = items[0].price;
    const status = pickStatus(r, spec.statuses);
    const words = STATUS_WORDS[langKey][status];
    const statusText = spec.statusWord ? spec.statusWord(status, words) : words[i % words.length];
    const hasTracking = ['shipped', 'delivered', 'completed', 'return_requested', 'returned', 'refund_requested'].includes(status);
    const [carrier, tracking] = hasTracking ? trackingFor(r, spec.market) : [null, null];
    if (tracking) decoys.push(tracking);
    const phone = phoneFor(r, lang, spec.maskedPhone ?? true);
    if (spec.showPhone !== false) decoys.push(phone);
    const receiver = r.pick(names);
    const buyer = spec.market.startsWith('ebay') ? r.pick(EBAY_USERS) : lang === 'zh-CN' ? r.pick(ZH_NICKS) : receiver;
    let salesRecord = null, packageId = null;
    if (spec.market.startsWith('ebay')) { salesRecord = String(r.int(1000, 9999)); decoys.push(salesRecord); }
    if (spec.packages && tracking) { packageId = (lang === 'zh-CN' ? 'BG' : 'PKG-') + r.digits(10); decoys.push(packageId); }
    const orderId = id;
    orders.push({
      key: 'o' + i,
      orderId,
      idText: id,
      placedMs: ms,
      placedText: formatDate(ms, spec.date, spec.timeZone, nowMs),
      paidText: status === 'awaiting_payment' ? (lang === 'zh-CN' ? '—' : '—') : formatDate(ms + r.int(0, 4) * MIN, spec.paidDate || spec.date, spec.timeZone, nowMs),
      total,
      totalText: formatMoney(total, spec.money),
      goodsText: formatMoney(items.reduce((a, it) => a + it.price * it.qty, 0), spec.money),
      shippingText: formatMoney(shipping, spec.money),
      status,
      statusText,
      statusType: STATUS_TYPE[status],
      afterSale: lang === 'zh-CN' ? (status === 'refund_requested' ? '退款中' : status === 'refunded' ? '退款成功' : '无售后') : '',
      buyer,
      receiver,
      phone,
      carrier,
      tracking,
      packageId,
      salesRecord,
      items,
      qty: items.reduce((a, it) => a + it.qty, 0),
      decoys,
      expected: {
        orderId,
        total,
        currency: spec.currency,
        placedAt: isoMinute(ms, spec.timeZone),
        status,
      },
    });
  }
  return orders;
}
