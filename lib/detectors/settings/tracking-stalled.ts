import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Days, Enabled } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Tracking stalled', zh: '物流停滞' };

export const settings = z.object({
  enabled: Enabled,
  /** Days without movement before a parcel is called stalled (P2). */
  stalledDays: z._default(Days, 3),
  /** Days without movement before a domestic parcel is suspected lost (P1). */
  lostDaysDomestic: z._default(Days, 7),
  /** Days without movement before a cross-border parcel is suspected lost (P1). */
  lostDaysCrossBorder: z._default(Days, 20),
  /** Carriers stop answering for a number after this many days without information. */
  expireDays: z._default(Days, 30),
});
