import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Days, Enabled, Hours, HoursByMarketplace } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Refund waiting', zh: '退款待处理' };

export const settings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the platform decides on its own (P2), P1 when it does. */
  warnHours: z._default(Hours, 12),
  /** Overrides of the platform table (hours from the request to the automatic decision or reply target). */
  hoursByMarketplace: HoursByMarketplace,
  /** A returned parcel should be refunded within this many days of coming back. */
  returnWindowDays: z._default(Days, 7),
});
