import { z } from 'zod';
import { Days, Enabled } from './common';

export const RateSpikeSettings = z.object({
  enabled: Enabled,
  /** A day is unusual when its robust z against the same weekday of the last 4 weeks exceeds this. */
  zThreshold: z.number().positive().max(20).default(3),
  /** Fewer events than this in a day are never a spike, whatever the z (tiny shops). */
  minCount: z.number().int().positive().max(1000).default(3),
  /** A parcel with no tracking movement for this many days counts as stalled. */
  stallDays: Days.default(3),
  /** A carrier is flagged when at least this many of its parcels in transit are stalled… */
  minStalledParcels: z.number().int().positive().max(1000).default(5),
  /** …and they are more than this share of its parcels in transit (0–1). */
  stalledShare: z.number().min(0).max(1).default(0.3),
});
