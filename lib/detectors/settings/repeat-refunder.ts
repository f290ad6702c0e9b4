import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Days, Enabled, Phrases } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Frequent refunder', zh: '频繁退款买家' };

export const settings = z.object({
  enabled: Enabled,
  /** This many refunds/returns by one buyer within the window make them a repeat refunder. */
  minRefunds: z._default(/* @__PURE__ */ z.number().check(z.int(), z.gte(2), z.lte(100)), 3),
  windowDays: z._default(Days, 90),
  /** Buyers the seller has blocked, written as the console shows them (case and width ignored). */
  blockList: Phrases(200, 1000),
});
