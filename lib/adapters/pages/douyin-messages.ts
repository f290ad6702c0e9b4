/**
 * Douyin 抖店 › 飞鸽 customer-service workbench (im.jinritemai.com/pc_seller_v2/main/workspace), its
 * conversation list's 待回复 part: each row is a buyer still waiting for the seller, with how long
 * they have waited ("45秒", "12分钟", "26小时"). A row names no order: only where its last message
 * shows a Douyin order number (a buyer pasting it) is the wait put on that order; every other
 * waiting buyer is counted in the read's health, never matched by name.
 *
 * Public evidence, seen 2026-12-06 (file ids are the session search index's):
 * - the address `https://im.jinritemai.com/pc_seller_v2/main/workspace` (RPA and customer-service
 *   bots, files 56065040197, 63261265370, 71259105834, 11629688002);
 * - the list: rows `[data-qa-id="qa-conversation-chat-item"]` inside `#chantListScrollArea`, the
 *   rows awaiting a reply in `.pigeonChatNotScrollBox` (the 待回复 part, the rest in
 *   `.pigeonChatScrollBox`) or marked by a `data-btm-id` ending `.current`, the buyer's name in a
 *   `nameLine` element's title, the last message in `msgContent`, the wait as a relative time
 *   ("45秒") in the row's last part (files 61462113784, 63104694165, 56512082560, 69795048915);
 * - a waiting row is told by that time's 秒 / 分钟 / 小时 (auto-reply scripts pick the rows to
 *   answer by it, files 31014845741, 56512082560).
 *
 * A thread is read as answered where the page shows it no longer waits, seen 2026-12-07 (file
 * 61462113784, selectors its author "confirmed from live DOM"):
 * - while the list has its 待回复 part or rows marked `.current`, rows in the rest (`.pigeonChatScrollBox`,
 *   `data-btm-id` ending `.recent`) are not awaiting the seller; in a redesigned list every row is
 *   `.recent`, waiting or not, so without either no row says anything;
 * - the open conversation's messages are `[data-qa-id="qa-message-warpper"]`, each bubble marked
 *   `messageIsMe` (the seller's side, laid out `row-reverse`) or `messageNotMe` (the buyer's, `row`), its
 *   text in a `pre`: a thread whose last message is the seller's has been answered, for every order
 *   its buyer named in it;
 * - the open conversation's buyer is named in `#topbar-left-info` (its first short text that is not
 *   添加备注), as a row's name is its `nameLine`'s title: a waiting row whose last message names no
 *   order takes the last order its buyer named in the open conversation.
 */
import { linesOf } from './read';
import type { AnnotationPage, PageTestUrls } from './types';

const HOST = 'im.jinritemai.com';
/** A Douyin order number, 19 digits, within a message. */
const ORDER_NUMBER = /(?<!\d)(\d{19})(?!\d)/;
const ORDER_NUMBERS = /(?<!\d)(\d{19})(?!\d)/g;

/** The open conversation's messages, oldest first, as [written by the seller, text] (file 61462113784), seen 2026-12-07. */
function thread(doc: Document): [boolean, string][] {
  const bubbles = Array.from(doc.querySelectorAll('[data-qa-id="qa-message-warpper"] [class*="messageIsMe"], [data-qa-id="qa-message-warpper"] [class*="messageNotMe"]'));
  if (bubbles.length === 0) return threadBySide(doc);
  return bubbles.flatMap((b): [boolean, string][] => {
    const mine = /(?:^|\s)messageIsMe(?:\s|$)/.test(b.className);
    return mine || /(?:^|\s)messageNotMe(?:\s|$)/.test(b.className) ? [[mine, linesOf(b)]] : [];
  });
}

/**
 * The same without the bubbles' classes (renamed): a message is a wrapper's `[data-id]` child (a system
 * line has none), the seller's drawn on the right, its row laid out `flex-direction: row-reverse`, the
 * buyer's `row` (file 61462113784, selectors "confirmed from live DOM"), seen 2026-12-07.
 */
function threadBySide(doc: Document): [boolean, string][] {
  const view = doc.defaultView;
  const reversed = (el: Element): boolean => (el as HTMLElement).style?.flexDirection === 'row-reverse' || view?.getComputedStyle(el).flexDirection === 'row-reverse';
  return Array.from(doc.querySelectorAll('[data-qa-id="qa-message-warpper"] > [data-id]'), (message): [boolean, string] => {
    const text = Array.from(message.querySelectorAll('pre'), linesOf).join('\n');
    return [Array.from(message.querySelectorAll('*')).some(reversed), text === '' ? linesOf(message) : text];
  });
}

/** The order numbers the buyer named in the open conversation, oldest first. */
const namedByBuyer = (messages: [boolean, string][]): string[] =>
  messages.flatMap(([mine, text]) => (mine ? [] : Array.from(text.matchAll(ORDER_NUMBERS), (m) => m[1] ?? '').filter((id) => id !== '')));

/** The open conversation's buyer: the header's first short text that is not its 添加备注 action (file 61462113784), seen 2026-12-07. */
function openBuyer(doc: Document): string | undefined {
  const header = doc.getElementById('topbar-left-info');
  if (header === null) return undefined;
  const leaves = [header, ...Array.from(header.querySelectorAll('div, span'))].filter((el) => el.children.length === 0);
  return leaves.map((el) => (el.textContent ?? '').trim()).find((t) => t !== '' && t !== '添加备注' && t.length <= 60);
}

export const douyinMessages: AnnotationPage = {
  id: 'douyin-messages',
  console: 'douyin',
  kind: 'messages',
  matches: [`https://${HOST}/pc_seller_v2/*`],
  isPage: (url) => url.protocol === 'https:' && url.hostname === HOST && /^\/pc_seller_v2\/main\/workspace\/?$/.test(url.pathname),
  entries: [
    // The 待回复 part of the list (files 61462113784, 56512082560), seen 2026-12-06.
    '#chantListScrollArea .pigeonChatNotScrollBox [data-qa-id="qa-conversation-chat-item"]',
    // Rows of the 当前会话 tab marked awaiting (file 61462113784), seen 2026-12-06.
    '#chantListScrollArea [data-qa-id="qa-conversation-chat-item"][data-btm-id$=".current"]',
  ],
  fields: {
    // A Douyin order number (19 digits) in the buyer's last message (file 61462113784: msgContent), seen 2026-12-06.
    orderId: { select: ['[class*="msgContent"]'], pattern: ORDER_NUMBER },
    // How long the buyer has waited, "45秒" (files 61462113784, 31014845741), seen 2026-12-06.
    buyerMessageAt: { pattern: /^(\d{1,4}\s*(?:秒|分钟|小时))$/m, elapsed: true },
    // The buyer's last message (file 61462113784), seen 2026-12-06.
    // By shape: the line naming the order is the buyer's message.
    buyerMessage: { select: ['[class*="msgContent"]'], shape: /^(.*(?<!\d)\d{19}(?!\d).*)$/m },
  },
  // A Douyin order number, 19 digits; a row waits only while it shows its wait (files 61462113784, 31014845741), seen 2026-12-06.
  meaning: { orderNumber: ORDER_NUMBER, requires: 'buyerMessageAt' },
  // The 待回复 part shown with no row in it (files 61462113784, 56512082560), seen 2026-12-06.
  emptyLists: ['#chantListScrollArea .pigeonChatNotScrollBox'],
  answered(doc) {
    const ids: string[] = [];
    // Rows outside 待回复 (in .pigeonChatScrollBox, or marked `.recent`), only while the list has that part or rows
    // marked `.current`: a redesigned list marks every row `.recent` and has neither (file 61462113784), seen 2026-12-07.
    const list = '#chantListScrollArea [data-qa-id="qa-conversation-chat-item"]';
    if (doc.querySelector('#chantListScrollArea .pigeonChatNotScrollBox') !== null || doc.querySelector(`${list}[data-btm-id$=".current"]`) !== null) {
      const rows = new Set(doc.querySelectorAll(`#chantListScrollArea .pigeonChatScrollBox [data-qa-id="qa-conversation-chat-item"], ${list}[data-btm-id$=".recent"]`));
      for (const row of rows) {
        // The last message (msgContent); where that class is renamed, the row's own text.
        const id = ORDER_NUMBER.exec(linesOf(row.querySelector('[class*="msgContent"]') ?? row))?.[1];
        if (id !== undefined) ids.push(id);
      }
    }
    // The open conversation, when its last message is the seller's (file 61462113784), seen 2026-12-07.
    const messages = thread(doc);
    if (messages.at(-1)?.[0] === true) ids.push(...namedByBuyer(messages));
    return ids;
  },
  // A waiting row naming no order, when it is the open conversation: the last order its buyer named there.
  orderOf(entry, doc) {
    const name = entry.querySelector('[class*="nameLine"]')?.getAttribute('title')?.trim();
    return name !== undefined && name !== '' && name === openBuyer(doc) ? namedByBuyer(thread(doc)).at(-1) : undefined;
  },
};

export const testUrls: PageTestUrls = {
  match: ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'https://im.jinritemai.com/pc_seller_v2/main/workspace?fromOrder=6938812345678901002'],
  noMatch: ['https://fxg.jinritemai.com/ffa/morder/order/list', 'https://im.jinritemai.com/pc_seller_v2/main/setting', 'http://im.jinritemai.com/pc_seller_v2/main/workspace'],
};
