// Renders every page in PAGES with its real React component library in headless
// Chromium, saves the cleaned DOM to test/fixtures/corpus/react-*.html and the
// exact expectations to react-*.json.
// Usage: node render.mjs [name-filter]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeOrders, expectOrder, formatMoney, isoMinute, zonedToMs } from './data.mjs';
import { PAGES } from './pages.mjs';
import { heldoutOrders, decoysOf } from '../heldout.mjs';
import { heldout2Orders, decoys2Of } from '../heldout2.mjs';
import { heldout3Orders, decoys3Of } from '../heldout3.mjs';
import { heldout4Orders, decoys4Of } from '../heldout4.mjs';
import { savePage, seedRandomness } from '../save.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '../../../fixtures/corpus');
const DIST = join(HERE, 'dist');
const PENDING = join(HERE, '../../pending');
const URL_BASE = 'https://admin.example.test';
const filter = process.argv[2] || '';
const pkg = (name) => JSON.parse(readFileSync(join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;

const pages = PAGES.filter((p) => p.name.includes(filter));
mkdirSync(OUT, { recursive: true });
mkdirSync(PENDING, { recursive: true });
mkdirSync(DIST, { recursive: true });

// 1. bundle each library's page module once
const libs = [...new Set(pages.map((p) => p.bundle))];
for (const lib of libs) {
  await build({
    entryPoints: [join(HERE, 'pages', `${lib}.jsx`)], bundle: true, outdir: DIST, format: 'iife', minify: true,
    jsx: 'automatic', jsxImportSource: 'react', tsconfigRaw: '{}', nodePaths: [], loader: { '.js': 'jsx', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' }, logLevel: 'error', legalComments: 'none',
  });
}

// 2. data for each page
function pageData(spec) {
  const [, y, mo, d, h, mi] = spec.now.match(/^(\d+)-(\d+)-(\d+)T(\d+):(\d+)/).map(Number);
  const now = zonedToMs(y, mo, d, h, mi, spec.timeZone);
  if (spec.external) return { now, orders: [] };
  // held-out pages: words and formats from ../heldout.mjs, each order the truth its cells are printed from
  // second held-out set: ../heldout2.mjs
  // third held-out set: ../heldout3.mjs; fourth: ../heldout4.mjs
  if (spec.heldout4) return { now, orders: heldout4Orders({ ...spec.heldout4, timeZone: spec.timeZone, now: new Date(now).toISOString(), seed: spec.seed }) };
  if (spec.heldout3) return { now, orders: heldout3Orders({ ...spec.heldout3, timeZone: spec.timeZone, now: new Date(now).toISOString(), seed: spec.seed }) };
  if (spec.heldout2) return { now, orders: heldout2Orders({ ...spec.heldout2, timeZone: spec.timeZone, now: new Date(now).toISOString(), seed: spec.seed }) };
  if (spec.heldout) return { now, orders: heldoutOrders({ ...spec.heldout, timeZone: spec.timeZone, now: new Date(now).toISOString(), seed: spec.seed }) };
  const orders = spec.n ? makeOrders({ ...spec, now, tz: spec.timeZone }) : [];
  for (const o of orders) {
    o.totalText = formatMoney(o.total, spec.money);
    for (const it of [...o.items, ...o.subOrders]) it.priceText = formatMoney(it.price, spec.itemMoney || spec.money);
  }
  return { now, orders };
}

const decode = (s) => s.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const summary = [];
let failed = 0;
for (const spec of pages) {
  const { now, orders } = pageData(spec);
  const context = await browser.newContext({ locale: spec.locale || spec.language, timezoneId: spec.timeZone, viewport: spec.viewport || { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.setFixedTime(new Date(now));
  // seeded randomness, so ids that libraries generate (form ids, keys) are the same on every render
  await seedRandomness(page, 20261120);
  const css = existsSync(join(DIST, `${spec.bundle}.css`)) ? '<link rel="stylesheet" href="/static/app.css">' : '';
  const payload = { config: spec.config, language: spec.language, timeZone: spec.timeZone, now, orders, options: spec.options || {} };
  const html = `<!doctype html><html lang="${spec.language}"><head><meta charset="utf-8"><title>${spec.title}</title>${css}</head>` +
    `<body><div id="root"></div><script>window.__PAGE__=${JSON.stringify(payload).replace(/</g, '\\u003c')}</script><script src="/static/app.js"></script></body></html>`;
  await page.route(`${URL_BASE}/**`, (route) => {
    const u = new URL(route.request().url());
    if (u.pathname === '/static/app.js') return route.fulfill({ body: readFileSync(join(DIST, `${spec.bundle}.js`)), contentType: 'text/javascript' });
    if (u.pathname === '/static/app.css') return route.fulfill({ body: readFileSync(join(DIST, `${spec.bundle}.css`)), contentType: 'text/css' });
    if (u.pathname.startsWith('/static/')) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
  });
  await page.route((u) => !u.href.startsWith(URL_BASE) && !u.href.startsWith('data:'), (route) => route.abort());
  const url = spec.url || `${URL_BASE}/orders`;
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.__READY__ === true, null, { timeout: 15000 });
  } catch (e) {
    errors.push('not ready: ' + e.message.split('\n')[0]);
  }
  await page.waitForTimeout(spec.settle || 800);
  if (spec.scrollBy) {
    await page.evaluate((s) => { const el = document.querySelector(s.selector); if (el) el.scrollTop = s.top; }, spec.scrollBy);
    await page.waitForTimeout(600);
  }
  const external = spec.external ? await page.evaluate(() => window.__EXTERNAL__) : null;
  const saved = await savePage(page);
  if (process.env.SHOT) await page.screenshot({ path: join(DIST, `${spec.name}.png`), fullPage: false });
  await context.close();

  const text = decode(saved);
  let expectedOrders;
  let decoys;
  if (spec.external) {
    // react-admin: data-generator-retail's orders, newest first as the list sorts them
    const RA_STATUS = { ordered: 'awaiting_shipment', delivered: 'delivered', cancelled: 'cancelled' };
    const shown = external.orders.filter((o) => text.includes(o.reference)).sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    expectedOrders = shown.map((o) => ({ orderId: o.reference, total: o.total, currency: 'USD', placedAt: isoMinute(Date.parse(o.date), spec.timeZone), // The list shows a returned order as "delivered" (its returned flag is not a column of this list), so that is what a seller reads.
      status: RA_STATUS[o.status] }));
    decoys = [...new Set(shown.map((o) => o.zipcode).filter((z) => z && text.includes(z)))];
  } else if (spec.heldout || spec.heldout2 || spec.heldout3 || spec.heldout4) {
    const shown = orders.filter((o) => text.includes(o.orderId));
    if (!spec.virtual && shown.length !== orders.length) errors.push(`only ${shown.length}/${orders.length} orders in DOM`);
    expectedOrders = shown.map((o) => ({ orderId: o.orderId, total: o.total, currency: o.currency, placedAt: isoMinute(o.placedMs, spec.timeZone), status: o.status }));
    decoys = [...new Set(shown.flatMap(spec.heldout4 ? decoys4Of : spec.heldout3 ? decoys3Of : spec.heldout2 ? decoys2Of : decoysOf).filter((d) => text.includes(d)))];
  } else {
    const shown = orders.filter((o) => text.includes(o.id));
    if (!spec.virtual && shown.length !== orders.length) errors.push(`only ${shown.length}/${orders.length} orders in DOM`);
    expectedOrders = shown.map((o) => expectOrder(o, spec.timeZone));
    const cand = [];
    for (const o of shown) {
      const want = spec.decoys || [];
      if (want.includes('tracking') && o.tracking) cand.push(o.tracking);
      if (want.includes('phone')) cand.push(o.phone);
      if (want.includes('phoneMasked')) cand.push(o.phoneMasked);
      if (want.includes('salesRecord')) cand.push(o.salesRecord);
      if (want.includes('fulfillment')) o.subOrders.forEach((s, i) => cand.push(`${o.id}-F${i + 1}`));
      for (const s of o.subOrders) {
        if (want.includes('sku')) cand.push(s.sku);
        if (want.includes('subId')) cand.push(s.subId);
        if (want.includes('pkg')) cand.push(s.pkg);
      }
    }
    const missing = cand.filter((d) => !text.includes(d));
    if (missing.length && !spec.virtual) errors.push(`decoys not in DOM: ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? '…' : ''}`);
    decoys = [...new Set(cand.filter((d) => text.includes(d)))];
  }
  const expectation = {
    page: `${spec.name}.html`, library: spec.library, version: pkg(spec.versionOf || spec.library),
    configuration: spec.configuration, language: spec.language, timeZone: spec.timeZone,
    now: isoMinute(now, spec.timeZone), url,
    orders: expectedOrders, decoys,
  };
  // verification: every expected id and decoy occurs in the saved text
  const idMiss = expectation.orders.filter((o) => !text.includes(o.orderId)).length;
  const decMiss = expectation.decoys.filter((d) => !text.includes(d)).length;
  if (idMiss || decMiss) errors.push(`verify: ${idMiss} ids, ${decMiss} decoys missing`);
  if (spec.minOrders && expectation.orders.length < spec.minOrders) errors.push(`only ${expectation.orders.length} orders`);
  if (spec.empty && expectation.orders.length) errors.push('empty page shows orders');
  // A page whose misses wait on a change outside the reader (status words in lib/normalize/status.ts)
  // is kept beside the corpus, in test/corpus/pending/, until that change lands; then it moves in.
  const dir = spec.pending ? PENDING : OUT;
  if (spec.pending) expectation.pending = spec.pending;
  writeFileSync(join(dir, `${spec.name}.html`), saved);
  writeFileSync(join(dir, `${spec.name}.json`), JSON.stringify(expectation, null, 2) + '\n');
  const kb = Math.round(Buffer.byteLength(saved) / 1024);
  if (kb > 390) errors.push(`${kb} KB is too large`);
  summary.push({ page: spec.name, orders: expectation.orders.length, ofData: orders.length || (external ? external.orders.length : 0), decoys: expectation.decoys.length, kb, errors: errors.length });
  console.log(`${spec.name}: ${expectation.orders.length} orders${spec.virtual ? ` (of ${orders.length} in data)` : ''}, ${expectation.decoys.length} decoys, ${kb} KB${errors.length ? '\n  ! ' + errors.join('\n  ! ') : ''}`);
  if (errors.length) failed++;
}
await browser.close();
const tot = summary.reduce((s, x) => s + x.orders, 0);
console.log(`\n${summary.length} pages, ${tot} expected orders, ${summary.reduce((s, x) => s + x.decoys, 0)} decoys; ${failed} page(s) with problems`);
process.exitCode = failed ? 1 : 0;
