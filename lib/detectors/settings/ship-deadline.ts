import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, Hours, HoursByMarketplace, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Shipping deadline', zh: '发货时限' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'shipping';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 0, clock: 0 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the deadline (P2), and turns P1 when it passes. */
  warnHours: z._default(Hours, 6),
  /** Overrides of the platform table, hours after payment; the console's own "ship by" wins over both. */
  hoursByMarketplace: HoursByMarketplace,
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
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  paidAt: { en: 'Paid at', zh: '付款时间' },
  shippingHours: { en: 'Shipping time allowed (h)', zh: '发货时限（小时）' },
  compensation: { en: 'Compensation at stake', zh: '可能赔付' },
  firstScanAt: { en: 'Carrier’s first scan', zh: '快递首次揽收' },
  hoursLate: { en: 'Hours late', zh: '晚了（小时）' },
  // No longer written (the pages count such time live from dueAt); kept for the cases stored before.
  hoursSincePaid: { en: 'Hours since payment', zh: '付款至今（小时）' },
  hoursLeft: { en: 'Hours left', zh: '剩余（小时）' },
  hoursOverdue: { en: 'Hours overdue', zh: '已超时（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  'order time': { en: 'order time (no payment time shown)', zh: '下单时间（未显示付款时间）' },
};
