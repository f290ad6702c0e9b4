// Deterministic order set for the bundled demo seller console (晨光小铺（演示）).
// Everything is derived from a seed; times are offsets from `now`, so the planted
// anomalies are "live" whenever the console is opened. Amounts are integers in fen (分)
// so that "paid = qty × unit − discount + shipping" is exact.

/** @typedef {'等待买家付款' | '待发货' | '已发货' | '交易成功' | '交易关闭'} DemoStatus */
/**
 * @typedef {'late-52h' | 'late-70h' | 'due-in-4h' | 'duplicate-first' | 'duplicate-second' | 'amount-mismatch' | 'malformed'} Plant
 */
/**
 * @typedef {object} DemoOrder
 * @property {string} orderId `DS` + 12 digits; independent of `now`, so ids are stable across runs.
 * @property {string} buyer
 * @property {string} title
 * @property {number} quantity
 * @property {number} unitPriceFen
 * @property {number} shippingFen
 * @property {number} discountFen
 * @property {number | null} paidFen null only for the malformed row (rendered `¥--`).
 * @property {number} placedAt epoch ms, whole seconds
 * @property {number} [paidAt] epoch ms, whole seconds; absent when unpaid
 * @property {DemoStatus} statusRaw
 * @property {Plant} [plant] set on the planted anomalies and the malformed row
 */
/** @typedef {{ orderId: string, detector: 'ship-deadline' | 'duplicate-order' | 'amount-mismatch', severity: 'P1' | 'P2' | 'P3' }} PlantedFinding */

export const DEFAULT_SEED = 20261125;
export const ORDER_COUNT = 120;
export const PAGE_SIZE = 20;
/** Page 1 carries one extra row: the malformed one. */
export const FIRST_PAGE_ROWS = PAGE_SIZE + 1;
export const PAGE_COUNT = ORDER_COUNT / PAGE_SIZE;

const HOUR = 3_600_000;
const MINUTE = 60_000;
const SECOND = 1000;

// Rules the planted set is built against (DOMAIN.md defaults).
export const RULES = Object.freeze({
  shipDeadlineHours: 48,
  shipWarnHours: 6,
  duplicateWindowHours: 24,
  toleranceFen: 1,
  /** Ordinary awaiting-shipment orders are paid at most this long ago (< 48 − 6 = 42 h). */
  maxOrdinaryUnshippedHours: 30,
  maxAwaitingPaymentHours: 20,
});

/** mulberry32: a tiny seeded PRNG, good enough for demo data and stable across Node versions. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BUYERS = [
  '晴天小猪', '柠檬不萌', '橘子汽水', '小鹿斑比', '一只喵', '南风知我意', '豆豆妈妈', '夏天的风',
  '慢半拍', '青柠薄荷', '云朵棉花糖', '吃土少女', '星河滚烫', '小小酥', '白开水', '木子李',
  '陈小姐', '王先生', '张阿姨', '兔兔那么可爱', '猫咪老师', '大橙子', '七月流火', '闲云野鹤',
  '喵星人', '栗子酱', 'tb_8821763', 'tb_2039117', '半夏微凉', '清风徐来', '李小白', '芒果布丁',
  '桃之夭夭', '晚风', '海盐芝士', '糯米团子', '小熊饼干', '林深见鹿', '不吃香菜', '早睡早起',
  '快乐小狗', '鱼丸粗面', '山茶花开', '绿豆汤', '北极星', '向日葵', '琥珀', '蜜桃乌龙',
];

/** @type {ReadonlyArray<{ title: string, unitPriceFen: number }>} */
const PRODUCTS = [
  { title: '手工冷制皂 玫瑰 100g', unitPriceFen: 2990 },
  { title: '手工冷制皂 薰衣草 100g', unitPriceFen: 2990 },
  { title: '手工冷制皂 艾草 100g', unitPriceFen: 2690 },
  { title: '山茶籽油洁面皂 120g', unitPriceFen: 3900 },
  { title: '羊奶皂 温和无香 100g', unitPriceFen: 3500 },
  { title: '手工皂旅行装 四块组合', unitPriceFen: 4990 },
  { title: '大豆蜡香薰蜡烛 白茶 200g', unitPriceFen: 5900 },
  { title: '大豆蜡香薰蜡烛 无花果 200g', unitPriceFen: 5900 },
  { title: '木芯香薰蜡烛 雪松 150g', unitPriceFen: 7900 },
  { title: '香薰蜡烛礼盒 三只装', unitPriceFen: 13900 },
  { title: '明前龙井 2026新茶 50g罐装', unitPriceFen: 8800 },
  { title: '正山小种红茶 100g', unitPriceFen: 6800 },
  { title: '桂花乌龙 三角茶包 15袋', unitPriceFen: 3600 },
  { title: '云南古树普洱 357g 茶饼', unitPriceFen: 26800 },
  { title: '天然丝瓜络 洗碗巾 3个装', unitPriceFen: 1290 },
  { title: '竹制沥水皂盒', unitPriceFen: 1800 },
  { title: '陶瓷香薰炉 手工拉坯', unitPriceFen: 12800 },
  { title: '手作柴烧茶具套装 一壶四杯', unitPriceFen: 129900 },
];

const productByTitle = (/** @type {string} */ title) => {
  const p = PRODUCTS.find((x) => x.title === title);
  if (!p) throw new Error(`unknown demo product ${title}`);
  return p;
};

/**
 * @param {{ now: number, seed?: number }} opts
 * @returns {DemoOrder[]} 121 records in display order: page 1 (the planted orders, the
 *   malformed row and the newest ordinary orders, newest first), then pages 2–6 newest first.
 */
export function generateDemoOrders({ now, seed = DEFAULT_SEED }) {
  const rand = mulberry32(seed);
  const int = (/** @type {number} */ lo, /** @type {number} */ hi) => lo + Math.floor(rand() * (hi - lo + 1));
  /** @template T @param {readonly T[]} xs @returns {T} */
  const pick = (xs) => /** @type {T} */ (xs[Math.floor(rand() * xs.length)]);
  // Whole seconds, so the page (which shows seconds) and the record agree exactly.
  const nowS = Math.floor(now / SECOND) * SECOND;
  const ago = (/** @type {number} */ ms) => nowS - Math.round(ms / SECOND) * SECOND;

  /** @type {Omit<DemoOrder, 'orderId'>[]} */
  const made = [];

  /** Same buyer + same title within the duplicate window, whatever the status or quantity. */
  const clashes = (/** @type {string} */ buyer, /** @type {string} */ title, /** @type {number} */ placedAt) =>
    made.some(
      (o) =>
        o.buyer === buyer &&
        o.title === title &&
        Math.abs(o.placedAt - placedAt) < RULES.duplicateWindowHours * HOUR,
    );

  /**
   * @param {string} buyer @param {string} title @param {number} quantity
   * @param {{ shippingFen?: number, discountFen?: number, paidFen?: number }} [money]
   */
  const amounts = (title, quantity, money = {}) => {
    const { unitPriceFen } = productByTitle(title);
    const shippingFen = money.shippingFen ?? 0;
    const discountFen = money.discountFen ?? 0;
    const paidFen = money.paidFen ?? quantity * unitPriceFen - discountFen + shippingFen;
    return { title, quantity, unitPriceFen, shippingFen, discountFen, paidFen };
  };

  /**
   * Planted anomalies (the ground truth `plantedFindings` reports).
   * @param {Plant} plant @param {string} buyer @param {string} title @param {number} quantity
   * @param {DemoStatus} statusRaw @param {number} paidAgo @param {number} payDelay
   * @param {Parameters<typeof amounts>[2]} [money]
   */
  const plantOrder = (plant, buyer, title, quantity, statusRaw, paidAgo, payDelay, money) => {
    const paidAt = ago(paidAgo);
    made.push({ buyer, ...amounts(title, quantity, money), placedAt: paidAt - payDelay, paidAt, statusRaw, plant });
  };
  plantOrder('late-52h', '柠檬不萌', '明前龙井 2026新茶 50g罐装', 1, '待发货', 52 * HOUR, 3 * MINUTE + 12 * SECOND);
  plantOrder('late-70h', '豆豆妈妈', '手工冷制皂 玫瑰 100g', 3, '待发货', 70 * HOUR, 47 * SECOND, { shippingFen: 800 });
  plantOrder('due-in-4h', '林深见鹿', '木芯香薰蜡烛 雪松 150g', 1, '待发货', 44 * HOUR, 1 * MINUTE + 5 * SECOND);
  // The pair: placed 30 min apart, each paid 5 min after placing (3 h and 2.5 h ago).
  plantOrder('duplicate-first', '南风知我意', '香薰蜡烛礼盒 三只装', 1, '待发货', 3 * HOUR, 5 * MINUTE, { discountFen: 1000 });
  plantOrder('duplicate-second', '南风知我意', '香薰蜡烛礼盒 三只装', 1, '待发货', 2.5 * HOUR, 5 * MINUTE, { discountFen: 1000 });
  // Shipped, so no deadline applies: 2 × ¥59.00 with no shipping or discount should be ¥118.00.
  plantOrder('amount-mismatch', '海盐芝士', '大豆蜡香薰蜡烛 白茶 200g', 2, '已发货', 26 * HOUR, 2 * MINUTE, { paidFen: 10800 });
  made.push({
    buyer: '七月流火',
    ...amounts('正山小种红茶 100g', 1),
    paidFen: null,
    placedAt: ago(9 * HOUR + 41 * MINUTE + 3 * SECOND),
    paidAt: ago(9 * HOUR + 40 * MINUTE + 11 * SECOND),
    statusRaw: '交易成功',
    plant: 'malformed',
  });

  // Ordinary orders: placement ages grow by random gaps — busy in the last day and a half
  // (so page 1 has orders waiting for payment and shipment), then about 6 h apart for ~4
  // weeks; the status follows the age the way a small shop's list looks.
  const ordinaryCount = ORDER_COUNT - 6;
  let ageMs = int(8, 40) * MINUTE;
  for (let i = 0; i < ordinaryCount; i++) {
    ageMs += (i < 20 ? int(15, 150) : int(20, 700)) * MINUTE + int(0, 59) * SECOND;
    const hours = ageMs / HOUR;
    const r = rand();
    /** @type {DemoStatus} */
    let statusRaw;
    if (hours < RULES.maxAwaitingPaymentHours) statusRaw = r < 0.25 ? '等待买家付款' : r < 0.75 ? '待发货' : '已发货';
    else if (hours < RULES.maxOrdinaryUnshippedHours - 1) statusRaw = r < 0.55 ? '待发货' : '已发货';
    else if (hours < 120) statusRaw = r < 0.08 ? '交易关闭' : '已发货';
    else statusRaw = r < 0.06 ? '交易关闭' : '交易成功';

    const placedAt = ago(ageMs);
    let buyer = pick(BUYERS);
    let product = pick(PRODUCTS);
    while (clashes(buyer, product.title, placedAt)) {
      buyer = pick(BUYERS);
      product = pick(PRODUCTS);
    }
    const quantity = product.unitPriceFen > 20000 ? 1 : pick([1, 1, 1, 1, 2, 2, 3]);
    const subtotal = quantity * product.unitPriceFen;
    // Mostly free shipping (包邮); a remote-area fee now and then; 满99减10 and small coupons.
    const shippingFen = rand() < 0.12 ? pick([600, 800, 1000]) : 0;
    const discountFen = subtotal >= 9900 && rand() < 0.4 ? 1000 : rand() < 0.15 ? 500 : 0;
    const paid = statusRaw !== '等待买家付款' && !(statusRaw === '交易关闭' && rand() < 0.7);
    made.push({
      buyer,
      ...amounts(product.title, quantity, { shippingFen, discountFen }),
      placedAt,
      ...(paid ? { paidAt: placedAt + int(20, 900) * SECOND } : {}),
      statusRaw,
    });
  }

  // Ids grow with placement time, like a real console's, and do not depend on `now`.
  const byAge = made
    .map((o, index) => ({ o, index, age: nowS - o.placedAt }))
    .sort((x, y) => y.age - x.age || x.index - y.index);
  let serial = 381_204_557_000;
  /** @type {DemoOrder[]} */
  const withIds = new Array(made.length);
  for (const { o, index } of byAge) {
    serial += int(1_000, 90_000);
    withIds[index] = { orderId: `DS${serial}`, ...o };
  }

  const newestFirst = (/** @type {DemoOrder} */ a, /** @type {DemoOrder} */ b) => b.placedAt - a.placedAt;
  // Page 1 is pinned: every planted order and the malformed row, topped up with the newest
  // ordinary orders; the rest follow newest first.
  const pinned = withIds.filter((o) => o.plant);
  const ordinary = withIds.filter((o) => !o.plant).sort(newestFirst);
  const firstPageOrdinary = FIRST_PAGE_ROWS - pinned.length;
  return [
    ...[...pinned, ...ordinary.slice(0, firstPageOrdinary)].sort(newestFirst),
    ...ordinary.slice(firstPageOrdinary),
  ];
}

/**
 * The rows of one page (1-based); page 1 has 21 rows (20 orders + the malformed one).
 * @param {readonly DemoOrder[]} orders @param {number} page
 */
export function ordersOnPage(orders, page) {
  if (page === 1) return orders.slice(0, FIRST_PAGE_ROWS);
  const start = FIRST_PAGE_ROWS + (page - 2) * PAGE_SIZE;
  return orders.slice(start, start + PAGE_SIZE);
}

/** @param {readonly DemoOrder[]} orders */
export const pageCount = (orders) => 1 + Math.ceil(Math.max(0, orders.length - FIRST_PAGE_ROWS) / PAGE_SIZE);

/** @type {ReadonlyArray<{ plant: Plant, detector: PlantedFinding['detector'], severity: PlantedFinding['severity'] }>} */
const PLANT_FINDINGS = [
  { plant: 'late-70h', detector: 'ship-deadline', severity: 'P1' },
  { plant: 'late-52h', detector: 'ship-deadline', severity: 'P1' },
  { plant: 'due-in-4h', detector: 'ship-deadline', severity: 'P2' },
  { plant: 'duplicate-second', detector: 'duplicate-order', severity: 'P2' },
  { plant: 'amount-mismatch', detector: 'amount-mismatch', severity: 'P2' },
];

/**
 * Ground truth: the findings the extension should produce on this order set (and no others).
 * @param {readonly DemoOrder[]} orders
 * @returns {PlantedFinding[]}
 */
export function plantedFindings(orders) {
  return PLANT_FINDINGS.map(({ plant, detector, severity }) => {
    const order = orders.find((o) => o.plant === plant);
    if (!order) throw new Error(`planted order ${plant} missing`);
    return { orderId: order.orderId, detector, severity };
  });
}

/**
 * The three rules applied from scratch to every readable record — an independent check that
 * only the planted orders trigger them. Stricter than the detectors on duplicates: any
 * status and any quantity count, so a detector's notion of "live" cannot add a surprise.
 * @param {readonly DemoOrder[]} orders @param {number} now
 * @returns {PlantedFinding[]}
 */
export function ruleFindings(orders, now) {
  /** @type {PlantedFinding[]} */
  const findings = [];
  const readable = orders.filter((o) => o.paidFen !== null);
  for (const o of readable) {
    if (o.statusRaw === '待发货' && o.paidAt !== undefined) {
      const deadline = o.paidAt + RULES.shipDeadlineHours * HOUR;
      if (now >= deadline) findings.push({ orderId: o.orderId, detector: 'ship-deadline', severity: 'P1' });
      else if (now >= deadline - RULES.shipWarnHours * HOUR)
        findings.push({ orderId: o.orderId, detector: 'ship-deadline', severity: 'P2' });
    }
  }
  for (const o of readable) {
    const earlier = readable.some(
      (p) =>
        p !== o &&
        p.buyer === o.buyer &&
        p.title === o.title &&
        p.placedAt <= o.placedAt &&
        o.placedAt - p.placedAt < RULES.duplicateWindowHours * HOUR &&
        (p.placedAt < o.placedAt || p.orderId < o.orderId),
    );
    if (earlier) findings.push({ orderId: o.orderId, detector: 'duplicate-order', severity: 'P2' });
  }
  for (const o of readable) {
    const expected = o.quantity * o.unitPriceFen - o.discountFen + o.shippingFen;
    const paidFen = /** @type {number} */ (o.paidFen);
    if (Math.abs(expected - paidFen) > RULES.toleranceFen || (o.paidAt !== undefined && paidFen <= 0))
      findings.push({ orderId: o.orderId, detector: 'amount-mismatch', severity: 'P2' });
  }
  return findings;
}
