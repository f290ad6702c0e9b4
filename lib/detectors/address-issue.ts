import { family, label } from './settings/address-issue';
import { type Bilingual, type Evidence, type Finding, type Order, orderKey } from '../schema';
import { capitalize, formatHours, hoursFromMs, isoTime } from './explain';
import { findKeyword, withExtra } from './keyword-match';
import { settings as ShipDeadlineSettings } from './settings/ship-deadline';
import { shipDeadlineAt, shipDeadlineOf } from './ship-deadline';
import type { Detector, DetectorContext, DetectorResult } from './types';
import { inWindow } from './window';
import type { ReplyTemplate } from '../templates/catalogue';

/**
 * Phrases in a buyer's message that ask for a different address (matched after folding width
 * and case, so full-width and capitalised text match too). The seller adds their own in settings.
 */
export const ADDRESS_CHANGE_KEYWORDS: readonly string[] = [
  '改地址', // also 修改地址, 更改地址
  '换地址',
  '换个地址',
  '地址写错',
  '地址填错',
  '地址错了',
  '地址改', // 收货地址改成…, 地址改一下
  'change address',
  'change my address',
  'change the address',
  'change of address',
  'change shipping address',
  'wrong address',
  'incorrect address',
  'update my address',
  'update the address',
  'update address',
  'different address',
  'new address',
];

/**
 * A detector receives only its own settings, so the seller's ship-deadline overrides are not
 * visible here: the due time is the console's ship-by, else the platform table (same helper).
 */
const PLATFORM_DEADLINES = ShipDeadlineSettings.parse({});

/** Address parts adapters report as missing, named for a Chinese sentence; others are shown as read. */
const PART_NAMES_ZH: Readonly<Record<string, string>> = {
  name: '收件人',
  phone: '电话',
  street: '街道',
  city: '城市',
  province: '省份',
  state: '州/省',
  district: '区县',
  postcode: '邮编',
  zip: '邮编',
  country: '国家',
};

/**
 * Whether the ship-by deadline has passed: true until the next threshold (the deadline), so the
 * stored text never goes stale between alarms; the pages count the time left live from `dueAt`.
 */
function deadlineText(passed: boolean): Bilingual {
  return passed ? { en: 'the ship-by deadline has passed', zh: '发货时限已过' } : { en: 'the ship-by deadline is still ahead', zh: '发货时限未到' };
}

const none: DetectorResult = { findings: [] };

function finding(order: Order, dueAt: number, evidence: Evidence, explanation: Bilingual): DetectorResult {
  const result: Finding = {
    detector: 'address-issue',
    marketplace: order.marketplace,
    orderId: order.orderId,
    severity: 'P2',
    dueAt,
    evidence,
    explanation,
  };
  return { findings: [result] };
}

/** A change the seller already made after the buyer's message settles the request. */
const requestHandled = (order: Order): boolean =>
  order.addressChangedAt !== undefined && (order.buyerMessageAt === undefined || order.addressChangedAt >= order.buyerMessageAt);

/** Before shipping: parts missing, or (once paid) the buyer asks for another address. Due by the ship deadline. */
function beforeShipping(order: Order, now: number, keywords: readonly string[]): DetectorResult {
  const missing = order.addressMissing ?? [];
  // Before payment the buyer can still edit the address themselves.
  const keyword = order.status === 'awaiting_shipment' && !requestHandled(order) ? findKeyword(order.buyerMessage, keywords) : undefined;
  if (missing.length === 0 && keyword === undefined) return none;

  const deadline = shipDeadlineOf(order, PLATFORM_DEADLINES);
  const issues: Bilingual[] = [];
  if (missing.length > 0) {
    issues.push({
      en: `address missing ${missing.join(', ')}`,
      zh: `地址缺少${missing.map((part) => PART_NAMES_ZH[part.toLowerCase()] ?? part).join('、')}`,
    });
  }
  if (keyword !== undefined) {
    issues.push({ en: `the buyer asked to change the address after paying ("${keyword}")`, zh: `买家付款后要求修改地址（“${keyword}”）` });
  }
  const due = deadlineText(now >= deadline.at);
  return finding(
    order,
    deadline.at,
    {
      issue: [missing.length > 0 ? 'address incomplete' : undefined, keyword === undefined ? undefined : 'change requested'].filter(Boolean).join(', '),
      addressMissing: missing.length > 0 ? missing.join(', ') : null,
      keyword: keyword ?? null,
      buyerMessageAt: keyword !== undefined && order.buyerMessageAt !== undefined ? isoTime(order.buyerMessageAt) : null,
      deadline: isoTime(deadline.at),
      deadlineSource: deadline.source,
    },
    {
      en: `${capitalize(issues.map((issue) => issue.en).join('; '))} — settle it with the buyer before shipping (${due.en}).`,
      zh: `${issues.map((issue) => issue.zh).join('；')}，请在发货前与买家确认（${due.zh}）。`,
    },
  );
}

/**
 * In transit: the address changed after shipping (the parcel goes to the old one), or the buyer
 * asks for another address now. Due at once: at the change or the message, else the shipping
 * (else order) time, an instant already past that stays put between alarms. Nothing here
 * moves with the clock.
 */
function afterShipping(order: Order, ctx: DetectorContext, keywords: readonly string[]): DetectorResult {
  const changedAt = order.addressChangedAt;
  let silence: string | undefined;
  if (changedAt !== undefined) {
    const observed = ctx.statusSince.get(orderKey(order));
    const shippedAt = order.shippedAt ?? observed;
    if (shippedAt === undefined) silence = 'no shipping time shown or observed';
    else if (changedAt > shippedAt) {
      const fromConsole = order.shippedAt !== undefined;
      const gap = formatHours(hoursFromMs(changedAt - shippedAt));
      return finding(
        order,
        changedAt,
        {
          issue: 'changed after shipping',
          addressChangedAt: isoTime(changedAt),
          shippedAt: isoTime(shippedAt),
          shippedAtSource: fromConsole ? 'console' : 'first observed',
          hoursAfterShipping: hoursFromMs(changedAt - shippedAt),
        },
        fromConsole
          ? {
              en: `The address was changed ${gap.en} after the parcel shipped — ask the carrier to redirect or intercept it.`,
              zh: `包裹发出 ${gap.zh}后地址被修改，请联系快递改派或拦截。`,
            }
          : {
              en: `The address was changed ${gap.en} after the order was first seen shipped — ask the carrier to redirect or intercept the parcel.`,
              zh: `首次看到订单已发货 ${gap.zh}后地址被修改，请联系快递改派或拦截。`,
            },
      );
    }
  }
  const keyword = requestHandled(order) ? undefined : findKeyword(order.buyerMessage, keywords);
  if (keyword !== undefined) {
    return finding(
      order,
      order.buyerMessageAt ?? order.shippedAt ?? order.placedAt,
      {
        issue: 'change requested after shipping',
        keyword,
        buyerMessageAt: order.buyerMessageAt === undefined ? null : isoTime(order.buyerMessageAt),
      },
      {
        en: `The parcel has shipped but the buyer asks to change the address ("${keyword}") — ask the carrier to redirect or intercept it.`,
        zh: `包裹已发出，但买家要求修改地址（“${keyword}”），请联系快递改派或拦截。`,
      },
    );
  }
  return silence === undefined ? none : { findings: [], silence };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A live order whose address is incomplete, whose buyer asks to change the address after paying, or whose address changed after it shipped.',
  zh: '未完结的订单地址不完整、买家付款后要求改地址，或发货后地址被修改。',
};

export const addressIssue = {
  id: 'address-issue',
  family,
  label,
  description,
  // Before shipping: a missing part or a message, whose text says whether the ship deadline has
  // passed. After shipping everything is judged on fixed times.
  // Only an address changed on a parcel whose shipping time is not shown is measured from its status change.
  readsStatusSince: (order) => order.addressChangedAt !== undefined && order.shippedAt === undefined,
  changesWithTime: {
    statuses: ['awaiting_payment', 'awaiting_shipment'],
    filter: () => (order) => order.buyerMessage !== undefined || (order.addressMissing !== undefined && order.addressMissing.length > 0),
    between: (_settings, window) => (order) => {
      if (order.buyerMessage === undefined && (order.addressMissing === undefined || order.addressMissing.length === 0)) return false;
      const at = shipDeadlineAt(order, PLATFORM_DEADLINES);
      return inWindow(at, window);
    },
  },
  run(order, ctx, now, settings): DetectorResult {
    const keywords = withExtra(ADDRESS_CHANGE_KEYWORDS, settings.extraKeywords);
    if (order.status === 'awaiting_payment' || order.status === 'awaiting_shipment') return beforeShipping(order, now, keywords);
    if (order.status === 'shipped') return afterShipping(order, ctx, keywords);
    return none;
  },
} satisfies Detector<'address-issue'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Address problems (address-issue).
  {
    id: 'address-confirm',
    family: 'address',
    detectors: ['address-issue'],
    audience: 'buyer',
    title: { en: 'Please confirm the address', zh: '请确认收货地址' },
    body: {
      en: 'Hello {buyer}, before we ship your order {orderId} ({item}), please check the delivery address on the order: part of it looks incomplete or was changed. You can correct it in the order itself or reply here with the right details. We hold the parcel until you confirm, so it does not go astray, and it still ships by {eta}. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}）发货前，请核对一下订单上的收货地址：有部分信息似乎不完整或有改动。您可以在订单里直接修改，或回复这里告诉我们正确信息。确认前我们先不发出，以免送错，仍会在{eta}前发货。——{shop}',
    },
  },
  {
    id: 'address-change-shipped',
    family: 'address',
    detectors: ['address-issue'],
    audience: 'buyer',
    title: { en: 'Address change after shipping', zh: '发货后改地址' },
    body: {
      en: 'Hello {buyer}, your order {orderId} had already left with {carrier} ({trackingNo}) when the new address came in. I have asked the carrier to redirect it. Carriers do not always manage this, so I will tell you their answer within one day; if it cannot be redirected, we will help you get it back or resend it. — {shop}',
      zh: '{buyer}您好，您提交新地址时，订单{orderId}已由{carrier}发出（运单号{trackingNo}）。我们已联系快递改派。改派不一定成功，一天内告诉您结果；如果改不了，我们会协助您拿回或重新寄送。——{shop}',
    },
  },
];
