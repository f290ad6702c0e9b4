// `npm run demo`: build the extension, serve the bundled demo seller console on 127.0.0.1 and
// open it in Chromium with the extension loaded. With a display it stays open for you to try;
// without one (CI, or no DISPLAY) it runs headless, saves screenshots and the cases to
// demo-output/ and checks them against the anomalies planted in the console.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_COUNT, generateDemoOrders, plantedFindings } from './demo-console/orders.mjs';
import { formatYuan } from './demo-console/render.mjs';
import { startDemoConsole } from './demo-console/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_DIR = join(ROOT, 'demo-output');
const OVERLAY_WAIT_MS = 5000;
const CASES_WAIT_MS = 15_000;
const HOUR = 3_600_000;

/** @typedef {{ detector: string, orderId: string, severity: string, status?: string, [k: string]: unknown }} StoredCase */

// The launcher resolves .output/chrome-mv3 against the working directory.
process.chdir(ROOT);
const headless = Boolean(process.env.CI) || !process.env.DISPLAY;

// The demo console's content script and host permission are in development builds only (wxt.config.ts).
console.log('› Building the extension with the demo console (wxt build, chrome)…');
const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ORDER_SENTINEL_DEMO: '1' },
});
if (build.status !== 0) {
  console.error(`✘ Build failed (exit ${build.status ?? build.signal}).`);
  process.exit(1);
}

const { launchWithExtension, readBadges, tabIdOf } = await import('../test/e2e/browser.mjs');
const demo = await startDemoConsole();
console.log(`› Demo seller console: ${demo.url}`);
/** @type {Awaited<ReturnType<typeof launchWithExtension>> | undefined} */
let browser;
let exitCode = 0;
try {
  browser = await launchWithExtension({ headless });
  exitCode = headless ? await runHeadless(browser) : await runHeaded(browser);
} catch (err) {
  console.error('✘ Demo failed:', err instanceof Error ? err.message : err);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await demo.close();
}
process.exit(exitCode);

/** @param {NonNullable<typeof browser>} b */
async function runHeaded(b) {
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  await page.goto(demo.url);
  console.log('› Chromium is open with Order Sentinel loaded. Browse the orders (6 pages), then open the');
  console.log(`  side panel from the toolbar icon, or chrome-extension://${b.extensionId}/sidepanel.html in a tab.`);
  console.log('  Close the browser or press Ctrl-C to stop.');
  await new Promise((done) => {
    b.context.on('close', () => done(undefined));
    process.once('SIGINT', () => done(undefined));
    process.once('SIGTERM', () => done(undefined));
  });
  return 0;
}

/** @param {NonNullable<typeof browser>} b */
async function runHeadless(b) {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const extensionPage = (/** @type {string} */ name) => `chrome-extension://${b.extensionId}/${name}`;
  const page = await b.context.newPage();

  console.log(`› Headless run: visiting ${PAGE_COUNT} pages…`);
  /** @type {Map<string, string>} order id → detectors shown on its row */
  const overlay = new Map();
  for (let n = 1; n <= PAGE_COUNT; n++) {
    await page.goto(`${demo.url}?page=${n}`);
    for (const [id, detectors] of await overlayRows(page)) overlay.set(id, detectors);
  }

  // Cases are written by the background after it ingests the pages: wait until they settle.
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  let panelLoaded = await panel.goto(extensionPage('sidepanel.html')).then(
    () => true,
    (err) => (console.warn(`  (side panel page did not load: ${err.message.split('\n')[0]})`), false),
  );
  const readDb = () => (panelLoaded ? panel.evaluate(readExtensionDb) : b.worker.evaluate(readExtensionDb));
  let db = await readDb();
  const deadline = Date.now() + CASES_WAIT_MS;
  for (let stableSince = Date.now(); Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 500));
    const next = await readDb();
    if (next.cases.length !== db.cases.length) stableSince = Date.now();
    db = next;
    if (db.cases.length > 0 && Date.now() - stableSince >= 2000) break;
  }

  await page.goto(`${demo.url}?page=1`);
  await page
    .waitForSelector('[data-os-detectors]:not([data-os-detectors=""])', { state: 'attached', timeout: OVERLAY_WAIT_MS })
    .catch(() => {});
  for (const [id, detectors] of await overlayRows(page)) overlay.set(id, detectors);
  const files = { console: join(OUTPUT_DIR, 'console.png'), sidepanel: join(OUTPUT_DIR, 'sidepanel.png'), popup: join(OUTPUT_DIR, 'popup.png'), cases: join(OUTPUT_DIR, 'cases.json') };
  await page.screenshot({ path: files.console, fullPage: true });

  if (panelLoaded) {
    panelLoaded = await panel.reload().then(() => true, () => false);
    await panel.waitForSelector('[data-case-detector]', { timeout: OVERLAY_WAIT_MS }).catch(() => {});
    // Show the most urgent case opened, as a seller would see it after one click.
    await panel.click('[data-case-detector] button').catch(() => {});
    await panel.waitForSelector('[data-testid="case-detail"]', { timeout: OVERLAY_WAIT_MS }).catch(() => {});
  }
  await panel.screenshot({ path: files.sidepanel, fullPage: true });

  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const consoleTab = await tabIdOf(b.worker, `${demo.url}?page=1`);
  await popup.goto(extensionPage(`popup.html${consoleTab === undefined ? '' : `?tab=${consoleTab}`}`)).catch((err) => console.warn(`  (popup page did not load: ${err.message.split('\n')[0]})`));
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: files.popup });

  writeFileSync(files.cases, `${JSON.stringify(db.cases, null, 2)}\n`);
  printSummary(db, overlay, files);
  return db.cases.length > 0 ? 0 : 1;
}

/**
 * Overlay host elements in the rows as [order id, detectors], after the extension had a
 * chance to read the page; none if it put none there in time.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Array<[string, string]>>}
 */
async function overlayRows(page) {
  const badges = await readBadges(page, { timeout: OVERLAY_WAIT_MS }).catch(() => []);
  return badges.map(([orderId, detectors]) => [orderId ?? '', detectors ?? '']);
}

/**
 * Runs inside an extension page (or the service worker): raw IndexedDB, no Dexie. Never
 * creates the database: if it does not exist yet, the upgrade is aborted.
 * @returns {Promise<{ exists: boolean, cases: StoredCase[], orders: number | null }>}
 */
async function readExtensionDb() {
  /** @type {IDBDatabase | null} */
  const db = await new Promise((done) => {
    const req = indexedDB.open('order-sentinel');
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => done(req.result);
    req.onerror = () => done(null);
  });
  if (!db) return { exists: false, cases: [], orders: null };
  /** @param {string} store @param {'getAll' | 'count'} op */
  const read = (store, op) =>
    new Promise((done, fail) => {
      const req = db.transaction(store, 'readonly').objectStore(store)[op]();
      req.onsuccess = () => done(req.result);
      req.onerror = () => fail(req.error);
    });
  const stores = [...db.objectStoreNames];
  const cases = stores.includes('cases') ? /** @type {StoredCase[]} */ (await read('cases', 'getAll')) : [];
  const orders = stores.includes('orders') ? /** @type {number} */ (await read('orders', 'count')) : null;
  db.close();
  return { exists: true, cases, orders };
}

/**
 * @param {{ exists: boolean, cases: StoredCase[], orders: number | null }} db
 * @param {Map<string, string>} overlay
 * @param {Record<string, string>} files
 */
function printSummary(db, overlay, files) {
  const orders = generateDemoOrders({ now: Date.now() });
  const planted = plantedFindings(orders);
  const now = Date.now();
  const byId = new Map(orders.map((o) => [o.orderId, o]));
  /** @param {import('./demo-console/orders.mjs').PlantedFinding} p */
  const describe = (p) => {
    const o = byId.get(p.orderId);
    if (!o) return '';
    if (p.detector === 'ship-deadline') return `paid ${Math.round((now - (o.paidAt ?? now)) / HOUR)} h ago, not shipped`;
    if (p.detector === 'duplicate-order') {
      const twin = orders.find((x) => x !== o && x.buyer === o.buyer && x.title === o.title);
      return `same buyer and item as ${twin?.orderId ?? '?'}, 30 min earlier`;
    }
    return `${o.quantity} × ${formatYuan(o.unitPriceFen)} but paid ${formatYuan(o.paidFen)}`;
  };

  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const c of db.cases) counts.set(`${c.detector} ${c.severity}`, (counts.get(`${c.detector} ${c.severity}`) ?? 0) + 1);
  const badged = [...overlay.values()].filter((d) => d !== '').length;

  console.log('\n══ Order Sentinel demo (headless) ══');
  console.log(`Console:      ${demo.url} (${PAGE_COUNT} pages, 120 orders + 1 row with an unreadable amount)`);
  console.log(`Orders read:  ${db.orders ?? 'n/a (no orders store)'} in the extension's database; ${overlay.size} rows carried an overlay, ${badged} with a badge`);
  if (!db.exists) console.log('Database:     order-sentinel does not exist yet (the background never stored anything)');
  console.log(`Cases:        ${db.cases.length}`);
  for (const [key, n] of [...counts].sort()) console.log(`  ${key.padEnd(22)} ${n}`);
  console.log('Planted anomalies:');
  for (const p of planted) {
    const hit = db.cases.find((c) => c.detector === p.detector && c.orderId === p.orderId);
    const mark = hit && hit.severity === p.severity ? '✔' : '✘';
    const note = !hit ? ' — no case' : hit.severity !== p.severity ? ` — case has ${hit.severity}` : '';
    console.log(`  ${mark} ${p.detector} ${p.severity} ${p.orderId} (${describe(p)})${note}`);
  }
  const extra = db.cases.filter((c) => !planted.some((p) => p.detector === c.detector && p.orderId === c.orderId));
  console.log(`Unexpected cases: ${extra.length === 0 ? 'none' : ''}`);
  for (const c of extra) console.log(`  ? ${c.detector} ${c.severity} ${c.orderId}`);
  console.log('Files:');
  for (const path of Object.values(files)) console.log(`  ${relative(process.cwd(), path)}`);
  if (db.cases.length === 0) console.log('✘ No cases were found.');
}
