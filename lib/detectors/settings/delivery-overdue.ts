import { z } from 'zod/mini';
import { Days, Enabled } from './common';

export const DeliveryOverdueSettings = z.object({
  enabled: Enabled,
  /** P2 once the estimated delivery date passes, P1 this many days (24 h each) later. */
  urgentAfterDays: z._default(Days, 3),
});
