import { z } from 'zod/mini';
import { Enabled, Hours, HoursByMarketplace } from './common';

export const ShipDeadlineSettings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the deadline (P2), and turns P1 when it passes. */
  warnHours: z._default(Hours, 6),
  /** Overrides of the platform table, hours after payment; the console's own "ship by" wins over both. */
  hoursByMarketplace: HoursByMarketplace,
});
