import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Hours, HoursByMarketplace } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Shipping deadline', zh: '发货时限' };

export const settings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the deadline (P2), and turns P1 when it passes. */
  warnHours: z._default(Hours, 6),
  /** Overrides of the platform table, hours after payment; the console's own "ship by" wins over both. */
  hoursByMarketplace: HoursByMarketplace,
});
