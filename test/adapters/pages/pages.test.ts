// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AnnotationRow } from '../../../lib/schema';
import type { AnnotationEntry } from '../../../lib/schema/annotation-keys';
import { ANNOTATION_PAGES } from '../../../lib/adapters/pages';
import { amazonFeedback, testUrls as amazonUrls } from '../../../lib/adapters/pages/amazon-feedback';
import { pinduoduoReviews, testUrls as pinduoduoUrls } from '../../../lib/adapters/pages/pinduoduo-reviews';
import { amazonMessages, testUrls as amazonMessagesUrls } from '../../../lib/adapters/pages/amazon-messages';
import { testUrls as douyinMessagesUrls } from '../../../lib/adapters/pages/douyin-messages';
import { testUrls as woocommerceOrderUrls } from '../../../lib/adapters/pages/woocommerce-order';
import { testUrls as shopifyOrderUrls } from '../../../lib/adapters/pages/shopify-order';
import { readEntries } from '../../../lib/adapters/pages/read';
import type { AnnotationPage } from '../../../lib/adapters/pages';
import { adapterById, ADAPTERS } from '../../../lib/adapters';

const page = (dir: string, file: string): Document => new DOMParser().parseFromString(readFileSync(`test/fixtures/${dir}/${file}`, 'utf8'), 'text/html');

describe('Pinduoduo 评价管理', () => {
  it('reads each review with its order number, stars, text and time, and counts the one without an order number', () => {
    expect(readEntries(pinduoduoReviews, page('pinduoduo-reviews', 'evaluation.2026-12.html'))).toEqual({
      rows: [
        { position: 1, orderId: '241118-258288801122334', texts: { rating: '★☆☆☆☆', review: '收到就是坏的，外壳破损，很失望', reviewedAt: '2026-11-24 19:05:12' } },
        { position: 2, orderId: '241121-258309912233445', texts: { rating: '★★★★★', review: '泡沫很丰富，味道清香，会回购', reviewedAt: '2026-11-25 08:30:00' } },
        { position: 3, orderId: '241110-258200011122233', texts: { rating: '★★☆☆☆', review: '发错颜色了，要的是薰衣草', reviewedAt: '2026-11-23 21:40:00' } },
        { position: 4, orderId: '241117-258280099887766', texts: { rating: '★★★★☆', review: '还没用，包装挺好', reviewedAt: '2026-13-45 25:00:00' } },
      ],
      unnumbered: 1,
      empty: false,
      whole: false,
      byMeaning: false,
      otherView: false,
      answered: [],
    });
  });

  it('tells an empty review list from a page whose layout changed', () => {
    const empty = new DOMParser().parseFromString('<table><tbody></tbody></table><div>暂无数据</div>', 'text/html');
    expect(readEntries(pinduoduoReviews, empty)).toEqual({ rows: [], unnumbered: 0, empty: true, whole: false, byMeaning: false, otherView: false, answered: [] });
    const changed = new DOMParser().parseFromString('<div>评价管理</div>', 'text/html');
    expect(readEntries(pinduoduoReviews, changed)).toEqual({ rows: [], unnumbered: 0, empty: false, whole: false, byMeaning: false, otherView: false, answered: [] });
  });

  it('reads a review page whose classes were all renamed the same way', () => {
    const doc = page('pinduoduo-reviews', 'evaluation.2026-12.html');
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.removeAttribute('class');
    for (const el of Array.from(doc.querySelectorAll('[data-testid]'))) el.removeAttribute('data-testid');
    expect(readEntries(pinduoduoReviews, doc).rows.map((r) => r.orderId)).toEqual(['241118-258288801122334', '241121-258309912233445', '241110-258200011122233', '241117-258280099887766']);
  });
});

describe('Amazon Feedback Manager', () => {
  it('reads each feedback row: the order from the link, the stars from the rating, the date and the comment', () => {
    expect(readEntries(amazonFeedback, page('amazon-feedback', 'feedback-manager.2026-12.html'))).toEqual({
      rows: [
        { position: 1, orderId: '113-1112223-3344455', texts: { rating: '1', review: 'Arrived broken and the bag was torn. Very disappointed.', reviewedAt: '11/25/2026' } },
        { position: 2, orderId: '111-3456789-0123456', texts: { rating: '5', review: 'Lovely soap, smells great.', reviewedAt: '11/24/2026' } },
        { position: 3, orderId: '114-0001112-2223334', texts: { rating: '2', review: 'Took two weeks to arrive.', reviewedAt: '11/23/2026' } },
        { position: 4, orderId: '112-9876543-2101234', texts: { rating: '7', review: 'OK', reviewedAt: '11/22/2026' } },
      ],
      unnumbered: 0,
      empty: false,
      whole: false,
      byMeaning: false,
      otherView: false,
      answered: [],
    });
  });

  it('never takes review text for a page\'s markup: a comment holding tags is read as text', () => {
    const doc = page('amazon-feedback', 'feedback-manager.2026-12.html');
    const cell = doc.querySelectorAll('kat-table-body kat-table-row')[1]!.children[3]!;
    cell.textContent = '<img src=x onerror=alert(1)> great';
    expect(readEntries(amazonFeedback, doc).rows[1]!.texts.review).toBe('<img src=x onerror=alert(1)> great');
  });
});

describe('Amazon Buyer-Seller Messages', () => {
  it('reads each thread awaiting a reply: its order from the subject and the buyer\'s last message time; a thread about no order is counted', () => {
    expect(readEntries(amazonMessages, page('amazon-messages', 'inbox-response-needed.2026-12.html'))).toEqual({
      rows: [
        { position: 1, orderId: '113-1112223-3344455', texts: { buyerMessage: 'Inquiry from Amazon customer Aiko Tanaka (Order: 113-1112223-3344455)', buyerMessageAt: '11/24/2026 10:15 PM PST' } },
        { position: 2, orderId: '114-0009998-8877766', texts: { buyerMessage: 'Return request for order 114-0009998-8877766', buyerMessageAt: '11/24/2026 7:02 AM PST' } },
      ],
      unnumbered: 1,
      empty: false,
      // One page of threads: an order awaiting a reply that it does not list has been answered.
      whole: true,
      byMeaning: false,
      otherView: false,
      answered: [],
    });
  });

  it('is not whole when its threads run over more than one page', () => {
    const doc = page('amazon-messages', 'inbox-response-needed.2026-12.html');
    doc.querySelector('#pagination-box .a-last')!.classList.remove('a-disabled');
    expect(readEntries(amazonMessages, doc).whole).toBe(false);
    doc.querySelector('#pagination-box .a-last')!.classList.add('a-disabled');
    doc.querySelector('#pagination-box .a-selected')!.textContent = '2';
    expect(readEntries(amazonMessages, doc).whole).toBe(false);
  });

  it('reads nothing in another view: in "All Messages" a thread\'s time may be the seller\'s reply', () => {
    const doc = page('amazon-messages', 'inbox-response-needed.2026-12.html');
    doc.getElementById('current-filter-text')!.textContent = 'All Messages';
    expect(readEntries(amazonMessages, doc)).toEqual({ rows: [], unnumbered: 0, empty: false, whole: false, byMeaning: false, otherView: true, answered: [] });
  });
});

describe('page parts', () => {
  it('send entries of the shape the background checks', () => {
    expectTypeOf<AnnotationEntry>().toEqualTypeOf<AnnotationRow>();
  });

  const urls: Record<string, { match: readonly string[]; noMatch: readonly string[] }> = { 'pinduoduo-reviews': pinduoduoUrls, 'amazon-feedback': amazonUrls, 'amazon-messages': amazonMessagesUrls, 'woocommerce-order': woocommerceOrderUrls, 'douyin-messages': douyinMessagesUrls, 'shopify-order': shopifyOrderUrls };

  it.each(ANNOTATION_PAGES.map((p) => [p.id, p] as [string, AnnotationPage]))('%s: accepts its own pages, no order list and no other part\'s page', (id, part) => {
    const own = urls[id]!;
    expect(own.match.map((u) => part.isPage(new URL(u)))).toEqual(own.match.map(() => true));
    expect(own.noMatch.map((u) => part.isPage(new URL(u)))).toEqual(own.noMatch.map(() => false));
    for (const [other, theirs] of Object.entries(urls)) if (other !== id) expect(theirs.match.filter((u) => part.isPage(new URL(u)))).toEqual([]);
    // No console's order-list script reads it: its own script does.
    for (const u of own.match) expect(ADAPTERS.filter((a) => a.isOrderList(new URL(u))).map((a) => a.id)).toEqual([]);
  });

  it('names a console whose parse rules read its times, and match patterns on that console\'s hosts only', () => {
    expect(ANNOTATION_PAGES.map((p) => [p.id, adapterById(p.console)?.marketplace])).toEqual([
      ['pinduoduo-reviews', 'pinduoduo'],
      ['amazon-feedback', 'amazon'],
      ['amazon-messages', 'amazon'],
      ['woocommerce-order', 'woocommerce'],
      ['douyin-messages', 'douyin'],
      ['shopify-order', 'shopify'],
    ]);
    expect(pinduoduoReviews.matches).toEqual(['https://mms.pinduoduo.com/goods/evaluation/*']);
    const amazonHosts = adapterById('amazon')!.matches.map((m) => new URL(m.replace('*', '')).hostname).sort();
    expect(amazonFeedback.matches.map((m) => new URL(m.replace('*', '')).hostname).sort()).toEqual(amazonHosts);
    expect(amazonMessages.matches.map((m) => new URL(m.replace('*', '')).hostname).sort()).toEqual(amazonHosts);
  });
});
