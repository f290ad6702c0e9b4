// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PageStatus } from '../../entrypoints/popup/PageStatus';
import { NO_ENTRY_LIST } from '../../lib/adapters/pages/types';
import { ReadStatus, type Language } from '../../lib/schema';

/** The popup's read health of a review or message page, as the seller sees it: [console's name, status, how it was read]. */
function shown(status: ReadStatus, lang: Language): (string | undefined)[] {
  const root = document.createElement('div');
  render(<PageStatus status={ReadStatus.parse(status)} lang={lang} now={0} onReread={() => undefined} />, root);
  return ['page-adapter', 'page-status', 'page-by-structure'].map((id) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? undefined);
}
const read = (adapter: string, url: string, extra: Partial<ReadStatus> = {}): ReadStatus =>
  ({ kind: 'read', adapter, url, ordersRead: 0, rowsSkipped: 0, skipped: [], at: 1, ...extra }) as ReadStatus;
const noList = (url: string, reason: string): ReadStatus => ({ kind: 'unsupported', url, reason, at: 1 });

const FEEDBACK = 'https://sellercentral.amazon.com/feedback-manager/index.html';
const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';

describe('read health of review and message pages', () => {
  it('says a page shows no reviews, or no messages waiting', () => {
    expect(shown(read('amazon-feedback', FEEDBACK), 'en')).toEqual([undefined, 'No reviews on this page.', undefined]);
    expect(shown(read('pinduoduo-reviews', 'https://mms.pinduoduo.com/goods/evaluation/index'), 'zh')).toEqual([undefined, '此页面没有评价。', undefined]);
    expect(shown(read('douyin-messages', FEIGE), 'en')).toEqual([undefined, 'No messages waiting for your reply on this page.', undefined]);
    expect(shown(read('amazon-messages', 'https://sellercentral.amazon.com/messaging/inbox'), 'zh')).toEqual([undefined, '此页面没有等待您回复的消息。', undefined]);
  });

  it('says no list was found, and that the layout may have changed, in both languages', () => {
    expect(shown(noList(FEEDBACK, NO_ENTRY_LIST.reviews), 'en')).toEqual([undefined, 'No review list found on this page: the layout may have changed.', undefined]);
    expect(shown(noList(FEEDBACK, NO_ENTRY_LIST.reviews), 'zh')).toEqual([undefined, '此页面上没有找到评价列表：页面布局可能已改变。', undefined]);
    expect(shown(noList(FEIGE, NO_ENTRY_LIST.messages), 'en')).toEqual([undefined, 'No message list found on this page: the layout may have changed.', undefined]);
    expect(shown(noList(FEIGE, NO_ENTRY_LIST.messages), 'zh')).toEqual([undefined, '此页面上没有找到消息列表：页面布局可能已改变。', undefined]);
  });

  it('says which view of an inbox is read when it shows another', () => {
    const inbox = 'https://sellercentral.amazon.com/messaging/inbox';
    expect(shown(noList(inbox, NO_ENTRY_LIST.otherView), 'en')).toEqual([undefined, 'This view is not read: open the messages waiting for your reply (on Amazon, “Response needed”).', undefined]);
    expect(shown(noList(inbox, NO_ENTRY_LIST.otherView), 'zh')).toEqual([undefined, '此视图不会被读取：请打开等待您回复的消息（亚马逊上为“Response needed”）。', undefined]);
  });

  it('says when the entries were read by meaning, not by the page part\'s own selectors', () => {
    const [, status, how] = shown(read('amazon-feedback', FEEDBACK, { ordersRead: 3, byStructure: 1 }), 'en');
    expect([status, how]).toEqual(['Read 3 orders', "Read by the page's structure: this console's layout has changed. Check a few orders against the page."]);
  });
});
