import { z } from 'zod';
import { Enabled } from './common';

export const AmountOutlierSettings = z.object({
  enabled: Enabled,
  /** Robust z (0.6745·(x − median)/MAD) beyond which a total or quantity is called far from usual. */
  zThreshold: z.number().positive().max(50).default(4),
  /** Orders of the shop (same currency) needed before anything is compared. */
  minOrders: z.number().int().min(10).max(100_000).default(30),
});
