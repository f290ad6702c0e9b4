import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Hours, HoursByMarketplace } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unpaid for long', zh: '久未付款' };

export const settings = z.object({
  enabled: Enabled,
  /** Hours after placement at which a payment reminder is suggested. */
  remindHours: z._default(Hours, 24),
  /** Overrides of the platform's auto-close table (hours after placement): cancelling is suggested from there. */
  cancelHoursByMarketplace: HoursByMarketplace,
});
