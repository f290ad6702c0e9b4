// Random orders and shops for the property tests of the alarm's re-evaluation: every field a
// detector reads, with text that sets detectors off, settles them, or means nothing to them.
import fc from 'fast-check';
import { Order, ORDER_STATUSES, orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { HOUR } from './make-order';

export const DAY = 24 * HOUR;
export const T = Date.UTC(2026, 10, 20, 6, 0);

/** Text that sets detectors off, settles them, or means nothing to them. */
const STATUS_TEXTS = ['交易成功', '买家已付款', '卖家已发货', '买家申请取消', '取消申请已拒绝', '投诉处理中', '投诉已撤销', '退款中', 'Dispute opened', 'Cancellation requested', ''];
const MESSAGES = ['请帮我改地址', '地址写错了', 'Please change my address', '什么时候发货', 'chargeback filed', '平台介入'];
const REASONS = ['不想要了，取消订单', '质量问题', '买家要求取消，已拒绝', '投诉：少发'];
const BUYERS = ['晴天小猪', 'tb_林深见鹿', 'Ｂｕｙｅｒ One', 'buyer one', ' '];
const TITLES = ['手工皂', '洁面皂 120g', 'Soap Box'];

const time = fc.integer({ min: -60 * DAY, max: 10 * DAY }).map((d) => T + d);
const opt = <V>(arb: fc.Arbitrary<V>) => fc.option(arb, { nil: undefined, freq: 2 });

const orderArb = fc
  .record({
    marketplace: fc.constantFrom('taobao', 'pinduoduo', 'amazon'),
    placedAt: time,
    paidAfter: opt(fc.integer({ min: 0, max: 3 * DAY })),
    shipBy: opt(time),
    shippedAt: opt(time),
    deliveredAt: opt(time),
    deliverBy: opt(time),
    status: fc.constantFrom(...ORDER_STATUSES),
    statusRaw: fc.constantFrom(...STATUS_TEXTS),
    buyer: opt(fc.constantFrom(...BUYERS)),
    items: fc.array(fc.record({ title: fc.constantFrom(...TITLES), quantity: fc.integer({ min: 1, max: 30 }), unitPrice: opt(fc.constantFrom(9.9, 29.9, 199)) }), { maxLength: 2 }),
    paid: fc.constantFrom(0, 9.9, 29.9, 59.8, 999),
    subtotal: opt(fc.constantFrom(9.9, 29.9, 59.8)),
    shipping: opt(fc.constantFrom(0, 5)),
    discount: opt(fc.constantFrom(0, 2)),
    refunded: opt(fc.constantFrom(0, 9.9, 100)),
    carrier: opt(fc.constantFrom('SF', '中通', 'UPS')),
    trackingNo: opt(fc.constantFrom('SF1234567890123', '123', 'ZT7000000000000')),
    lastTrackingAt: opt(time),
    buyerMessage: opt(fc.constantFrom(...MESSAGES)),
    buyerMessageAt: opt(time),
    sellerReplyAt: opt(time),
    addressMissing: opt(fc.constantFrom(['phone'], [] as string[])),
    addressChangedAt: opt(time),
    afterSalesReason: opt(fc.constantFrom(...REASONS).map((raw) => ({ raw, reason: 'other' as const }))),
    requestedAt: opt(time),
    refundRequested: opt(fc.constantFrom(5, 59.8)),
    firstScanAt: opt(time),
    trackingEvent: opt(fc.constantFrom('运输中', '包裹投诉处理中', 'In transit')),
    crossBorder: opt(fc.boolean()),
    disputeDueAt: opt(time),
    rating: opt(fc.integer({ min: 1, max: 5 })),
    review: opt(fc.constantFrom('很好', '破损了', 'fake')),
    stockShort: opt(fc.boolean()),
    statusChangeSeenAt: opt(time),
  })
  .map(({ paidAfter, paid, subtotal, shipping, discount, refunded, ...o }) => ({
    ...o,
    ...(paidAfter === undefined ? {} : { paidAt: o.placedAt + paidAfter }),
    money: { currency: 'CNY', paid, subtotal, shipping, discount, refunded },
  }));

/** A shop: orders with distinct ids (one marketplace, as the background evaluates them) and status history. */
export const shopArb = fc
  .tuple(fc.array(orderArb, { minLength: 1, maxLength: 40 }), fc.array(opt(time), { maxLength: 40 }), fc.constantFrom('taobao', 'amazon'))
  .map(([raw, seen, marketplace]) => {
    const orders = raw.map((o, i) => Order.parse({ ...o, marketplace, orderId: String(1000 + i), source: { url: 'https://x.test/', adapter: 'test', observedAt: T } }));
    const statusSince = new Map<string, number>();
    orders.forEach((o, i) => {
      if (seen[i] !== undefined) statusSince.set(orderKey(o), seen[i]!);
    });
    return { orders, statusSince };
  });

/** The last evaluation's time and now: minutes (an alarm's period), hours or weeks apart. */
export const windowArb = fc
  .tuple(time, fc.oneof(fc.integer({ min: 1, max: HOUR }), fc.integer({ min: 1, max: 2 * DAY }), fc.integer({ min: 1, max: 40 * DAY })))
  .map(([since, gap]) => ({ since, now: since + gap }));

export const later = fc.tuple(time, fc.integer({ min: 0, max: 40 * DAY })).map(([t0, gap]) => [t0, t0 + gap] as const);

export const SELLER: Settings = {
  ...DEFAULT_SETTINGS,
  detectors: {
    ...DEFAULT_SETTINGS.detectors,
    'repeat-refunder': { ...DEFAULT_SETTINGS.detectors['repeat-refunder'], blockList: ['晴天小猪'], minRefunds: 1 },
    'dispute-open': { ...DEFAULT_SETTINGS.detectors['dispute-open'], extraKeywords: ['少发'] },
    'address-issue': { ...DEFAULT_SETTINGS.detectors['address-issue'], extraKeywords: ['什么时候'] },
    'rate-spike': { ...DEFAULT_SETTINGS.detectors['rate-spike'], minStalledParcels: 1, stalledShare: 0 },
  },
};
export const settingsArb = fc.constantFrom(DEFAULT_SETTINGS, SELLER);

