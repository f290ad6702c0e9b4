import { describe, expect, it } from 'vitest';
import { formatEvidence } from '../../lib/i18n/evidence';

// The browser's clock for these tests (Node reads TZ when it changes): instants on another
// marketplace's clock are followed by that clock's name.
process.env['TZ'] = 'UTC';

describe('formatEvidence', () => {
  const evidence = {
    paidAt: '2026-11-22T02:00:00.000Z',
    hoursOverdue: 4,
    deadlineSource: 'platform rule',
    compensation: '¥5.00',
    consoleFlag: true,
    carrierName: null,
  };

  it('labels known keys in Chinese and shows instants on the marketplace\'s clock, named when it is not the browser\'s', () => {
    expect(formatEvidence(evidence, 'zh', 'Asia/Shanghai')).toEqual([
      ['付款时间', '2026/11/22 10:00（北京时间）'],
      ['已超时（小时）', '4'],
      ['时限来源', '平台规则'],
      ['可能赔付', '¥5.00'],
      ['Console flag', '是'],
      ['Carrier name', '—'],
    ]);
  });

  it('labels known keys in English and humanises unknown ones', () => {
    expect(formatEvidence(evidence, 'en', 'UTC')).toEqual([
      ['Paid at', '22/11/2026, 02:00'],
      ['Hours overdue', '4'],
      ['Deadline from', 'platform rule'],
      ['Compensation at stake', '¥5.00'],
      ['Console flag', 'yes'],
      ['Carrier name', '—'],
    ]);
  });
});
