/**
 * "when each was last seen", summed up for a shop's known orders: pages visited long ago
 * hold stale statuses, and the seller should know how fresh the picture is.
 */
import { t, type MessageKey } from './index';
import type { Language } from '../schema';

const HOUR = 3_600_000;
const BUCKETS: ReadonlyArray<[maxAgeMs: number, key: MessageKey]> = [
  [HOUR, 'seenLastHour'],
  [24 * HOUR, 'seenToday'],
  [7 * 24 * HOUR, 'seenThisWeek'],
  [Infinity, 'seenOlder'],
];

export function lastSeenBuckets(observedAt: readonly number[], now: number, lang: Language): string {
  const counts = BUCKETS.map(() => 0);
  for (const at of observedAt) {
    const age = Math.max(0, now - at);
    counts[BUCKETS.findIndex(([max]) => age < max)]! += 1;
  }
  return BUCKETS.flatMap(([, key], i) => (counts[i]! > 0 ? [t(lang, key, { n: counts[i]! })] : [])).join(lang === 'zh' ? '，' : ', ');
}
