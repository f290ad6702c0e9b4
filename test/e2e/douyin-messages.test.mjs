// Douyin 抖店's 飞鸽 customer-service workbench, served at its real URL: the seller reads the order
// list first, then opens the workbench. Only its 待回复 list shows that a buyer has waited 26 hours
// with no reply (the buyer's message names the order), so only then does the built extension open
// message-unanswered on that order: past Douyin's 24 hours, P1. A buyer who waited 12 minutes gets
// no case; a buyer naming an order not read yet waits for it; a buyer naming no order is counted.
// Once the seller answers (the thread ends with the reply), the case clears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, popupPageStatus, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const ORDER_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const WORKSPACE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const WORKSPACE_LATER = `${WORKSPACE}?later=1`;
const WAITED = '6938812345678901002';
const JUST_ASKED = '6938812345678901001';
const NOT_READ = '6938812399999999999';
const HOUR = 3_600_000;

test('Douyin 飞鸽 workbench: a buyer waiting 26 hours for a reply raises message-unanswered (P1) on the order read from the order list', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ORDER_LIST]: fixture('douyin', 'order-list.2026-11.html'),
      [WORKSPACE]: fixture('douyin-messages', 'workspace-waiting.2026-12.html'),
      [WORKSPACE_LATER]: fixture('douyin-messages', 'workspace-replied.2026-12.html'),
    });
    const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
    const messageCases = async (id) =>
      (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.orderId === id && c.detector === 'message-unanswered').map((c) => [c.detector, c.severity, c.explanation.en]);

    const list = await b.context.newPage();
    await list.goto(ORDER_LIST);
    await readBadges(list);
    const fromList = await until(async () => (await orders()).find((o) => o.orderId === WAITED));
    assert.deepEqual([fromList.status, fromList.buyerMessageAt], ['shipped', undefined]);
    assert.deepEqual(await messageCases(WAITED), []);

    const openedAt = Date.now();
    const workspace = await b.context.newPage();
    await workspace.goto(WORKSPACE);
    const waited = await until(async () => {
      const o = (await orders()).find((x) => x.orderId === WAITED);
      return o?.buyerMessageAt === undefined ? undefined : o;
    });
    // "26小时": 26 hours before the workbench was read.
    const before = openedAt - waited.buyerMessageAt;
    assert.ok(before >= 26 * HOUR - 1000 && before <= 26 * HOUR + 60_000, `26 h before the read, got ${before} ms`);
    assert.deepEqual([waited.sellerReplyAt, waited.buyerMessage, waited.buyer], [undefined, '订单6938812345678901002显示已发货，物流三天没动了，麻烦查一下', '清风徐来']);
    assert.deepEqual(await until(async () => ((await messageCases(WAITED)).length > 0 ? messageCases(WAITED) : undefined)), [
      ['message-unanswered', 'P1', 'The buyer wrote with no reply since; Douyin expects a reply within 24 h — the window has passed.'],
    ]);
    // Twelve minutes of waiting is well inside the window: its time is kept, no case.
    const asked = (await orders()).find((o) => o.orderId === JUST_ASKED);
    assert.ok(openedAt - asked.buyerMessageAt >= 12 * 60_000 - 1000 && openedAt - asked.buyerMessageAt <= 13 * 60_000);
    assert.deepEqual(await messageCases(JUST_ASKED), []);
    assert.equal((await orders()).some((o) => o.orderId === NOT_READ), false);
    assert.equal(await popupPageStatus(b, WORKSPACE), 'Read 3 orders, 1 row skipped:');

    await list.reload();
    const badges = await readBadges(list, { atLeast: 2 });
    assert.deepEqual(badges.filter(([id]) => id === WAITED).find(([, detector]) => detector === 'message-unanswered'), [WAITED, 'message-unanswered', 'P1']);
    const text = await list.locator(`[data-os-order-id="${WAITED}"]`).evaluate((host) => host.shadowRoot.querySelector('.badge').textContent);
    assert.match(text, /^P1 Unanswered message · /);

    // The seller answers: the conversation leaves 待回复 and its thread ends with the seller's reply. The case clears.
    const readAt = Date.now();
    await workspace.goto(WORKSPACE_LATER);
    const answered = await until(async () => {
      const o = (await orders()).find((x) => x.orderId === WAITED);
      return o?.sellerReplyAt === undefined ? undefined : o;
    });
    assert.ok(answered.sellerReplyAt >= readAt && answered.sellerReplyAt <= Date.now(), 'answered by the time the workbench was read');
    const cleared = await until(async () => {
      const c = (await readStore(b.worker, [['cases', 'getAll']]))[0].find((x) => x.orderId === WAITED && x.detector === 'message-unanswered');
      return c?.conditionCleared ? c : undefined;
    });
    assert.equal(cleared.conditionCleared, true);
    // The buyer still waiting keeps the time of the wait read.
    assert.equal((await orders()).find((o) => o.orderId === JUST_ASKED).sellerReplyAt, undefined);
    await list.reload();
    await list.waitForTimeout(1500);
    assert.deepEqual(
      await list.locator(`[data-os-order-id="${WAITED}"]`).evaluateAll((hosts) => hosts.map((h) => h.shadowRoot.querySelector('.badge')?.textContent ?? '').filter((t) => t.includes('Unanswered'))),
      [],
    );
  }));

test('Douyin 飞鸽 workbench: read health says an empty 待回复 part has no messages waiting, and a list without it that its layout may have changed', () =>
  withExtension(async (b) => {
    const saved = fixture('douyin-messages', 'workspace-waiting.2026-12.html');
    const CHANGED = `${WORKSPACE}?fromOrder=${WAITED}`;
    await serveFixtures(b.context, {
      [WORKSPACE]: saved.replace(/(<div class="pigeonChatNotScrollBox">)[\s\S]*?(<\/div>\s*<div class="pigeonChatScrollBox">)/, '$1<div class="group-title-Zp1">待回复 (0)</div></div>$2'),
      // A workbench drawn without the 待回复 part, its rows marked otherwise: nothing here says whether a buyer waits.
      [CHANGED]: saved.replace(/<div class="pigeonChatNotScrollBox">[\s\S]*?<div class="pigeonChatScrollBox">/, '<div class="pigeonChatScrollBox">'),
    });
    for (const url of [WORKSPACE, CHANGED]) await (await b.context.newPage()).goto(url);
    const healthOnce = (url, expected) => until(async () => ((await popupPageStatus(b, url)) === expected ? expected : undefined));
    const none = 'No messages waiting for your reply on this page.';
    assert.equal(await healthOnce(WORKSPACE, none), none);
    const changed = 'No message list found on this page: the layout may have changed.';
    assert.equal(await healthOnce(CHANGED, changed), changed);
  }));
