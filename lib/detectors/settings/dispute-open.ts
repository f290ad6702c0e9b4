import { z } from 'zod';
import { Enabled, Hours } from './common';

export const DisputeOpenSettings = z.object({
  enabled: Enabled,
  /** Reply due this many hours after the complaint, unless the console shows its own due date. */
  replyHours: Hours.default(24),
  /** The seller's own complaint/dispute words, added to the built-in zh/en list. */
  extraKeywords: z.array(z.string().trim().min(1).max(50)).max(100).default([]),
});
