import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Amount mismatch', zh: '金额不符' };

export const settings = z.object({
  enabled: Enabled,
  /** Differences up to this amount (rounding on the console) are not reported. */
  tolerance: z._default(/* @__PURE__ */ z.number().check(z.nonnegative(), z.lte(100)), 0.01),
});
