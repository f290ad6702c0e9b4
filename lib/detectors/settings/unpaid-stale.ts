import { z } from 'zod/mini';
import { Enabled, Hours, HoursByMarketplace } from './common';

export const UnpaidStaleSettings = z.object({
  enabled: Enabled,
  /** Hours after placement at which a payment reminder is suggested. */
  remindHours: z._default(Hours, 24),
  /** Overrides of the platform's auto-close table (hours after placement): cancelling is suggested from there. */
  cancelHoursByMarketplace: HoursByMarketplace,
});
