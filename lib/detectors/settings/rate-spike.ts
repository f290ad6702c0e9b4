import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Days, Enabled } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unusual day', zh: '店铺数据异常' };

export const settings = z.object({
  enabled: Enabled,
  /** A day is unusual when its robust z against the same weekday of the last 4 weeks exceeds this. */
  zThreshold: z._default(/* @__PURE__ */ z.number().check(z.positive(), z.lte(20)), 3),
  /** Fewer events than this in a day are never a spike, whatever the z (tiny shops). */
  minCount: z._default(/* @__PURE__ */ z.number().check(z.int(), z.positive(), z.lte(1000)), 3),
  /** A parcel with no tracking movement for this many days counts as stalled. */
  stallDays: z._default(Days, 3),
  /** A carrier is flagged when at least this many of its parcels in transit are stalled… */
  minStalledParcels: z._default(/* @__PURE__ */ z.number().check(z.int(), z.positive(), z.lte(1000)), 5),
  /** …and they are more than this share of its parcels in transit (0–1). */
  stalledShare: z._default(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1)), 0.3),
});
