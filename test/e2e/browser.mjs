// Launches Debian's Chromium with the built extension loaded (recipe in TOOLCHAIN.md).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
