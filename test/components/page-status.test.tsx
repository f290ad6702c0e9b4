// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PageStatus } from '../../entrypoints/popup/PageStatus';
import { NOT_A_LIST, SWITCHED_OFF, type Language, type ReadStatus } from '../../lib/schema';

/** The popup's read health for a page the content script could not read, as the seller sees it. */
function shown(status: ReadStatus, lang: Language): string {
  const root = document.createElement('div');
  render(<PageStatus status={status} lang={lang} now={0} onReread={() => undefined} />, root);
  return root.textContent ?? '';
}
const unsupported = (url: string, reason: string): ReadStatus => ({ kind: 'unsupported', url, reason, at: 1 });

describe('PageStatus: why a page was not read, in the seller\'s language', () => {
  it('names the console the seller switched off, in English and Chinese', () => {
    const status = unsupported('https://sellercentral.amazon.com/orders-v3/mfn/unshipped', SWITCHED_OFF);
    expect(shown(status, 'en')).toBe('Cannot read this page: reading Amazon Seller Central orders is switched off in the options');
    expect(shown(status, 'zh')).toBe('无法读取此页面：已在设置中关闭读取亚马逊卖家平台 管理订单');
  });

  it('names a taught site by its address', () => {
    expect(shown(unsupported('https://shop.example.test/admin/orders', SWITCHED_OFF), 'zh')).toBe('无法读取此页面：已在设置中关闭读取shop.example.test');
  });

  it('says a page is no order list, and a failed read, in Chinese too', () => {
    expect(shown(unsupported('https://example.test/', NOT_A_LIST), 'en')).toBe('Cannot read this page: not an order list page');
    expect(shown(unsupported('https://example.test/', NOT_A_LIST), 'zh')).toBe('无法读取此页面：这不是订单列表页面');
    expect(shown(unsupported('https://example.test/', 'reading failed: TypeError: x is null'), 'zh')).toBe('无法读取此页面：读取失败：TypeError: x is null');
  });
});

describe('PageStatus: the first line on a page whose own data was read, not its list', () => {
  const AFTER_SALES = 'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list?tab=all';
  const ORDERS = 'https://fxg.jinritemai.com/ffa/morder/order/list';
  const fromData = (url: string, pageData: NonNullable<Extract<ReadStatus, { kind: 'read' }>['pageData']>): ReadStatus => ({
    kind: 'read',
    adapter: 'douyin',
    marketplace: 'douyin',
    url,
    ordersRead: 0,
    rowsSkipped: 0,
    skipped: [],
    pageData,
    at: 1,
  });
  /** The first line alone, as the seller reads it at the top of the popup. */
  const firstLine = (status: ReadStatus, lang: Language): string | null | undefined => {
    const root = document.createElement('div');
    render(<PageStatus status={status} lang={lang} now={0} onReread={() => undefined} />, root);
    return root.querySelector('[data-testid="page-status"]')?.textContent;
  };

  it('says what 售后工作台\'s requests gave: matched to orders already read and waiting for the order list, in English and Chinese', () => {
    const both = fromData(AFTER_SALES, { ordersRead: 2, skipped: 0, waiting: 2, at: 1 });
    expect(firstLine(both, 'en')).toBe('Read 4 after-sales requests from this page: 2 matched orders already read, 2 wait for the order list');
    expect(firstLine(both, 'zh')).toBe('从此页面读取了 4 个售后申请：2 个对应已读取的订单，2 个等待读取订单列表');
    const waiting = fromData(AFTER_SALES, { ordersRead: 0, skipped: 0, waiting: 2, at: 1 });
    expect(firstLine(waiting, 'en')).toBe('Read 2 after-sales requests from this page: they wait for the order list');
    expect(firstLine(waiting, 'zh')).toBe('从此页面读取了 2 个售后申请，对应的订单尚未读取，等待读取订单列表');
    const matched = fromData(AFTER_SALES, { ordersRead: 1, skipped: 2, at: 1 });
    expect(firstLine(matched, 'en')).toBe('Read 1 after-sales request from this page: it matched an order already read');
    expect(firstLine(matched, 'zh')).toBe('从此页面读取了 1 个售后申请，对应的订单已读取');
    // The page-data line would repeat the first line in order words: it is not shown.
    const root = document.createElement('div');
    render(<PageStatus status={both} lang="en" now={0} onReread={() => undefined} />, root);
    expect(root.querySelector('[data-testid="page-data"]')).toBeNull();
    expect(root.textContent).not.toContain('empty');
  });

  it('says why 售后工作台\'s requests could not be read, or that it had none, never that an order list is empty', () => {
    const big = fromData(AFTER_SALES, { ordersRead: 0, skipped: 0, problem: 'the response was too large to read', at: 1 });
    expect(shown(big, 'en')).toBe('Douyin Shop ordersThe after-sales requests on this page could not be read (the response was too large to read)');
    // The reason itself has no Chinese words yet (lib/i18n/reasons.ts): only the sentence around it is checked here.
    expect(firstLine(big, 'zh')?.startsWith('无法读取此页面的售后申请（')).toBe(true);
    const none = fromData(AFTER_SALES, { ordersRead: 0, skipped: 1, at: 1 });
    expect(firstLine(none, 'en')).toBe('No after-sales requests were read from this page');
    expect(firstLine(none, 'zh')).toBe('未从此页面读取到售后申请');
  });

  it('says how many orders an order list\'s own data gave when its text showed none', () => {
    const status = fromData(ORDERS, { ordersRead: 3, skipped: 0, at: 1 });
    expect(firstLine(status, 'en')).toBe("Read 3 orders from the console's own order data on this page");
    expect(firstLine(status, 'zh')).toBe('已从此页面的后台自带订单数据读取 3 个订单');
  });

  it('keeps "empty" and "not an order list" for pages where nothing at all was read, in English and Chinese', () => {
    const empty: ReadStatus = { kind: 'read', adapter: 'douyin', url: ORDERS, ordersRead: 0, rowsSkipped: 0, skipped: [], at: 1 };
    expect(firstLine(empty, 'en')).toBe('The order list on this page is empty.');
    expect(firstLine(empty, 'zh')).toBe('此页面的订单列表为空。');
    const failed = fromData(ORDERS, { ordersRead: 0, skipped: 0, problem: 'the response is malformed: not JSON', at: 1 });
    expect(firstLine(failed, 'en')).toBe('The order list on this page is empty.');
    expect(firstLine(unsupported(AFTER_SALES, NOT_A_LIST), 'en')).toBe('Cannot read this page: not an order list page');
    expect(firstLine(unsupported(AFTER_SALES, NOT_A_LIST), 'zh')).toBe('无法读取此页面：这不是订单列表页面');
  });
});
