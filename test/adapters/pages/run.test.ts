// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { amazonFeedback } from '../../../lib/adapters/pages/amazon-feedback';
import { amazonMessages } from '../../../lib/adapters/pages/amazon-messages';
import { douyinMessages } from '../../../lib/adapters/pages/douyin-messages';
import { pinduoduoReviews } from '../../../lib/adapters/pages/pinduoduo-reviews';
import { RENDERED_MS, runAnnotationPage } from '../../../lib/adapters/pages/run';
import type { AnnotationPage } from '../../../lib/adapters/pages/types';
import { Message } from '../../../lib/schema';

const FEEDBACK = 'https://sellercentral.amazon.com/feedback-manager/index.html';
const REVIEWS = 'https://mms.pinduoduo.com/goods/evaluation/index';
const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const bodyOf = (dir: string, file: string): string => /<body>([\s\S]*)<\/body>/.exec(readFileSync(`test/fixtures/${dir}/${file}`, 'utf8'))![1]!;

/** A content script context that lives for one test (timers through the page's, as WXT's does). */
const ending: (() => void)[] = [];
function context(): ContentScriptContext {
  const ctx = {
    isValid: true,
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    onInvalidated: (fn: () => void) => void ending.push(fn),
    addEventListener: () => undefined,
  };
  ending.push(() => void (ctx.isValid = false));
  return ctx as unknown as ContentScriptContext;
}

let sent: unknown[];
beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => void sent.push(message));
});
afterEach(() => {
  for (const end of ending.splice(0)) end();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The page part's script on `url` showing `html`: what it has sent, each checked as the background checks it, after `ms`. */
async function run(part: AnnotationPage, url: string, html: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  runAnnotationPage(part, context());
  return async (ms: number) => {
    await vi.advanceTimersByTimeAsync(ms);
    return sent.map((m) => Message.parse(m));
  };
}

describe('a review or message page\'s script says what it found, never nothing', () => {
  it('says no review list was found once the page had time to render, and not before', async () => {
    const after = await run(amazonFeedback, FEEDBACK, '<div id="sc-content-container"><h2>Feedback Manager</h2></div>');
    expect(await after(RENDERED_MS - 100)).toEqual([]);
    const [status] = await after(200);
    expect(status).toMatchObject({ type: 'page.status', status: { kind: 'unsupported', url: FEEDBACK, reason: 'no review list' } });
  });

  it('reads a list that renders late instead of calling it missing', async () => {
    const after = await run(amazonFeedback, FEEDBACK, '<div id="sc-content-container"></div>');
    await after(1_000);
    document.getElementById('sc-content-container')!.innerHTML = bodyOf('amazon-feedback', 'feedback-manager.2026-12.html');
    const messages = await after(RENDERED_MS);
    expect(messages.map((m) => [m.type, m.type === 'orders.annotated' ? m.rows.length : 0])).toEqual([['orders.annotated', 4]]);
  });

  it('says which view is read when the inbox shows another, as soon as it settles', async () => {
    const inbox = 'https://sellercentral.amazon.com/messaging/inbox';
    const after = await run(amazonMessages, inbox, bodyOf('amazon-messages', 'inbox-response-needed.2026-12.html').replace('>Response needed<', '>All Messages<'));
    expect(await after(500)).toMatchObject([{ type: 'page.status', status: { kind: 'unsupported', url: inbox, reason: 'not the view read' } }]);
  });

  it('says a page showing its own word for none has no reviews, as soon as it settles', async () => {
    const after = await run(pinduoduoReviews, REVIEWS, '<table><tbody></tbody></table><div>暂无数据</div>');
    expect(await after(500)).toMatchObject([{ type: 'page.status', status: { kind: 'read', adapter: 'pinduoduo-reviews', ordersRead: 0, rowsSkipped: 0 } }]);
  });

  it('says no messages wait when the 待回复 part is shown with no row', async () => {
    const html = bodyOf('douyin-messages', 'workspace-waiting.2026-12.html').replace(/(<div class="pigeonChatNotScrollBox">)[\s\S]*?(<\/div>\s*<div class="pigeonChatScrollBox">)/, '$1<div class="group-title-Zp1">待回复 (0)</div></div>$2');
    const after = await run(douyinMessages, FEIGE, html);
    expect(await after(500)).toMatchObject([{ type: 'page.status', status: { kind: 'read', adapter: 'douyin-messages', ordersRead: 0 } }]);
  });

  it('says when it read by meaning: the saved feedback page with every class removed', async () => {
    const after = await run(amazonFeedback, FEEDBACK, bodyOf('amazon-feedback', 'feedback-manager.2026-12.html').replace(/ class="[^"]*"/g, ''));
    const [message, ...more] = await after(500);
    expect(more).toEqual([]);
    expect(message).toMatchObject({ type: 'orders.annotated', page: 'amazon-feedback', byMeaning: true });
    expect(message?.type === 'orders.annotated' && message.rows.map((r) => [r.orderId, r.texts.rating])).toEqual([
      ['113-1112223-3344455', '1'],
      ['111-3456789-0123456', '5'],
      ['114-0001112-2223334', '2'],
      ['112-9876543-2101234', '7'],
    ]);
  });
});
