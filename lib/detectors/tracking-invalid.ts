import { family, label } from './settings/tracking-invalid';
import type { Bilingual, Evidence, Finding, Marketplace, Order } from '../schema';
import { formatHours, isoTime, msFromHours } from './explain';
import { carrierFormat, compactTrackingNo, TRACKING_REQUIRED } from './platform-rules';
import { figureOf } from './figures';
import type { Detector, DetectorContext, DetectorResult, ShopFigure } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

type Check = 'missing' | 'malformed' | 'no first scan';

/**
 * The figure of one shop: how many of its orders show a tracking number. Only where the list
 * shows one on some order does an empty number mean "none entered" rather than "no such column".
 */
interface TrackingFigure {
  numbered: number;
}

const trackingFigure: ShopFigure<TrackingFigure, true> = {
  empty: () => ({ numbered: 0 }),
  part: (order) => (hasNumber(order.trackingNo) ? true : undefined),
  add(figure, _numbered, sign) {
    figure.numbered += sign;
  },
  // The first number shown (or the last one gone) turns an empty number into a finding (or back).
  rejudges: { statuses: ['shipped'], when: (before, after) => before.numbered > 0 !== after.numbered > 0 },
};

const showsTracking = (ctx: DetectorContext, marketplace: Marketplace): boolean => (figureOf(ctx, trackingInvalid, marketplace)?.numbered ?? 0) > 0;

const hasNumber = (trackingNo: string | undefined): trackingNo is string =>
  trackingNo !== undefined && /[0-9A-Z]/.test(compactTrackingNo(trackingNo));

// Pinduoduo bills fake tracking (虚假轨迹) as its own deduction, apart from late shipment (DOMAIN.md).
const PENALTY_NOTE: Partial<Record<Marketplace, string>> = { pinduoduo: 'pinduoduo fake tracking deduction' };

/**
 * Why the order is flagged. Nothing in it moves with the clock ("no scan within 24 h of
 * shipping", not "shipped 30 h ago"): the pages show the live time from `dueAt` beside it, so
 * the stored text never goes stale between two alarms.
 */
function explain(order: Order, check: Check, firstScanHours: number, expected?: Bilingual): Bilingual {
  const allowed = formatHours(firstScanHours);
  switch (check) {
    case 'missing':
      return TRACKING_REQUIRED[order.marketplace]
        ? {
            en: 'Marked shipped but no tracking number is shown: enter the real number before it counts as fake shipping.',
            zh: '已标记发货但没有运单号：请补录真实运单号，以免被判虚假发货。',
          }
        : {
            en: 'Marked shipped without a tracking number: the buyer cannot follow the parcel. Add the number if it has one.',
            zh: '已标记发货但没有运单号：买家无法查询物流，如有运单号请补上。',
          };
    case 'malformed':
      return {
        en: `Tracking number ${order.trackingNo ?? ''} does not look like a ${order.carrier ?? ''} number (${expected?.en ?? ''}): check it before it counts as fake shipping.`,
        zh: `运单号 ${order.trackingNo ?? ''} 不符合${order.carrier ?? ''}的格式（${expected?.zh ?? ''}）：请核对，以免被判虚假发货。`,
      };
    case 'no first scan':
      return {
        en: `No carrier scan within ${allowed.en} of shipping: platforms count the first scan as the shipping time, so check the parcel was handed over.`,
        zh: `发货后 ${allowed.zh}内快递仍未揽收：平台以揽收扫描为发货时间，请确认包裹已交给快递。`,
      };
  }
}

/** A numbered parcel, shipped at a known time, that the carrier has not scanned yet. */
const awaitingFirstScan = (order: Order): boolean =>
  order.deliveredAt === undefined && order.firstScanAt === undefined && order.shippedAt !== undefined && hasNumber(order.trackingNo);

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'Marked shipped but the tracking number is missing or does not fit its carrier’s format, or the carrier has not scanned the parcel within a day: a fake-shipping (虚假发货) risk.',
  zh: '已标记发货，但运单号缺失或不符合快递公司的格式，或发货后一天内快递仍未揽收：有被判虚假发货的风险。',
};

export const trackingInvalid = {
  id: 'tracking-invalid',
  family,
  label,
  description,
  figure: trackingFigure,
  changesWithTime: {
    statuses: ['shipped'],
    // A missing or malformed number does not change with time; a missing first scan becomes a
    // finding when the scan is due (firstScanHours after shipping), and nothing moves after. So
    // only a numbered parcel with a shipping time and no first scan yet runs on a clock. (Without
    // a number the result, missing or silent where the list shows none, never moves, and the
    // alarm then need not ask whether the console shows numbers: a pass over the shop.)
    filter: () => awaitingFirstScan,
    between: (settings, window) => {
      const allowedMs = msFromHours(settings.firstScanHours);
      return (order) => {
        if (!awaitingFirstScan(order)) return false;
        const dueAt = order.shippedAt! + allowedMs;
        return inWindow(dueAt, window);
      };
    },
  },
  run(order, ctx, now, settings): DetectorResult {
    if (order.status !== 'shipped' || order.deliveredAt !== undefined) return { findings: [] };
    const format = order.carrier === undefined ? undefined : carrierFormat(order.carrier);
    const scanDueAt = order.shippedAt === undefined ? undefined : order.shippedAt + msFromHours(settings.firstScanHours);

    let check: Check | undefined;
    let silence: string | undefined;
    if (!hasNumber(order.trackingNo)) {
      // An empty number means something only where the list shows numbers (or the carrier).
      if (order.carrier === undefined && !showsTracking(ctx, order.marketplace)) {
        return { findings: [], silence: 'no tracking numbers shown on this console' };
      }
      check = 'missing';
    } else if (settings.checkFormat && format !== undefined && !format.patterns.some((pattern) => pattern.test(compactTrackingNo(order.trackingNo!)))) {
      check = 'malformed';
    } else if (order.firstScanAt === undefined) {
      if (order.trackingEvent === undefined && order.lastTrackingAt === undefined) silence = 'no scan information shown';
      else if (scanDueAt === undefined) silence = 'no shipping time shown';
      else if (now >= scanDueAt) check = 'no first scan';
    }
    if (check === undefined) return silence === undefined ? { findings: [] } : { findings: [], silence };

    const evidence: Evidence = {
      check,
      carrier: order.carrier ?? null,
      trackingNo: order.trackingNo ?? null,
      expectedFormat: format?.expected.en ?? null,
      shippedAt: order.shippedAt === undefined ? null : isoTime(order.shippedAt),
      firstScanHours: settings.firstScanHours,
      trackingEvent: order.trackingEvent ?? null,
    };
    const penalty = PENALTY_NOTE[order.marketplace];
    if (penalty !== undefined) evidence['platformPenalty'] = penalty;

    const finding: Finding = {
      detector: 'tracking-invalid',
      marketplace: order.marketplace,
      orderId: order.orderId,
      // A missing number is urgent only where the platform penalises it; elsewhere (Shopify,
      // WooCommerce) parcels often ship untracked, and a P1 there would cry wolf.
      severity: check === 'missing' && !TRACKING_REQUIRED[order.marketplace] ? 'P3' : 'P1',
      ...(scanDueAt === undefined ? {} : { dueAt: scanDueAt }),
      evidence,
      explanation: explain(order, check, settings.firstScanHours, format?.expected),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'tracking-invalid'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  {
    id: 'tracking-number-corrected',
    family: 'tracking',
    detectors: ['tracking-invalid'],
    audience: 'buyer',
    title: { en: 'Tracking number corrected', zh: '运单号已更正' },
    body: {
      en: 'Hello {buyer}, the tracking number first shown on your order {orderId} was wrong, and I am sorry for the confusion. The right one is {trackingNo} with {carrier}. It may take up to a day to show the first scan; I will check it tomorrow and tell you if it does not. — {shop}',
      zh: '{buyer}您好，您订单{orderId}上最初显示的运单号有误，给您带来困扰，抱歉。正确的运单号是{carrier} {trackingNo}。首条物流信息最多可能需要一天才显示；明天我们会再查，如仍没有信息会告诉您。——{shop}',
    },
  },
  {
    id: 'tracking-not-scanned',
    family: 'tracking',
    detectors: ['tracking-invalid'],
    audience: 'buyer',
    title: { en: 'No first scan yet', zh: '快递尚未揽收' },
    body: {
      en: 'Hello {buyer}, your order {orderId} is packed and labelled with {carrier} ({trackingNo}), but the carrier has not scanned it yet. I am sorry that the tracking shows nothing so far. I have asked them to collect it today and will confirm once the first scan appears. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}已打包并贴好{carrier}面单（{trackingNo}），但快递还没有揽收扫描，所以暂时查不到物流，抱歉。我们已催快递今天上门揽收，出现首条物流后再通知您。——{shop}',
    },
  },
];
