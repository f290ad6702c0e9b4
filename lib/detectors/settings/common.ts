import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
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
