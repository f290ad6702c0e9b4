// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amazonFeedback } from '../../../lib/adapters/pages/amazon-feedback';
import { amazonMessages } from '../../../lib/adapters/pages/amazon-messages';
import { douyinMessages } from '../../../lib/adapters/pages/douyin-messages';
import { pinduoduoReviews } from '../../../lib/adapters/pages/pinduoduo-reviews';
import { readEntries } from '../../../lib/adapters/pages/read';
import type { AnnotationPage } from '../../../lib/adapters/pages/types';
import { shopifyOrder } from '../../../lib/adapters/pages/shopify-order';
import { woocommerceOrder } from '../../../lib/adapters/pages/woocommerce-order';

const saved = (dir: string, file: string): string => readFileSync(`test/fixtures/${dir}/${file}`, 'utf8');
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The page with every attribute of these names removed (a redesign that renames them all). */
function stripped(html: string, names: RegExp): Document {
  const doc = parse(html);
  for (const el of Array.from(doc.querySelectorAll('*'))) for (const attr of Array.from(el.attributes)) if (names.test(attr.name)) el.removeAttribute(attr.name);
  return doc;
}

/** Each page part's saved pages, and whether its cited selectors need a class to find every text. */
const SAVED: [string, string, AnnotationPage, boolean][] = [
  ['pinduoduo-reviews', 'evaluation.2026-12.html', pinduoduoReviews, false],
  ['amazon-feedback', 'feedback-manager.2026-12.html', amazonFeedback, true],
  ['amazon-messages', 'inbox-response-needed.2026-12.html', amazonMessages, true],
  ['douyin-messages', 'workspace-waiting.2026-12.html', douyinMessages, true],
  ['douyin-messages', 'workspace-replied.2026-12.html', douyinMessages, true],
  ['woocommerce-order', 'order-edit.2026-11.html', woocommerceOrder, true],
  ['woocommerce-order', 'order-edit-legacy-instock.2026-11.html', woocommerceOrder, false],
  ['shopify-order', 'order-1008.2026-11.html', shopifyOrder, false],
  ['shopify-order', 'order-1011.2026-11.html', shopifyOrder, false],
];

describe('review, message and order pages with every class removed', () => {
  it.each(SAVED)('%s/%s reads the same entries, and says it read some by meaning', (dir, file, part, needsClasses) => {
    const html = saved(dir, file);
    const cited = readEntries(part, parse(html));
    const bare = readEntries(part, stripped(html, /^class$/));
    expect([bare.rows, bare.unnumbered, bare.empty, bare.answered]).toEqual([cited.rows, cited.unnumbered, cited.empty, cited.answered]);
    expect([cited.byMeaning, bare.byMeaning]).toEqual([false, needsClasses]);
  });

  it('the saved pages hold entries to compare: a read of nothing would pass the check above', () => {
    expect(SAVED.map(([dir, file, part]) => readEntries(part, parse(saved(dir, file))).rows.length)).toEqual([4, 4, 2, 3, 2, 1, 0, 1, 1]);
  });

  it('Douyin 飞鸽 after a reply: the answered orders are the same with every class removed, from 最近 and from the open conversation', () => {
    const html = saved('douyin-messages', 'workspace-replied.2026-12.html');
    // 阿May's row in 最近 names 6938812345678901006; the open conversation, last written by the seller, 6938812345678901002.
    expect(readEntries(douyinMessages, stripped(html, /^class$/)).answered).toEqual(['6938812345678901006', '6938812345678901002']);
    // The seller's message taken away: the buyer wrote last, so only the row in 最近 is answered.
    const unanswered = html.replace(/<div data-qa-id="qa-message-warpper"><div data-id="7302211000000000002">[\s\S]*?<\/pre><\/div><\/div><span[^>]*>12-06 18:40<\/span><\/div><\/div><\/div>/, '');
    expect(unanswered).not.toBe(html);
    expect(readEntries(douyinMessages, stripped(unanswered, /^class$/)).answered).toEqual(['6938812345678901006']);
    // With neither a 待回复 part nor a row marked .current (a redesigned list), a row in 最近 says nothing.
    const redesigned = html.replaceAll('.current"', '.recent"');
    expect(readEntries(douyinMessages, stripped(redesigned, /^class$/)).answered).toEqual(['6938812345678901002']);
  });
});

describe('review and message lists whose entry selectors all fail (classes, data attributes and list ids renamed, tables drawn with divs)', () => {
  const redesign = (html: string): Document =>
    stripped(
      html
        .replace(/id="threads-list"/, '')
        .replace(/kat-table-body/g, 'kat-table-rows')
        .replace(/<(\/?)(?:table|thead|tbody|tr|td|th)\b/g, '<$1div'),
      /^(?:class|data-.*)$/,
    );

  it.each(SAVED.slice(0, 4))('%s/%s finds each entry as the repeated element holding one order number', (dir, file, part) => {
    const html = saved(dir, file);
    const cited = readEntries(part, parse(html));
    const bare = readEntries(part, redesign(html));
    expect(bare.rows).toEqual(cited.rows);
    expect([bare.unnumbered, bare.byMeaning]).toEqual([cited.unnumbered, true]);
  });

  it('Douyin: a conversation of 最近 naming an order, with no wait shown, is not read as waiting', () => {
    const html = saved('douyin-messages', 'workspace-waiting.2026-12.html');
    expect(readEntries(douyinMessages, redesign(html)).rows.map((r) => r.orderId)).not.toContain('6938812345678901006');
  });

  it('one order number on a whole page is no list: nothing is read by meaning', () => {
    const doc = parse('<main><h2>Recent Feedback</h2><div><span>11/25/2026</span><span>113-1112223-3344455</span><span>Broken</span></div></main>');
    expect(readEntries(amazonFeedback, doc)).toEqual({ rows: [], unnumbered: 0, empty: false, whole: false, byMeaning: false, otherView: false, answered: [] });
  });

  it('never takes a button\'s words for an entry\'s comment', () => {
    const html = saved('amazon-feedback', 'feedback-manager.2026-12.html').replace('<kat-table-cell>OK</kat-table-cell>', '<kat-table-cell></kat-table-cell>');
    const row = readEntries(amazonFeedback, redesign(html)).rows.find((r) => r.orderId === '112-9876543-2101234');
    expect(row?.texts).toEqual({ rating: '7', reviewedAt: '11/22/2026' });
  });
});

describe('a page showing one entry, its selectors all failing: read by meaning only where the page proves it is an entry', () => {
  /** The saved page with only the entries whose text includes `keep`, then redesigned (classes, data attributes, list ids gone, tables as divs). */
  const alone = (html: string, entries: string, keep: string): Document => {
    const doc = parse(html);
    for (const el of Array.from(doc.querySelectorAll(entries))) if (!(el.textContent ?? '').includes(keep)) el.remove();
    const redesigned = doc.documentElement.outerHTML.replace(/id="threads-list"/, '').replace(/<(\/?)(?:table|thead|tbody|tr|td|th)\b/g, '<$1div');
    return stripped(redesigned, /^(?:class|data-.*)$/);
  };

  it('Pinduoduo: one review, its number after 订单编号 and its stars under 用户评价分, reads as the saved page reads it', () => {
    const doc = alone(saved('pinduoduo-reviews', 'evaluation.2026-12.html'), 'tbody tr', '241118-258288801122334');
    expect(readEntries(pinduoduoReviews, doc)).toEqual({
      rows: [{ position: 1, orderId: '241118-258288801122334', texts: { rating: '★☆☆☆☆', review: '收到就是坏的，外壳破损，很失望', reviewedAt: '2026-11-24 19:05:12' } }],
      unnumbered: 0,
      empty: false,
      whole: false,
      byMeaning: true,
      otherView: false,
      answered: [],
    });
  });

  it('Amazon: one thread awaiting a reply, its subject naming "(Order: …)" beside its time', () => {
    const doc = alone(saved('amazon-messages', 'inbox-response-needed.2026-12.html'), '#threads-list > *', '113-1112223-3344455');
    expect(readEntries(amazonMessages, doc).rows).toEqual([
      { position: 1, orderId: '113-1112223-3344455', texts: { buyerMessage: 'Inquiry from Amazon customer Aiko Tanaka (Order: 113-1112223-3344455)', buyerMessageAt: '11/24/2026 10:15 PM PST' } },
    ]);
  });

  it('reads no entry from a lone number without its label, without a rating or time beside it, or in a page part that proves none', () => {
    const none = { rows: [], unnumbered: 0, empty: false, whole: false, byMeaning: false, otherView: false, answered: [] };
    // The label, but no stars: an order named in a notice.
    expect(readEntries(pinduoduoReviews, parse('<main><h2>评价管理</h2><div><div>订单编号：241118-258288801122334</div><div>已申请平台介入</div></div></main>'))).toEqual(none);
    // Stars, but no label: a number shown for another reason.
    expect(readEntries(pinduoduoReviews, parse('<main><div><div>241118-258288801122334</div><div>用户评价分 ★☆☆☆☆</div></div></main>'))).toEqual(none);
    // The label in the page's header, the stars far from it (the page's own summary).
    const far = '<main><header><div><div><p><span>订单编号：241118-258288801122334</span></p></div></div></header><section><div>用户评价分 ★★★★★</div></section></main>';
    expect(readEntries(pinduoduoReviews, parse(far))).toEqual(none);
    // Near it, but in a block showing a page's worth of lines: no row is that long.
    const lines = Array.from({ length: 16 }, (_, i) => `<div>商品 ${i + 1}</div>`).join('');
    expect(readEntries(pinduoduoReviews, parse(`<main><div><div>订单编号：241118-258288801122334</div>${lines}<div>用户评价分 ★★★★★</div></div></main>`))).toEqual(none);
    // Amazon: a date beside "Order ID" alone, a sentence not naming the order by its label.
    const amazon = readEntries(amazonMessages, parse('<span id="current-filter-text">Response needed</span><div><span>Refund issued to 113-1112223-3344455</span><span>11/24/2026</span></div>'));
    expect([amazon.rows, amazon.byMeaning]).toEqual([[], false]);
    // Douyin 飞鸽 proves no lone entry: a single waiting row naming an order is not read by meaning.
    expect(readEntries(douyinMessages, parse('<div><div><span>小雨点</span><span>订单号 6938812399999999999 还没收到</span></div><div>20小时</div></div>')).rows).toEqual([]);
  });
});
