import { z } from 'zod/mini';
import { Enabled } from './common';

export const AmountMismatchSettings = z.object({
  enabled: Enabled,
  /** Differences up to this amount (rounding on the console) are not reported. */
  tolerance: z._default(/* @__PURE__ */ z.number().check(z.nonnegative(), z.lte(100)), 0.01),
});
