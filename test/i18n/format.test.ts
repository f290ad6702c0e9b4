import { describe, expect, it } from 'vitest';
import { differsFromBrowser, formatDay, formatMoney, formatTime, tn, zoneName } from '../../lib/i18n/format';

const AT = Date.UTC(2026, 10, 25, 12, 30); // Wed 25 Nov 2026, 20:30 in Beijing

describe('one clock rule', () => {
  it('writes a time on the marketplace clock and names that clock when the browser keeps another', () => {
    expect(formatTime('en', AT, 'Asia/Shanghai', 'dateTime', 'Europe/Berlin')).toBe('25/11/2026, 20:30 (Beijing time)');
    expect(formatTime('zh', AT, 'Asia/Shanghai', 'dateTime', 'Europe/Berlin')).toBe('2026/11/25 20:30（北京时间）');
    expect(formatTime('zh', AT, 'Asia/Shanghai', 'weekdayTime', 'America/Los_Angeles')).toBe('11月25日周三 20:30（北京时间）');
    expect(formatTime('en', AT, 'UTC', 'weekdayTime', 'Asia/Shanghai')).toBe('Wed 25 Nov, 12:30 (UTC)');
  });

  it('leaves the clock unnamed when the browser keeps the same time, whatever the zone is called', () => {
    expect(formatTime('zh', AT, 'Asia/Shanghai', 'dateTime', 'Asia/Shanghai')).toBe('2026/11/25 20:30');
    expect(differsFromBrowser('Asia/Shanghai', AT, 'Asia/Singapore')).toBe(false);
    expect(formatTime('en', AT, 'UTC', 'weekdayTime', 'Europe/London')).toBe('Wed 25 Nov, 12:30');
    // In July London is an hour ahead of UTC: then the clock is named.
    expect(formatTime('en', Date.UTC(2026, 6, 1, 9), 'UTC', 'weekdayTime', 'Europe/London')).toBe('Wed 1 Jul, 09:00 (UTC)');
  });

  it('names other zones in the seller\'s words', () => {
    expect(zoneName('en', 'America/Los_Angeles', AT)).toBe('Pacific Time');
    expect(zoneName('zh', 'America/Los_Angeles', AT)).toBe('北美太平洋时间');
    expect(zoneName('zh', 'UTC', AT)).toBe('UTC');
  });

  it('writes a day for a buyer without naming the clock', () => {
    expect(formatDay('en', AT + 6 * 3_600_000, 'Asia/Shanghai')).toBe('Thu 26 Nov');
    expect(formatDay('zh', AT + 6 * 3_600_000, 'Asia/Shanghai')).toBe('11月26日周四');
  });
});

describe('one money rule', () => {
  it('writes an amount with its currency in the seller\'s language', () => {
    expect(formatMoney('en', 97.7, 'CNY')).toBe('CN¥97.70');
    expect(formatMoney('zh', 97.7, 'CNY')).toBe('¥97.70');
    expect(formatMoney('en', 1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney('zh', 12.5, 'EUR')).toBe('€12.50');
  });
});

describe('counted words', () => {
  it('says "1 order" and "2 orders" in English, one form in Chinese', () => {
    expect(tn('en', 'pageReadNoSkips', { orders: 1 })).toBe('Read 1 order');
    expect(tn('en', 'pageReadNoSkips', { orders: 6 })).toBe('Read 6 orders');
    expect(tn('en', 'pageRead', { orders: 1, skipped: 3 })).toBe('Read 1 order, 3 rows skipped');
    expect(tn('en', 'pageRead', { orders: 0, skipped: 1 })).toBe('Read 0 orders, 1 row skipped');
    expect(tn('zh', 'pageRead', { orders: 1, skipped: 3 })).toBe('已读取 1 个订单，跳过 3 行');
  });

  it('counts numbers already formatted for the seller', () => {
    expect(tn('en', 'importDone', { orders: '1,204', file: 'orders.csv' })).toBe('Imported 1,204 orders from orders.csv.');
    expect(tn('en', 'importDone', { orders: '1', file: 'orders.csv' })).toBe('Imported 1 order from orders.csv.');
    expect(tn('en', 'inboxBuyerRefunds', { n: 1 })).toBe('1 refund or return');
  });
});

describe('counted words on the pages', () => {
  it('inbox, storage and welcome counts agree with their number', () => {
    expect(tn('en', 'inboxShowing', { n: 1, total: 1 })).toBe('1 of 1 case');
    expect(tn('en', 'inboxShowing', { n: 1, total: 5 })).toBe('1 of 5 cases');
    expect(tn('en', 'storagePruned', { n: 1 })).toBe('Storage ran out: 1 old order without cases was removed to make room. Your cases and notes are kept.');
    expect(tn('en', 'welcomeOtherAddresses', { n: 1 })).toBe('1 more address');
    expect(tn('zh', 'inboxShowing', { n: 1, total: 1 })).toBe('1 / 1 个事项');
  });
});
