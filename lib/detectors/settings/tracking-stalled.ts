import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Days, Enabled, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Tracking stalled', zh: '物流停滞' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'tracking';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 5, clock: 9 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** Days without movement before a parcel is called stalled (P2). */
  stalledDays: z._default(Days, 3),
  /** Days without movement before a domestic parcel is suspected lost (P1). */
  lostDaysDomestic: z._default(Days, 7),
  /** Days without movement before a cross-border parcel is suspected lost (P1). */
  lostDaysCrossBorder: z._default(Days, 20),
  /** Carriers stop answering for a number after this many days without information. */
  expireDays: z._default(Days, 30),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['trackingEvents'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  stalledDays: { en: 'stalled after (days)', zh: '停滞判定（天）' },
  lostDaysDomestic: { en: 'lost after, domestic (days)', zh: '国内丢件判定（天）' },
  lostDaysCrossBorder: { en: 'lost after, cross-border (days)', zh: '跨境丢件判定（天）' },
  expireDays: { en: 'tracking expires after (days)', zh: '物流信息过期（天）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  lastMovementAt: { en: 'Last movement', zh: '最后更新' },
  lastMovementSource: { en: 'Last movement from', zh: '最后更新来源' },
  stalledDays: { en: 'Stalled after (days)', zh: '停滞判定（天）' },
  lostDays: { en: 'Suspected lost after (days)', zh: '疑似丢失判定（天）' },
  crossBorder: { en: 'Cross-border', zh: '跨境' },
  trackingExpired: { en: 'Tracking expired', zh: '物流信息已失效' },
  expireDays: { en: 'Tracking expires after (days)', zh: '物流信息失效（天）' },
  // No longer written (the pages count such time live from dueAt); kept for the cases stored before.
  daysIdle: { en: 'Days without movement', zh: '无更新天数' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  stalled: { en: 'stalled', zh: '停滞' },
  'suspected lost': { en: 'suspected lost', zh: '疑似丢失' },
};
