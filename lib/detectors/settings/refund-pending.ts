import { z } from 'zod/mini';
import { Days, Enabled, Hours, HoursByMarketplace } from './common';

export const RefundPendingSettings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the platform decides on its own (P2), P1 when it does. */
  warnHours: z._default(Hours, 12),
  /** Overrides of the platform table (hours from the request to the automatic decision or reply target). */
  hoursByMarketplace: HoursByMarketplace,
  /** A returned parcel should be refunded within this many days of coming back. */
  returnWindowDays: z._default(Days, 7),
});
