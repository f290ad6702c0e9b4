import { family, label } from './settings/tracking-stalled';
import type { Bilingual, Finding, Marketplace, Order } from '../schema';
import { formatHours, isoTime, msFromHours } from './explain';
import type { Detector, DetectorResult } from './types';
import type { ReplyTemplate } from '../templates/catalogue';

/** Every reason it gives for staying silent without a tracking time starts so (see `isNeedsTrackingEvents`). */
const NEEDS = { en: 'needs tracking events: ', zh: '需要物流轨迹：' } as const;

/** Where the consoles show a parcel's trace and whether Order Sentinel reads it there, in the words of the console table (lib/detectors/consoles.ts). */
const WHERE: Readonly<Record<'read' | 'data' | 'logistics' | 'detail' | 'none' | 'unknown', Bilingual>> = {
  // Pinduoduo's order detail page asks for the parcel's trace, which is read (lib/pagedata/pinduoduo-track.ts).
  read: { en: "open the order's detail page: its tracking is read there", zh: '打开订单详情页即可读取物流' },
  // Shopify's Orders page brings the fulfilments' events in its own data (lib/pagedata/shopify.ts): none yet for this parcel.
  data: { en: "none came with the Orders page's own data for this parcel yet", zh: '订单列表页的数据中尚无此包裹的物流事件' },
  // Taobao's order detail data is read but holds no trace: the public readers name only its logisticsUrl link
  // (lib/pagedata/taobao-detail.ts, seen 2026-12-06); the list's 交易状态 cell links to 查看物流 (lib/adapters/taobao.ts).
  logistics: { en: "the console shows them on the order's 查看物流 (logistics) page, which Order Sentinel does not read yet", zh: '后台在订单的“查看物流”页显示，订单哨兵暂未读取该页面' },
  detail: { en: "the console shows them on an order's detail page, which Order Sentinel does not read yet", zh: '后台在订单详情页显示，订单哨兵暂未读取该页面' },
  // WooCommerce core keeps no shipment tracking (lib/detectors/consoles.ts NOT_SHOWN).
  none: { en: 'this console does not show them', zh: '该后台不显示此信息' },
  unknown: { en: 'none has been read for this parcel', zh: '尚未读到此包裹的物流轨迹' },
};

const WHERE_ON: Readonly<Partial<Record<Marketplace, keyof typeof WHERE>>> = {
  pinduoduo: 'read',
  shopify: 'data',
  taobao: 'logistics',
  tmall: 'logistics',
  amazon: 'detail',
  ebay: 'detail',
  etsy: 'detail',
  jd: 'detail',
  douyin: 'detail',
  woocommerce: 'none',
};

/**
 * Why the detector stays silent on a parcel in transit whose tracking events it has not read (a
 * status that stays "shipped" until the buyer confirms is no sign that the parcel stopped moving),
 * and where the order's console shows them, in English and Chinese.
 */
export function needsTrackingEvents(marketplace: Marketplace): Bilingual {
  const where = WHERE[WHERE_ON[marketplace] ?? 'unknown'];
  return { en: NEEDS.en + where.en, zh: NEEDS.zh + where.zh };
}

/** Whether a silence is this detector's for want of tracking events (on any console). */
export const isNeedsTrackingEvents = (reason: string): boolean => reason.startsWith(NEEDS.en);

/** A duration in days for a sentence: hours under a day, else days to 0.1 (elapsed 24 h days). */
function formatDays(hours: number): Bilingual {
  if (hours < 24) return formatHours(hours);
  const days = Math.round((hours / 24) * 10) / 10;
  const text = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return { en: `${text} ${days === 1 ? 'day' : 'days'}`, zh: `${text} 天` };
}

const NO_PARCEL: Bilingual = { en: '', zh: '' };
/** " (SF 1234…)" when the carrier or the number is shown. */
function parcelText(order: Order): Bilingual {
  const carrier = order.carrier !== undefined && order.carrier.trim() !== '' ? order.carrier : undefined;
  const number = order.trackingNo !== undefined && order.trackingNo.trim() !== '' ? order.trackingNo : undefined;
  if (carrier === undefined && number === undefined) return NO_PARCEL;
  const text = carrier === undefined ? number! : number === undefined ? carrier : `${carrier} ${number}`;
  return { en: ` (${text})`, zh: `（${text}）` };
}

/** A setting's day count as text: the same few values on every finding, so made once each. */
const dayTexts = new Map<number, Bilingual>();
function daysText(days: number): Bilingual {
  let text = dayTexts.get(days);
  if (text === undefined) {
    if (dayTexts.size >= 100) dayTexts.clear();
    dayTexts.set(days, (text = formatDays(days * 24)));
  }
  return text;
}

/**
 * Why the parcel is flagged, in words that stay true until its next threshold (stalled, lost,
 * tracking expired): "for at least 7 days", not "for 7.3 days". The pages show the live time
 * from `dueAt` beside it, so the stored text never goes stale between two alarms, and the alarm
 * rewrites it only when the parcel changes phase.
 */
function explain(
  order: Order,
  lost: boolean,
  thresholds: { stalledDays: number; lostDays: number; expireDays: number; expired: boolean },
): Bilingual {
  // The longest threshold already passed that the sentence names: idle at least that long.
  const { stalledDays, lostDays, expireDays, expired } = thresholds;
  const idle = daysText(lost ? Math.max(stalledDays, lostDays, expired ? expireDays : 0) : stalledDays);
  const parcel = parcelText(order);
  const what: Bilingual = { en: `No tracking movement for at least ${idle.en}${parcel.en}`, zh: `物流已 ${idle.zh}以上无更新${parcel.zh}` };
  const stalledFrom = daysText(stalledDays);
  const lostFrom = daysText(lostDays);
  const expireAt = daysText(expireDays);
  const kind: Bilingual = order.crossBorder === true ? { en: 'a cross-border', zh: '跨境' } : { en: 'a domestic', zh: '国内' };
  if (!lost) {
    return {
      en: `${what.en}: stalled (from ${stalledFrom.en}), suspected lost at ${lostFrom.en} for ${kind.en} parcel.`,
      zh: `${what.zh}：包裹停滞（${stalledFrom.zh}起算），${kind.zh}包裹满 ${lostFrom.zh}视为疑似丢失。`,
    };
  }
  return expired
    ? {
        en: `${what.en}: suspected lost (from ${lostFrom.en} for ${kind.en} parcel), and tracking expires after ${expireAt.en} without information — claim from the carrier.`,
        zh: `${what.zh}：疑似丢失（${kind.zh}包裹 ${lostFrom.zh}起算），且物流信息超过 ${expireAt.zh}无更新即失效，请向快递索赔。`,
      }
    : {
        en: `${what.en}: suspected lost (from ${lostFrom.en} for ${kind.en} parcel) — ask the carrier to trace it before tracking expires at ${expireAt.en}.`,
        zh: `${what.zh}：疑似丢失（${kind.zh}包裹 ${lostFrom.zh}起算），请在物流信息 ${expireAt.zh}失效前联系快递查件。`,
      };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A shipped parcel whose tracking events show no movement for days: stalled first, then suspected lost (longer for cross-border parcels). Silent until a tracking time is read: an unchanged status is no evidence.',
  zh: '已发货包裹的物流轨迹多日无更新：先提示停滞，再提示疑似丢失（跨境包裹时限更长）。读到物流时间之前不提示：状态未变化不能说明包裹停滞。',
};

export const trackingStalled = {
  id: 'tracking-stalled',
  family,
  label,
  description,
  changesWithTime: {
    statuses: ['shipped'],
    filter: () => (order) => order.deliveredAt === undefined && order.lastTrackingAt !== undefined,
    // The result moves only when the idle time since the last tracking event reaches the stalled,
    // the lost or the expiry threshold: a threshold t = at + d lies in (since, now] exactly when
    // at lies in (since − d, now − d].
    between: (settings, { since, now }) => {
      const stalled = msFromHours(settings.stalledDays * 24);
      const lostDomestic = msFromHours(settings.lostDaysDomestic * 24);
      const lostCrossBorder = msFromHours(settings.lostDaysCrossBorder * 24);
      const expire = msFromHours(settings.expireDays * 24);
      const crosses = (at: number, d: number) => since - d < at && at <= now - d;
      return (order) => {
        const at = order.lastTrackingAt;
        if (order.deliveredAt !== undefined || at === undefined) return false;
        return crosses(at, stalled) || crosses(at, order.crossBorder === true ? lostCrossBorder : lostDomestic) || crosses(at, expire);
      };
    },
  },
  run(order, _ctx, now, settings): DetectorResult {
    if (order.status !== 'shipped' || order.deliveredAt !== undefined) return { findings: [] };
    // Only a tracking event read with its time is evidence of movement; the shipping time or an
    // unchanged status would call every parcel of a console that shows no tracking "stalled".
    const lastMovementAt = order.lastTrackingAt;
    if (lastMovementAt === undefined) return { findings: [], silence: needsTrackingEvents(order.marketplace).en };

    const idleMs = now - lastMovementAt;
    if (idleMs < msFromHours(settings.stalledDays * 24)) return { findings: [] };
    const lostDays = order.crossBorder === true ? settings.lostDaysCrossBorder : settings.lostDaysDomestic;
    const lostAt = lastMovementAt + msFromHours(lostDays * 24);
    const lost = now >= lostAt;
    const expired = idleMs >= msFromHours(settings.expireDays * 24);
    const finding: Finding = {
      detector: 'tracking-stalled',
      marketplace: order.marketplace,
      orderId: order.orderId,
      severity: lost ? 'P1' : 'P2',
      dueAt: lostAt,
      evidence: {
        stage: lost ? 'suspected lost' : 'stalled',
        lastMovementAt: isoTime(lastMovementAt),
        lastMovementSource: 'tracking',
        stalledDays: settings.stalledDays,
        lostDays,
        crossBorder: order.crossBorder ?? null,
        trackingExpired: expired,
        expireDays: settings.expireDays,
        trackingEvent: order.trackingEvent ?? null,
        carrier: order.carrier ?? null,
        trackingNo: order.trackingNo ?? null,
      },
      explanation: explain(order, lost, { stalledDays: settings.stalledDays, lostDays, expireDays: settings.expireDays, expired }),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'tracking-stalled'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Tracking stalled or lost (tracking-stalled), tracking number wrong (tracking-invalid).
  {
    id: 'tracking-stalled-trace',
    family: 'tracking',
    detectors: ['tracking-stalled', 'delivery-overdue'],
    audience: 'buyer',
    title: { en: 'Tracking not moving: trace started', zh: '物流停滞：已申请查件' },
    body: {
      en: 'Hello {buyer}, the tracking for your order {orderId} ({trackingNo}, {carrier}) has not moved for several days. I have asked {carrier} to trace the parcel. I will write to you within two days with their answer, and if the parcel is lost we will reship or refund {amount}, as you prefer. — {shop}',
      zh: '{buyer}您好，您订单{orderId}的物流（{carrier}，运单号{trackingNo}）已经几天没有更新了，我们已向{carrier}申请查件。两天内把结果告诉您；如果确认丢件，我们会为您补发或退款{amount}，由您选择。——{shop}',
    },
  },
  {
    id: 'tracking-lost-reship',
    family: 'tracking',
    detectors: ['tracking-stalled'],
    audience: 'buyer',
    title: { en: 'Parcel lost: reshipping now', zh: '包裹丢失：立即补发' },
    body: {
      en: 'Hello {buyer}, I am sorry: {carrier} could not find the parcel for your order {orderId}, so we treat it as lost. We are sending a new {item} today at our cost and will send you the new tracking number once it is scanned. If you would prefer a refund of {amount} instead, reply here and I will arrange it at once. — {shop}',
      zh: '{buyer}您好，非常抱歉，{carrier}没能找到您订单{orderId}的包裹，我们按丢件处理。今天就为您免费补发{item}，揽收后把新运单号发给您。如果您更希望退款{amount}，回复这里，我们马上办理。——{shop}',
    },
  },
];
