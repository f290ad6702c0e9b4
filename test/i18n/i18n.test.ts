import { describe, expect, it } from 'vitest';
import { formatDue, formatDuration, resolveLanguage, t } from '../../lib/i18n';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 25, 6, 0, 0);

describe('i18n', () => {
  it('fills parameters and keeps an unknown placeholder visible', () => {
    expect(t('en', 'overlayFindingsTitle', { orderId: 'DS1' })).toBe('Findings on order DS1');
    expect(t('zh', 'pageRead', { orders: 100, skipped: 2 })).toBe('已读取 100 个订单，跳过 2 行');
    expect(t('en', 'overlayFindingsTitle', {})).toBe('Findings on order {orderId}');
  });

  it('follows the browser language unless the seller chose one', () => {
    expect(resolveLanguage('auto', 'zh-CN')).toBe('zh');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  });

  it.each([
    [35 * 60_000, '35 min', '35 分钟'],
    [4 * HOUR, '4 h', '4 小时'],
    [47 * HOUR + 59 * 60_000, '47 h', '47 小时'],
    [50 * HOUR, '2 d 2 h', '2 天 2 小时'],
  ])('formats %i ms as "%s" / "%s"', (ms, enText, zhText) => {
    expect(formatDuration('en', ms)).toBe(enText);
    expect(formatDuration('zh', ms)).toBe(zhText);
  });

  it('says time left before the deadline and overdue at and after it', () => {
    expect(formatDue('en', now + 4 * HOUR, now)).toBe('4 h left');
    expect(formatDue('zh', now + 4 * HOUR, now)).toBe('剩余 4 小时');
    expect(formatDue('en', now, now)).toBe('overdue 0 min');
    expect(formatDue('zh', now - 3 * HOUR, now)).toBe('已超时 3 小时');
    expect(formatDue('en', undefined, now)).toBe('no deadline');
  });
});
