import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Days, Enabled, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Delivery overdue', zh: '超时未送达' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'delivery';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 4, clock: 8 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** P2 once the estimated delivery date passes, P1 this many days (24 h each) later. */
  urgentAfterDays: z._default(Days, 3),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['deliveryEstimate'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  urgentAfterDays: { en: 'urgent after (days late)', zh: '逾期几天后升级（天）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  deliverBy: { en: 'Estimated delivery', zh: '预计送达' },
  urgentAfterDays: { en: 'Urgent after (days late)', zh: '晚到多少天升级（天）' },
  // No longer written (the pages count such time live from dueAt); kept for the cases stored before.
  daysLate: { en: 'Days late', zh: '已晚（天）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
