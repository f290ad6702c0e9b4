import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Out of stock', zh: '缺货风险' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'stock';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 11, clock: 6 } as const;

/** Fires on any live order the console flags out of stock; the due time is the order's shipping deadline. */
export const settings = z.object({
  enabled: Enabled,
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['stockFlag'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  outOfStockCharge: { en: 'Platform charges out-of-stock separately', zh: '平台对缺货单独扣款' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
