import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Days, Enabled, Hours, HoursByMarketplace, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Refund waiting', zh: '退款待处理' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'refund';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 13, clock: 13 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the platform decides on its own (P2), P1 when it does. */
  warnHours: z._default(Hours, 12),
  /** Overrides of the platform table (hours from the request to the automatic decision or reply target). */
  hoursByMarketplace: HoursByMarketplace,
  /** A returned parcel should be refunded within this many days of coming back. */
  returnWindowDays: z._default(Days, 7),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = [] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  warnHours: { en: 'warn hours before', zh: '提前提醒（小时）' },
  hoursByMarketplace: { en: 'hours per marketplace (empty = platform rule)', zh: '各平台小时数（空 = 平台规则）' },
  returnWindowDays: { en: 'refund a returned parcel within (days)', zh: '退货签收后退款时限（天）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  decisionAt: { en: 'Automatic decision at', zh: '自动处理时间' },
  decisionHours: { en: 'Hours to decision', zh: '处理时限（小时）' },
  decisionRule: { en: 'Deadline rule', zh: '时限依据' },
  amountAtStake: { en: 'Amount at stake', zh: '涉及金额' },
  returnedAt: { en: 'Return first seen', zh: '首次看到退回' },
  returnWindowDays: { en: 'Return window (days)', zh: '退货处理时限（天）' },
  refundDueAt: { en: 'Refund due', zh: '退款截止' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  'before shipping': { en: 'before shipping', zh: '发货前' },
  'after shipping': { en: 'after shipping', zh: '发货后' },
  'platform auto-decision': { en: 'platform decides automatically', zh: '平台自动处理' },
  'reply target': { en: 'reply target (no platform decision)', zh: '回复目标（平台不自动处理）' },
};
