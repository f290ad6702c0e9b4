import { z } from 'zod/mini';
import { Enabled, Hours } from './common';

export const CancelPendingSettings = z.object({
  enabled: Enabled,
  /** A cancellation request on an unshipped order left this long without an answer is a case (P2). */
  waitHours: z._default(Hours, 12),
});
