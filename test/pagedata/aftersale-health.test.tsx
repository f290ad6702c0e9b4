// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PageStatus } from '../../entrypoints/popup/PageStatus';
import { adapterById } from '../../lib/adapters';
import { withPageData } from '../../lib/pagedata/ingest';
import { requestsHealth } from '../../lib/pagedata/requests';
import type { Language, ReadStatus } from '../../lib/schema';

const PAGE = 'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list';
const AT = Date.UTC(2026, 11, 7, 2, 0);

/** The popup's first line, its line on the console's own data, and the one on requests kept, as the seller reads them. */
function lines(status: ReadStatus, lang: Language): (string | null | undefined)[] {
  const root = document.createElement('div');
  render(<PageStatus status={status} lang={lang} now={AT} onReread={() => undefined} />, root);
  return ['page-status', 'page-data', 'page-data-waiting'].map((id) => root.querySelector(`[data-testid="${id}"]`)?.textContent);
}

/** 售后工作台's status after an answer of `requests` requests, `waiting` of them for orders not read yet. */
const afterSales = (requests: number, waiting: number): ReadStatus =>
  withPageData(undefined, PAGE, adapterById('douyin')!, requestsHealth({ ordersRead: requests, skipped: 0, at: AT }, waiting));

describe('read health of 售后工作台 when orders are not read yet', () => {
  it('says how many requests matched orders read and how many wait, and where the others wait, in English and Chinese', () => {
    expect(lines(afterSales(4, 3), 'en')).toEqual([
      'Read 4 after-sales requests from this page: 1 matched an order already read, 3 wait for the order list',
      undefined,
      '3 after-sales requests kept for orders not read yet: open the order list (Douyin Shop orders) to read them',
    ]);
    expect(lines(afterSales(4, 3), 'zh')).toEqual([
      '从此页面读取了 4 个售后申请：1 个对应已读取的订单，3 个等待读取订单列表',
      undefined,
      '3 个售后申请的订单尚未读取，已先保留：打开订单列表（抖店 订单管理）即可读取',
    ]);
    expect(lines(afterSales(1, 1), 'en')).toEqual([
      'Read 1 after-sales request from this page: it waits for the order list',
      undefined,
      '1 after-sales request kept for an order not read yet: open the order list (Douyin Shop orders) to read it',
    ]);
  });

  it('says nothing of waiting once every request\'s order is read', () => {
    expect(lines(afterSales(2, 0), 'en')).toEqual(['Read 2 after-sales requests from this page: all matched orders already read', undefined, undefined]);
    expect(afterSales(2, 0)).toMatchObject({ pageData: { ordersRead: 2, skipped: 0, at: AT } });
    expect(afterSales(2, 0)).not.toHaveProperty('pageData.waiting');
  });
});
