import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Hours, Phrases } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Dispute open', zh: '投诉/纠纷' };

export const settings = z.object({
  enabled: Enabled,
  /** Reply due this many hours after the complaint, unless the console shows its own due date. */
  replyHours: z._default(Hours, 24),
  /** The seller's own complaint/dispute words, added to the built-in zh/en list. */
  extraKeywords: Phrases(50, 100),
});
