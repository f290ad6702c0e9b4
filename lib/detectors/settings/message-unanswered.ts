import { z } from 'zod/mini';
import { Enabled, Hours, HoursByMarketplace } from './common';

export const MessageUnansweredSettings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the reply window ends (P2), and turns P1 when it passes. */
  warnHours: z._default(Hours, 6),
  /** Overrides of the platform reply windows (hours after the buyer's message). */
  hoursByMarketplace: HoursByMarketplace,
});
