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

/** The popup's line on the after-sales answer and the one on requests kept, as the seller reads them. */
function lines(status: ReadStatus, lang: Language): [string | null | undefined, string | null | undefined] {
  const root = document.createElement('div');
  render(<PageStatus status={status} lang={lang} now={AT} onReread={() => undefined} />, root);
  return [root.querySelector('[data-testid="page-data"]')?.textContent, root.querySelector('[data-testid="page-data-waiting"]')?.textContent];
}

/** 售后工作台's status after an answer of `requests` requests, `waiting` of them for orders not read yet. */
const afterSales = (requests: number, waiting: number): ReadStatus =>
  withPageData(undefined, PAGE, adapterById('douyin')!, requestsHealth({ ordersRead: requests, skipped: 0, at: AT }, waiting));

describe('read health of 售后工作台 when orders are not read yet', () => {
  it('counts only the orders read, and says in plain words where the others wait, in English and Chinese', () => {
    expect(lines(afterSales(4, 3), 'en')).toEqual([
      "Also read from the console's own order data: 1 order",
      '3 after-sales requests kept for orders not read yet: open the order list (Douyin Shop orders) to read them',
    ]);
    expect(lines(afterSales(4, 3), 'zh')).toEqual(['同时读取了后台自带的订单数据：1 个订单', '3 个售后申请的订单尚未读取，已先保留：打开订单列表（抖店 订单管理）即可读取']);
    expect(lines(afterSales(1, 1), 'en')).toEqual([
      "Also read from the console's own order data: 0 orders",
      '1 after-sales request kept for an order not read yet: open the order list (Douyin Shop orders) to read it',
    ]);
  });

  it('says nothing of waiting once every request\'s order is read', () => {
    expect(lines(afterSales(2, 0), 'en')).toEqual(["Also read from the console's own order data: 2 orders", undefined]);
    expect(afterSales(2, 0)).toMatchObject({ pageData: { ordersRead: 2, skipped: 0, at: AT } });
    expect(afterSales(2, 0)).not.toHaveProperty('pageData.waiting');
  });
});
