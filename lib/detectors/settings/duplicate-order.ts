import { z } from 'zod/mini';
import { Enabled, Hours } from './common';

export const DuplicateOrderSettings = z.object({
  enabled: Enabled,
  /** Two live orders of the same buyer and items placed within this many hours. */
  windowHours: z._default(Hours, 24),
});
