import { z } from 'zod';
import { Days, Enabled } from './common';

export const TrackingStalledSettings = z.object({
  enabled: Enabled,
  /** Days without movement before a parcel is called stalled (P2). */
  stalledDays: Days.default(3),
  /** Days without movement before a domestic parcel is suspected lost (P1). */
  lostDaysDomestic: Days.default(7),
  /** Days without movement before a cross-border parcel is suspected lost (P1). */
  lostDaysCrossBorder: Days.default(20),
  /** Carriers stop answering for a number after this many days without information. */
  expireDays: Days.default(30),
});
