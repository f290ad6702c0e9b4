import { z } from 'zod';
import { Enabled } from './common';

export const NegativeReviewSettings = z.object({
  enabled: Enabled,
  /** A rating at or below this many stars (of 5) is negative. */
  maxRating: z.number().min(1).max(5).default(2),
  /** The seller's own words that mark a review as negative, added to the built-in zh/en list. */
  extraKeywords: z.array(z.string().trim().min(1).max(50)).max(100).default([]),
});
