import { describe, expect, it } from 'vitest';
import { lastSeenBuckets } from '../../lib/i18n/last-seen';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 6, 0);

describe('lastSeenBuckets', () => {
  const seen = [NOW - 10 * 60_000, NOW - HOUR + 1, NOW - HOUR, NOW - 23 * HOUR, NOW - 3 * 24 * HOUR, NOW - 30 * 24 * HOUR];

  it('sums up how fresh the known orders are, edges included', () => {
    expect(lastSeenBuckets(seen, NOW, 'en')).toBe(
      '2 seen in the last hour, 2 earlier today, 1 this week, 1 more than a week ago',
    );
    expect(lastSeenBuckets(seen, NOW, 'zh')).toBe('2 个在一小时内见到，2 个今天早些时候，1 个本周，1 个一周以前');
  });

  it('leaves out empty groups', () => {
    expect(lastSeenBuckets([NOW - 2 * HOUR], NOW, 'en')).toBe('1 earlier today');
  });
});
