import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Hours, HoursByMarketplace } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unanswered message', zh: '买家留言未回复' };

export const settings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the reply window ends (P2), and turns P1 when it passes. */
  warnHours: z._default(Hours, 6),
  /** Overrides of the platform reply windows (hours after the buyer's message). */
  hoursByMarketplace: HoursByMarketplace,
});
