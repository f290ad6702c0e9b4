import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Hours } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Possible duplicate order', zh: '疑似重复下单' };

export const settings = z.object({
  enabled: Enabled,
  /** Two live orders of the same buyer and items placed within this many hours. */
  windowHours: z._default(Hours, 24),
});
