import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unusual amount', zh: '金额异常' };

export const settings = z.object({
  enabled: Enabled,
  /** Robust z (0.6745·(x − median)/MAD) beyond which a total or quantity is called far from usual. */
  zThreshold: z._default(/* @__PURE__ */ z.number().check(z.positive(), z.lte(50)), 4),
  /** Orders of the shop (same currency) needed before anything is compared. */
  minOrders: z._default(/* @__PURE__ */ z.number().check(z.int(), z.gte(10), z.lte(100_000)), 30),
});
