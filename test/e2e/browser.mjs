// Launches Debian's Chromium with the built extension loaded (recipe in TOOLCHAIN.md).
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { databaseCreated } from '../../scripts/extension-db.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** @param {{ userDataDir?: string, args?: string[], headless?: boolean }} [opts] */
export async function launchWithExtension(opts = {}) {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'os-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.args ?? []),
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  // Tests write to and read the database with raw IndexedDB: it must exist, with its stores.
  await databaseCreated(worker);
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser tab id showing `url`, found through the read status the extension keeps per
 * tab (the popup is opened as a page in tests, so it is told which tab to speak about).
 * @param {import('playwright-core').Worker} worker @param {string} url
 * @returns {Promise<number | undefined>}
 */
export async function tabIdOf(worker, url) {
  const stored = await worker.evaluate(() => chrome.storage.session.get(null));
  for (const [key, status] of Object.entries(stored)) {
    if (key.startsWith('tabStatus:') && status?.url === url) return Number(key.slice('tabStatus:'.length));
  }
  return undefined;
}

/**
 * Opens the popup page about the tab showing `url` and returns its "this page" text.
 * @param {{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string }} b
 * @param {string} url
 */
export async function popupPageStatus(b, url) {
  let tabId;
  for (let i = 0; i < 50 && tabId === undefined; i++) {
    tabId = await tabIdOf(b.worker, url);
    if (tabId === undefined) await new Promise((r) => setTimeout(r, 100));
  }
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  const text = await popup.locator('[data-testid="page-status"]').textContent();
  await popup.close();
  return text;
}

/** @typedef {Awaited<ReturnType<typeof launchWithExtension>>} ExtensionBrowser */

/**
 * Runs `steps` in a fresh browser with the extension, and closes it (and its profile) after.
 * @param {(b: ExtensionBrowser) => Promise<void>} steps
 */
export async function withExtension(steps) {
  const b = await launchWithExtension();
  try {
    await steps(b);
  } finally {
    await b.close();
  }
}

/** A saved page from test/fixtures/<dir>/<name>. @param {string} dir @param {string} name */
export function fixture(dir, name) {
  return readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url), 'utf8');
}

/** A bare page that is not an order list (a detail page, a home page). @param {string} title @param {string} heading */
export function otherPage(title, heading) {
  return `<!doctype html><meta charset="utf-8"><title>${title}</title><h1>${heading}</h1>`;
}

/**
 * Serves each page's HTML at its real URL, so the manifest's match patterns are what is tested.
 * URLs are matched exactly: a glob would read the "?" of a query string as a wildcard.
 * @param {import('playwright-core').BrowserContext} context @param {Record<string, string>} pages url → HTML
 */
export async function serveFixtures(context, pages) {
  const byHref = new Map(Object.entries(pages).map(([url, html]) => [new URL(url).href, html]));
  await context.route(
    (url) => byHref.has(url.href),
    (route) => route.fulfill({ body: byHref.get(route.request().url()), contentType: 'text/html; charset=utf-8' }),
  );
}

/** @param {Array<string | undefined>} a @param {Array<string | undefined>} b */
const byOrderThenDetector = (a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1]));

/**
 * The badge hosts the extension put on `page`, as [orderId, detectors, severity] sorted by
 * order id, once at least `atLeast` are there. Badges arrive row by row, so it waits a moment
 * more for the rest: an extra badge must be seen for a test to fail on it.
 * @param {import('playwright-core').Page} page
 * @param {{ atLeast?: number, timeout?: number }} [opts]
 * @returns {Promise<Array<Array<string | undefined>>>}
 */
export async function readBadges(page, { atLeast = 1, timeout = 15_000 } = {}) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-os-order-id]').length >= n, atLeast, { timeout });
  await page.waitForTimeout(500);
  const badges = await page.$$eval('[data-os-order-id]', (hosts) =>
    hosts.map((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity]),
  );
  return badges.sort(byOrderThenDetector);
}

/**
 * Opens `url` in `page` and returns what the popup says about it.
 * @param {Parameters<typeof popupPageStatus>[0]} b @param {import('playwright-core').Page} page @param {string} url
 */
export async function visitForStatus(b, page, url) {
  await page.goto(url);
  return popupPageStatus(b, url);
}

/**
 * Opens the side panel in a tab and waits until it lists a case.
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} b
 */
export async function openSidePanel(b) {
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  await panel.waitForSelector('[data-case-detector]');
  return panel;
}

/**
 * The cases the side panel lists, as [orderId, detector, severity] in the order shown.
 * @param {import('playwright-core').Page} panel
 * @returns {Promise<Array<Array<string | undefined>>>}
 */
export function listedCases(panel) {
  return panel.$$eval('[data-case-detector]', (items) =>
    items.map((li) => [li.dataset.caseOrder, li.dataset.caseDetector, li.dataset.caseSeverity]),
  );
}

/**
 * The side panel's cases, sorted by order id like `readBadges` and `expectedShipDeadlines`.
 * @param {Parameters<typeof openSidePanel>[0]} b
 */
export async function sidePanelCases(b) {
  return (await listedCases(await openSidePanel(b))).sort(byOrderThenDetector);
}

const HOUR = 3_600_000;
/**
 * What ship-deadline shows for a deadline at this moment (P2 from 6 h before, P1 from the
 * deadline on), so tests of saved pages stay right as real time passes.
 * @param {number} deadline @param {number} [now]
 * @returns {'P1' | 'P2' | undefined}
 */
export function shipDeadlineSeverity(deadline, now = Date.now()) {
  if (now >= deadline) return 'P1';
  if (now >= deadline - 6 * HOUR) return 'P2';
  return undefined;
}

/**
 * Expected [orderId, 'ship-deadline', severity] rows, sorted by order id, for orders waiting
 * to ship with the given deadlines.
 * @param {Record<string, number>} deadlines
 */
export function expectedShipDeadlines(deadlines, now = Date.now()) {
  return Object.entries(deadlines)
    .flatMap(([orderId, deadline]) => {
      const severity = shipDeadlineSeverity(deadline, now);
      return severity ? [[orderId, 'ship-deadline', severity]] : [];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Expected [orderId, 'unpaid-stale', 'P3'] rows for orders awaiting payment placed at the
 * given instants: a payment reminder from 24 h after placement (the default setting).
 * @param {Record<string, number>} placedAt
 */
export function expectedUnpaidReminders(placedAt, now = Date.now()) {
  return Object.entries(placedAt)
    .filter(([, at]) => now >= at + 24 * HOUR)
    .map(([orderId]) => [orderId, 'unpaid-stale', 'P3']);
}

/** Expected badge/case rows from several detectors, in the order readBadges/sidePanelCases give. */
export function expectedRows(...lists) {
  return lists.flat().sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}

/**
 * Reads the extension's database with raw IndexedDB from `target` (an extension page or the
 * service worker): each query is `[store, op, arg]` with op `getAll`, `get` (arg: key) or
 * `count` (arg: optional `[lower, upper]` key bounds). Resolves to the answers in order.
 */
export function readStore(target, queries) {
  return target.evaluate(
    (list) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('order-sentinel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...new Set(list.map(([store]) => store))]);
          const out = [];
          for (const [i, [store, op, arg]] of list.entries()) {
            const s = tx.objectStore(store);
            const request = op === 'get' ? s.get(arg) : op === 'count' ? s.count(arg ? IDBKeyRange.bound(arg[0], arg[1]) : undefined) : s.getAll();
            request.onsuccess = () => (out[i] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    queries,
  );
}

/** The ISO week id of `at` ("2026-W49"), as the weekly report takes it. */
export function isoWeek(at) {
  const d = new Date(at);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.floor((d - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Every page of the extension a seller sees, with a P1 case open (the demo console read in
 * `page`): [name, address, what shows it is drawn]. `inspect` runs on each once it has settled
 * and returns what it found wrong; the result maps each page's name to its findings (none: {}).
 */
export async function onEveryPage(b, page, demoUrl, inspect, { colorScheme } = {}) {
  const caseKey = await page.locator('[data-os-severity="P1"]').first().evaluate((h) => `ship-deadline|demo|${h.dataset.osOrderId}`);
  const base = `chrome-extension://${b.extensionId}`;
  const views = [
    ['options', `${base}/options.html`, '[data-testid="detectors"]'],
    ['popup', `${base}/popup.html?tab=${await tabIdOf(b.worker, demoUrl)}`, '[data-testid="page-status"]'],
    ['side panel', `${base}/sidepanel.html`, 'li[data-case-key]'],
    ['case', `${base}/sidepanel.html#case=${encodeURIComponent(caseKey)}`, `[data-testid="case-detail"][data-case-key="${caseKey}"]`],
    ['summary', `${base}/sidepanel.html#view=summary`, '[data-testid="summary"]'],
    ['report', `${base}/report.html?week=${isoWeek(Date.now() + 8 * 3_600_000)}&shop=all&start=1&tz=Asia/Shanghai`, '[data-testid="report"]'],
    ['welcome', `${base}/welcome.html`, 'h1'],
    ['privacy', `${base}/privacy.html`, 'h1'],
  ];
  const found = {};
  for (const [name, url, ready] of views) {
    const view = await b.context.newPage();
    if (colorScheme) await view.emulateMedia({ colorScheme });
    await view.goto(url);
    await view.waitForSelector(ready);
    // Live parts (counts, lists) fill in right after the first paint.
    await view.waitForTimeout(700);
    const wrong = await inspect(view);
    if (wrong.length > 0) found[name] = wrong;
    await view.close();
  }
  return found;
}

/** The first truthy value `check` gives within 15 s (polled every 100 ms), else undefined. */
export async function until(check) {
  for (let i = 0; i < 150; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

/**
 * The addresses the extension itself asks for (its service worker or its own pages), as they come:
 * the page's own requests, the extension's files and data/blob URLs are not counted.
 */
export function requestsFromExtension(b) {
  const urls = [];
  b.context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`chrome-extension://${b.extensionId}/`) || url.startsWith('data:') || url.startsWith('blob:')) return;
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {}
    if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) urls.push(url);
  });
  return urls;
}

/**
 * Installed before any script of a page (addInitScript): the page's own fetch made over
 * XMLHttpRequest (as older polyfills do) and unwritable, and an XMLHttpRequest subclass counting
 * its sends in window.__sends, so a test shows the extension still reads a page that replaced both.
 */
export const REPLACE_FETCH_BEFORE_PAGE = () => {
  const NativeXhr = window.XMLHttpRequest;
  window.__sends = 0;
  class CountingXhr extends NativeXhr {
    send(body) {
      window.__sends++;
      return super.send(body);
    }
  }
  window.XMLHttpRequest = CountingXhr;
  const pageFetch = (url, init = {}) =>
    new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open(init.method ?? 'GET', url);
      x.onload = () => resolve(new Response(x.responseText, { status: x.status }));
      x.onerror = () => reject(new TypeError('Failed to fetch'));
      x.send(init.body ?? null);
    });
  Object.defineProperty(window, 'fetch', { value: pageFetch, writable: false, configurable: false });
};

/** The tab status the extension keeps for the tab showing `url`, once its page data is newer than `since` (15 s at most). */
export async function pageDataStatus(worker, url, since) {
  for (let i = 0; i < 150; i++) {
    const stored = await worker.evaluate(() => chrome.storage.session.get(null));
    const status = Object.entries(stored).find(([key, s]) => key.startsWith('tabStatus:') && s?.url === url)?.[1];
    if (status?.pageData && status.pageData.at >= since) return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}
