import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Days, Enabled, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unusual day', zh: '店铺数据异常' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'shop';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 12, clock: 7 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** A day is unusual when its robust z against the same weekday of the last 4 weeks exceeds this. */
  zThreshold: z._default(/* @__PURE__ */ z.number().check(z.positive(), z.lte(20)), 3),
  /** Fewer events than this in a day are never a spike, whatever the z (tiny shops). */
  minCount: z._default(/* @__PURE__ */ z.number().check(z.int(), z.positive(), z.lte(1000)), 3),
  /** A parcel with no tracking movement for this many days counts as stalled. */
  stallDays: z._default(Days, 3),
  /** A carrier is flagged when at least this many of its parcels in transit are stalled… */
  minStalledParcels: z._default(/* @__PURE__ */ z.number().check(z.int(), z.positive(), z.lte(1000)), 5),
  /** …and they are more than this share of its parcels in transit (0–1). */
  stalledShare: z._default(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1)), 0.3),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = [] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  zThreshold: { en: 'how unusual, at least (robust z-score; higher means fewer alerts)', zh: '异常程度至少为（数值越大，提醒越少）' },
  minCount: { en: 'at least (count)', zh: '至少（个）' },
  stallDays: { en: 'no movement (days)', zh: '无物流更新（天）' },
  minStalledParcels: { en: 'at least parcels', zh: '至少包裹数' },
  stalledShare: { en: 'share of the carrier’s parcels', zh: '占该快递包裹比例' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  day: { en: 'Day', zh: '日期' },
  timeZone: { en: 'Time zone', zh: '时区' },
  partialDay: { en: 'Day still running', zh: '当天尚未结束' },
  metrics: { en: 'Unusual figures', zh: '异常指标' },
  orders: { en: 'Orders that day', zh: '当天订单数' },
  ordersUsual: { en: 'Usual orders', zh: '平时订单数' },
  ordersZ: { en: 'Orders robust z', zh: '订单数稳健 z' },
  ordersLastWeeks: { en: 'Orders, same weekday of the last 4 weeks', zh: '前 4 周同日订单数' },
  refunds: { en: 'Refunds and returns that day', zh: '当天退款/退货数' },
  refundsUsual: { en: 'Usual refunds and returns', zh: '平时退款/退货数' },
  refundsZ: { en: 'Refunds robust z', zh: '退款数稳健 z' },
  refundsLastWeeks: { en: 'Refunds, same weekday of the last 4 weeks', zh: '前 4 周同日退款数' },
  cancellations: { en: 'Cancellations that day', zh: '当天取消数' },
  cancellationsUsual: { en: 'Usual cancellations', zh: '平时取消数' },
  cancellationsZ: { en: 'Cancellations robust z', zh: '取消数稳健 z' },
  cancellationsLastWeeks: { en: 'Cancellations, same weekday of the last 4 weeks', zh: '前 4 周同日取消数' },
  lateShipments: { en: 'Late shipments that day', zh: '当天延迟发货数' },
  lateShipmentsUsual: { en: 'Usual late shipments', zh: '平时延迟发货数' },
  lateShipmentsZ: { en: 'Late shipments robust z', zh: '延迟发货数稳健 z' },
  lateShipmentsLastWeeks: { en: 'Late shipments, same weekday of the last 4 weeks', zh: '前 4 周同日延迟发货数' },
  minCount: { en: 'Minimum count', zh: '最少笔数' },
  stalledParcels: { en: 'Stalled parcels', zh: '停滞包裹数' },
  parcelsInTransit: { en: 'Parcels in transit', zh: '在途包裹数' },
  stalledShare: { en: 'Share stalled', zh: '停滞比例' },
  stallDays: { en: 'No movement for (days)', zh: '无更新天数' },
  minStalledParcels: { en: 'Minimum stalled parcels', zh: '最少停滞包裹数' },
  shareThreshold: { en: 'Share threshold', zh: '比例阈值' },
  oldestMovementAt: { en: 'Oldest last movement', zh: '最早的最后更新时间' },
  stalledOrders: { en: 'Stalled orders', zh: '停滞的订单' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  orders: { en: 'orders', zh: '订单' },
  refunds: { en: 'refunds and returns', zh: '退款/退货' },
  cancellations: { en: 'cancellations', zh: '取消' },
  lateShipments: { en: 'late shipments', zh: '延迟发货' },
};
