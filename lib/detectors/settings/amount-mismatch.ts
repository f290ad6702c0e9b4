import { z } from 'zod';
import { Enabled } from './common';

export const AmountMismatchSettings = z.object({
  enabled: Enabled,
  /** Differences up to this amount (rounding on the console) are not reported. */
  tolerance: z.number().nonnegative().max(100).default(0.01),
});
