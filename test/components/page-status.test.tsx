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
