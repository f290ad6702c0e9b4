import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Phrases } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Negative review', zh: '差评' };

export const settings = z.object({
  enabled: Enabled,
  /** A rating at or below this many stars (of 5) is negative. */
  maxRating: z._default(/* @__PURE__ */ z.number().check(z.gte(1), z.lte(5)), 2),
  /** The seller's own words that mark a review as negative, added to the built-in zh/en list. */
  extraKeywords: Phrases(50, 100),
});
