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
 */
import type { AnnotationPage, PageTestUrls } from './types';

const HOST = 'im.jinritemai.com';

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
    orderId: { select: ['[class*="msgContent"]'], pattern: /(?<!\d)(\d{19})(?!\d)/ },
    // How long the buyer has waited, "45秒" (files 61462113784, 31014845741), seen 2026-12-06.
    buyerMessageAt: { pattern: /^(\d{1,4}\s*(?:秒|分钟|小时))$/m, elapsed: true },
    // The buyer's last message (file 61462113784), seen 2026-12-06.
    // By shape: the line naming the order is the buyer's message.
    buyerMessage: { select: ['[class*="msgContent"]'], shape: /^(.*(?<!\d)\d{19}(?!\d).*)$/m },
  },
  // A Douyin order number, 19 digits; a row waits only while it shows its wait (files 61462113784, 31014845741), seen 2026-12-06.
  meaning: { orderNumber: /(?<!\d)(\d{19})(?!\d)/, requires: 'buyerMessageAt' },
  // The 待回复 part shown with no row in it (files 61462113784, 56512082560), seen 2026-12-06.
  emptyLists: ['#chantListScrollArea .pigeonChatNotScrollBox'],
};

export const testUrls: PageTestUrls = {
  match: ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'https://im.jinritemai.com/pc_seller_v2/main/workspace?fromOrder=6938812345678901002'],
  noMatch: ['https://fxg.jinritemai.com/ffa/morder/order/list', 'https://im.jinritemai.com/pc_seller_v2/main/setting', 'http://im.jinritemai.com/pc_seller_v2/main/workspace'],
};
