import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, type Labels, Phrases, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Negative review', zh: '差评' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'reviews';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 10, clock: 5 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** A rating at or below this many stars (of 5) is negative. */
  maxRating: z._default(/* @__PURE__ */ z.number().check(z.gte(1), z.lte(5)), 2),
  /** The seller's own words that mark a review as negative, added to the built-in zh/en list. */
  extraKeywords: Phrases(50, 100),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['rating'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  maxRating: { en: 'at most (stars)', zh: '不高于（星）' },
  extraKeywords: { en: 'extra keywords (comma separated)', zh: '额外关键词（逗号分隔）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  rating: { en: 'Rating (stars)', zh: '评分（星）' },
  maxRating: { en: 'Negative at or below (stars)', zh: '差评阈值（星及以下）' },
  negativeWords: { en: 'Negative words', zh: '负面词' },
  review: { en: 'Review', zh: '评价内容' },
  reviewedAt: { en: 'Reviewed at', zh: '评价时间' },
  repliedAt: { en: 'You answered the buyer at', zh: '您回复买家的时间' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
