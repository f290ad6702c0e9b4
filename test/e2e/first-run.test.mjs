// First run on a fresh profile, as a new seller meets it, in English and in Chinese: the console
// tabs are open before the extension is installed (one of them failed to load), the extension is
// installed into the running browser, the welcome page opens in the browser's language, the open
// console is read without a reload, the failed tab says "reload this tab to start" and its button
// reads it, the row badges and the case match the saved page, and a note is kept on the case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, expectedRows, expectedUnpaidReminders, fixture, readBadges, readStore, sidePanelCases } from './browser.mjs';
import { CONSOLES } from './consoles.mjs';

const SOLD_ITEMS = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const TMALL_SOLD_ITEMS = 'https://trade.tmall.com/trade/itemlist/list_sold_items.htm';
// The saved page's late order (paid 2026-11-20, long past 48 h) and its unpaid one (placed 2026-11-23).
const LATE_ORDER = '3712804412345678901';

// Severity words come from the message files (their wording is the language pages' to settle).
const severity = (locale, s) => {
  const file = new URL(`../../public/_locales/${locale === 'zh-CN' ? 'zh_CN' : 'en'}/messages.json`, import.meta.url);
  return `${JSON.parse(readFileSync(file, 'utf8'))[`severity${s}`].message} (${s})`;
};

const TEXTS = {
  'en-US': {
    title: 'Welcome to Order Sentinel',
    taobao: 'Taobao / Tmall sold items',
    otherAmazon: '14 more addresses',
    step2: `An order that needs you gets a badge on its row: ${severity('en-US', 'P1')}, ${severity('en-US', 'P2')} or ${severity('en-US', 'P3')}. Click a badge to open its case.`,
    privacy: 'Privacy: what is kept, and where',
    privacyHeadings: ['What is read', 'What is kept on this computer', 'What your browser syncs', 'What is sent'],
    read: 'Read 6 orders',
    reload: 'Not read yet: reload this tab to start.',
    reloadButton: 'Reload this tab',
    empty: 'The order list on this page is empty.',
    panel: 'Order Sentinel',
    note: 'Called the buyer, shipping today',
  },
  'zh-CN': {
    title: '欢迎使用订单哨兵',
    taobao: '淘宝/天猫 已卖出的宝贝',
    otherAmazon: '另外 14 个地址',
    step2: `需要您处理的订单，所在行会出现标记：${severity('zh-CN', 'P1')}、${severity('zh-CN', 'P2')} 或 ${severity('zh-CN', 'P3')}。点击标记即可打开对应的事项。`,
    privacy: '隐私说明：保存哪些内容、保存在哪里',
    privacyHeadings: ['读取哪些内容', '保存在本机的内容', '由浏览器同步的内容', '发送哪些内容'],
    read: '已读取 6 个订单',
    reload: '尚未读取：请刷新此标签页以开始。',
    reloadButton: '刷新此标签页',
    empty: '此页面的订单列表为空。',
    panel: '订单哨兵',
    note: '已联系买家，今天发货',
  },
};

/**
 * A fresh profile in `locale` without the extension, so tabs can be opened before it is
 * installed. Playwright turns extensions off unless told not to; installing one into a running
 * browser over the DevTools protocol needs --enable-unsafe-extension-debugging.
 */
async function freshBrowser(locale) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'os-first-run-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale,
    viewport: { width: 1400, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--enable-unsafe-extension-debugging', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async install() {
      const cdp = await context.browser().newBrowserCDPSession();
      const welcomeOpens = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 15_000 });
      const { id } = await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`))
        ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${id}/`) }));
      return { extensionId: id, worker, welcome: await welcomeOpens };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The popup as a page about the tab showing `url`: its "this page" paragraph, once it says `expected`. */
async function popupFor(context, worker, extensionId, url) {
  const [tab] = await worker.evaluate((u) => chrome.tabs.query({ url: u }), url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab.id}`);
  return popup;
}

for (const [locale, text] of Object.entries(TEXTS)) {
  test(`first run (${locale}): welcome page, open console read without a reload, badges, a case and a note`, async () => {
    const b = await freshBrowser(locale);
    try {
      // Before the install: the sold-items list loaded, and Tmall's failed to load (the tab shows an error page).
      let tmallUp = false;
      await b.context.route(SOLD_ITEMS, (r) => r.fulfill({ body: fixture('taobao', 'sold-items.2026-11.html'), contentType: 'text/html; charset=utf-8' }));
      await b.context.route(TMALL_SOLD_ITEMS, (r) =>
        tmallUp ? r.fulfill({ body: fixture('taobao', 'sold-items-empty.2026-11.html'), contentType: 'text/html; charset=utf-8' }) : r.abort('connectionreset'),
      );
      const consolePage = await b.context.newPage();
      await consolePage.goto(SOLD_ITEMS);
      await consolePage.evaluate(() => (window.__openedBeforeInstall = true));
      const tmallPage = await b.context.newPage();
      await tmallPage.goto(TMALL_SOLD_ITEMS).catch(() => undefined);

      const { extensionId, worker, welcome } = await b.install();

      // The welcome page, in the browser's language.
      await welcome.waitForSelector('[data-testid="welcome-tour"] li');
      assert.equal(await welcome.textContent('h1'), text.title);
      assert.equal(await welcome.evaluate(() => document.documentElement.lang), locale === 'zh-CN' ? 'zh-CN' : 'en');
      // Every console the build reads with a script of its own (the tests' build carries the demo console), in the registry's order.
      assert.deepEqual(
        await welcome.$$eval('[data-console]', (items) => items.map((li) => li.dataset.console)),
        CONSOLES.map((c) => c.id),
      );
      assert.equal(CONSOLES[0].id, 'demo');
      assert.equal(await welcome.textContent('[data-console="taobao"] strong'), text.taobao);
      assert.deepEqual(
        await welcome.$$eval('[data-console="taobao"] a', (links) => links.map((a) => a.href)),
        ['https://trade.taobao.com/trade/itemlist/', 'https://trade.tmall.com/trade/itemlist/', 'https://myseller.taobao.com/', 'https://qn.taobao.com/'],
      );
      assert.equal(await welcome.textContent('[data-console="amazon"] summary'), text.otherAmazon);
      assert.equal(await welcome.locator('[data-testid="welcome-never"] li').count(), 3);
      assert.equal(await welcome.locator('[data-testid="welcome-tour"] li').count(), 3);
      assert.equal(await welcome.textContent('[data-testid="welcome-tour"] li:nth-child(2) span'), text.step2);
      assert.equal(await welcome.textContent('[data-testid="welcome-privacy"]'), text.privacy);
      await welcome.click('[data-testid="welcome-privacy"]');
      await welcome.waitForSelector('[data-testid="privacy"] section h2');
      assert.deepEqual(await welcome.$$eval('[data-testid="privacy"] h2', (h) => h.map((e) => e.textContent)), text.privacyHeadings);

      // The console tab open before the install is read and badged as it is, without a reload.
      const expected = expectedRows(
        [[LATE_ORDER, 'ship-deadline', 'P1']],
        expectedUnpaidReminders({ '3712845566677788899': Date.UTC(2026, 10, 24, 14, 5, 33) }),
      );
      assert.deepEqual(await readBadges(consolePage, { atLeast: expected.length }), expected);
      assert.equal(await consolePage.evaluate(() => window.__openedBeforeInstall), true);
      const popup = await popupFor(b.context, worker, extensionId, SOLD_ITEMS);
      assert.equal(await popup.textContent('[data-testid="page-status"]'), text.read);
      await popup.close();

      // The tab that had failed to load has nothing to read yet: the popup says to reload it, never "not supported".
      const tmallPopup = await popupFor(b.context, worker, extensionId, TMALL_SOLD_ITEMS);
      assert.equal(await tmallPopup.textContent('[data-testid="page-status"]'), text.reload);
      assert.equal(await tmallPopup.textContent('[data-testid="reload-tab"]'), text.reloadButton);
      tmallUp = true;
      await tmallPopup.click('[data-testid="reload-tab"]');
      await tmallPopup.waitForFunction((empty) => document.querySelector('[data-testid="page-status"]')?.textContent === empty, text.empty, { timeout: 15_000 });
      await tmallPopup.close();

      // The case behind the P1 badge, with a note kept on it.
      assert.deepEqual(await sidePanelCases({ context: b.context, extensionId }), expected);
      const panel = await b.context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      // Every case read and the inbox drawn: before that the first screen may be redrawn under the click.
      await panel.waitForSelector('[data-testid="cases-shown"]');
      await panel.click(`li[data-case-order="${LATE_ORDER}"][data-case-detector="ship-deadline"] button`);
      await panel.waitForSelector('[data-testid="case-detail"]');
      assert.match(await panel.textContent('header'), new RegExp(text.panel));
      await panel.fill('.note-form textarea', text.note);
      await panel.click('.note-form button[type="submit"]');
      await panel.waitForSelector('[data-testid="case-notes"] li');
      assert.match(await panel.textContent('[data-testid="case-notes"]'), new RegExp(text.note));
      const [notes] = await readStore(panel, [['notes', 'getAll']]);
      assert.deepEqual(notes.map((n) => [n.caseKey, n.text]), [[await panel.getAttribute('[data-testid="case-detail"]', 'data-case-key'), text.note]]);
    } finally {
      await b.close();
    }
  });
}
