import { z } from 'zod/mini';
import type { Bilingual, Case } from '../../schema';
import { MARKETPLACES } from '../../schema/marketplaces';

/** Hours, as a seller types them: positive, at most 60 days. */
export const Hours = /* @__PURE__ */ z.number().check(z.positive(), z.lte(24 * 60));
export const Days = /* @__PURE__ */ z.number().check(z.positive(), z.lte(365));
export const Enabled = z._default(z.boolean(), true);
/** Per-marketplace overrides of a platform table (hours). */
export const HoursByMarketplace = z._default(z.partialRecord(z.enum(MARKETPLACES), Hours), {});
/** The seller's own words or names, one per entry (trimmed, never empty). */
export const Phrases = /* @__NO_SIDE_EFFECTS__ */ (maxLength: number, maxCount: number) =>
  z._default(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(maxLength))).check(z.maxLength(maxCount)), []);

/** Names in both languages, by key. */
export type Labels = Readonly<Record<string, Bilingual>>;

/** A name for each setting but the on/off switch: a setting without one does not compile. */
export type SettingLabels<S extends z.ZodMiniType> = { readonly [K in Exclude<keyof z.output<S>, 'enabled'>]: Bilingual };

/**
 * How a threshold relates to the evidence of cases a seller dismissed as "threshold too strict":
 * the value that would have kept them quiet (lib/cases/tuning proposes it; the seller decides).
 */
export interface Tuning<S extends z.ZodMiniType = z.ZodMiniObject> {
  /** The setting proposed, a number. */
  readonly setting: Exclude<keyof z.output<S>, 'enabled'> & string;
  /** The proposed value and how many of `cases` it quiets; `dismissedAt` is when each was dismissed. */
  readonly tune: (cases: readonly Case[], dismissedAt: (c: Case) => number) => { proposed: number; quieted: number } | undefined;
}

/** The finite numbers the cases' evidence holds under `key`. */
export const evidenceNumbers = (cases: readonly Case[], key: string): number[] =>
  cases.map((c) => c.evidence[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** Evidence keys several detectors write (each detector names the rest in its own file). */
export const SHARED_EVIDENCE_LABELS: Labels = {
  placedAt: { en: 'Placed at', zh: '下单时间' },
  deadline: { en: 'Shipping deadline', zh: '发货截止' },
  deadlineSource: { en: 'Deadline from', zh: '时限来源' },
  buyer: { en: 'Buyer', zh: '买家' },
  items: { en: 'Items', zh: '商品' },
  paid: { en: 'Paid', zh: '实付金额' },
  shippedAt: { en: 'Shipped at', zh: '发货时间' },
  carrier: { en: 'Carrier', zh: '快递公司' },
  trackingNo: { en: 'Tracking number', zh: '运单号' },
  stage: { en: 'Stage', zh: '阶段' },
  trackingEvent: { en: 'Latest tracking event', zh: '最新物流信息' },
  keyword: { en: 'Matched words', zh: '匹配的词' },
  signal: { en: 'Shown as', zh: '页面显示' },
  requestedAt: { en: 'Requested at', zh: '申请时间' },
  requestedAtSource: { en: 'Request time from', zh: '申请时间来源' },
  shipped: { en: 'Already shipped', zh: '已发货' },
  check: { en: 'Check', zh: '检查项' },
  buyerMessageAt: { en: 'Buyer wrote at', zh: '买家留言时间' },
  zThreshold: { en: 'Robust z threshold', zh: '稳健 z 阈值' },
};

/** Word values several detectors write in evidence. */
export const SHARED_EVIDENCE_VALUES: Labels = {
  console: { en: 'shown by the console', zh: '后台显示' },
  'platform rule': { en: 'platform rule', zh: '平台规则' },
  'your setting': { en: 'your setting', zh: '您的设置' },
  tracking: { en: 'latest tracking event', zh: '最新物流信息' },
  'first observed': { en: 'first seen by Order Sentinel', zh: '订单哨兵首次看到' },
};
