import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Out of stock', zh: '缺货风险' };

/** Fires on any live order the console flags out of stock; the due time is the order's shipping deadline. */
export const settings = z.object({
  enabled: Enabled,
});
