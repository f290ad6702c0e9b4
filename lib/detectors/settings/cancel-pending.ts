import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Hours } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Cancellation waiting', zh: '取消申请待处理' };

export const settings = z.object({
  enabled: Enabled,
  /** A cancellation request on an unshipped order left this long without an answer is a case (P2). */
  waitHours: z._default(Hours, 12),
});
