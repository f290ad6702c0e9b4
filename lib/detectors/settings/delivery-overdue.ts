import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Days, Enabled } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Delivery overdue', zh: '超时未送达' };

export const settings = z.object({
  enabled: Enabled,
  /** P2 once the estimated delivery date passes, P1 this many days (24 h each) later. */
  urgentAfterDays: z._default(Days, 3),
});
