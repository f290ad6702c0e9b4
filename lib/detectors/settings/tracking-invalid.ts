import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, Hours, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Tracking invalid', zh: '运单异常' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'tracking';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 7, clock: 11 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** Hours after shipping by which the carrier's first scan should show. */
  firstScanHours: z._default(Hours, 24),
  /** Check numbers against the known formats of their carrier (off: only a missing number is reported). */
  checkFormat: z._default(z.boolean(), true),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['trackingNumber'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  firstScanHours: { en: 'first scan within (hours)', zh: '首次揽收时限（小时）' },
  checkFormat: { en: 'check the number format per carrier', zh: '按快递公司校验单号格式' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  expectedFormat: { en: 'Expected number format', zh: '应有的单号格式' },
  firstScanHours: { en: 'First scan expected within (h)', zh: '应揽收时限（小时）' },
  platformPenalty: { en: 'Platform penalty', zh: '平台处罚' },
  // No longer written (the pages count such time live from dueAt); kept for the cases stored before.
  hoursSinceShipped: { en: 'Hours since shipping', zh: '发货至今（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  missing: { en: 'tracking number missing', zh: '缺少运单号' },
  malformed: { en: 'number does not fit the carrier’s format', zh: '单号不符合快递公司格式' },
  'no first scan': { en: 'no carrier scan yet', zh: '快递尚未揽收' },
  'pinduoduo fake tracking deduction': { en: 'Pinduoduo deducts for fake tracking (虚假轨迹) separately from late shipment', zh: '拼多多对虚假轨迹单独扣款（与延迟发货分开）' },
};
