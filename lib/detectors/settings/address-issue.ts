import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, type Labels, Phrases, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Address issue', zh: '地址异常' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'address';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 6, clock: 10 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** The seller's own phrases for "please change my address", added to the built-in zh/en list. */
  extraKeywords: Phrases(50, 100),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['addressState'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  extraKeywords: { en: 'extra keywords (comma separated)', zh: '额外关键词（逗号分隔）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  issue: { en: 'Problem', zh: '问题' },
  addressMissing: { en: 'Address parts missing', zh: '地址缺少' },
  addressChangedAt: { en: 'Address changed at', zh: '地址修改时间' },
  shippedAtSource: { en: 'Shipping time from', zh: '发货时间来源' },
  hoursAfterShipping: { en: 'Hours after shipping', zh: '发货后（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  'status observed': { en: 'when the shipped status was first seen', zh: '首次看到已发货状态的时间' },
  'shipped at': { en: 'shipping time', zh: '发货时间' },
  'address incomplete': { en: 'address incomplete', zh: '地址不完整' },
  'change requested': { en: 'buyer asks to change the address', zh: '买家要求改地址' },
  'address incomplete, change requested': { en: 'address incomplete; buyer asks to change it', zh: '地址不完整；买家要求改地址' },
  'changed after shipping': { en: 'address changed after shipping', zh: '发货后地址被修改' },
  'change requested after shipping': { en: 'buyer asks to change the address after shipping', zh: '发货后买家要求改地址' },
};
