import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Amount mismatch', zh: '金额不符' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'payment';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 2, clock: 2 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** Differences up to this amount (rounding on the console) are not reported. */
  tolerance: z._default(/* @__PURE__ */ z.number().check(z.nonnegative(), z.lte(100)), 0.01),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['itemTotal', 'shipping', 'discount'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  tolerance: { en: 'tolerance', zh: '容差' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  expected: { en: 'Expected total', zh: '应付金额' },
  difference: { en: 'Difference', zh: '差额' },
  formula: { en: 'Rule', zh: '规则' },
  subtotal: { en: 'Items total', zh: '商品金额' },
  subtotalSource: { en: 'Items total from', zh: '商品金额来源' },
  shipping: { en: 'Shipping', zh: '运费' },
  discount: { en: 'Discount', zh: '优惠' },
  refunded: { en: 'Refunded', zh: '已退款' },
  tolerance: { en: 'Tolerance', zh: '容差' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  items: { en: 'the items’ unit prices', zh: '商品单价合计' },
};
