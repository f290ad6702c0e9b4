/**
 * The renderer of the held-out sets that carry their own pages (heldout5.mjs, heldout6.mjs): each
 * page's orders rendered by its component library (pinned in ./react/package.json, bundled from the
 * set's sources with esbuild) in Chromium at the page's time, zone and language, saved as the corpus
 * keeps it (save.mjs), with its expectation: the orders shown and the decoys on the page. A page
 * marked `pending` goes to test/corpus/pending with why.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { savePage, seedRandomness } from './save.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REACT = join(HERE, 'react');

/**
 * `set`: { name, pages, modules (library -> page source), versionOf (library -> package),
 * ordersOf(gen), decoysOf(order), payloadOf(spec, orders) (more for the page, optional) }.
 */
export async function renderSet(set, filter) {
  const { name: SET, pages: ALL, modules: MODULES, versionOf: VERSION_OF, ordersOf, decoysOf, payloadOf = () => ({}) } = set;
  const require = createRequire(join(REACT, 'package.json'));
  const { build } = require('esbuild');
  const { chromium } = require('playwright-core');
  const { isoMinute, zonedToMs } = await import('./react/data.mjs');
  const OUT = join(HERE, '../../fixtures/corpus');
  const PENDING = join(HERE, '../pending');
  const DIST = join(REACT, 'dist');
  const URL_BASE = 'https://admin.example.test';
  mkdirSync(DIST, { recursive: true });
  const version = (name) => JSON.parse(readFileSync(join(REACT, 'node_modules', name, 'package.json'), 'utf8')).version;
  const pages = ALL.filter((p) => p.name.includes(filter));
  const bundles = new Map();
  for (const lib of new Set(pages.map((p) => p.lib))) {
    const r = await build({
      stdin: { contents: MODULES[lib], resolveDir: join(REACT, 'pages'), loader: 'jsx', sourcefile: `${SET}-${lib}.jsx` },
      bundle: true, write: false, outdir: DIST, entryNames: `${SET}-${lib}`, format: 'iife', minify: true, jsx: 'automatic', jsxImportSource: 'react', tsconfigRaw: '{}',
      loader: { '.js': 'jsx', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'empty', '.gif': 'empty' },
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' }, logLevel: 'error', legalComments: 'none',
    });
    bundles.set(lib, { js: r.outputFiles.find((f) => f.path.endsWith('.js')).contents, css: r.outputFiles.find((f) => f.path.endsWith('.css'))?.contents });
  }
  const decode = (s) => s.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  let failed = 0;
  let total = 0;
  for (const spec of pages) {
    const [, y, mo, d, h, mi] = spec.now.match(/^(\d+)-(\d+)-(\d+)T(\d+):(\d+)/).map(Number);
    const now = zonedToMs(y, mo, d, h, mi, spec.timeZone);
    const orders = ordersOf({ ...spec.gen, timeZone: spec.timeZone, now: new Date(now).toISOString(), seed: spec.seed });
    const context = await browser.newContext({ locale: spec.language, timezoneId: spec.timeZone, viewport: spec.viewport || { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.clock.setFixedTime(new Date(now));
    await seedRandomness(page, 20261207);
    const b = bundles.get(spec.lib);
    const payload = { ...payloadOf(spec, orders), config: spec.config, language: spec.language, timeZone: spec.timeZone, now, orders, options: spec.options, rtl: !!spec.rtl };
    const html = `<!doctype html><html lang="${spec.language}"><head><meta charset="utf-8"><title>${spec.title}</title>${b.css ? '<link rel="stylesheet" href="/static/app.css">' : ''}</head>` +
      `<body><div id="root"></div><script>window.__PAGE__=${JSON.stringify(payload).replace(/</g, '\\u003c')}</script><script src="/static/app.js"></script></body></html>`;
    await page.route(`${URL_BASE}/**`, (route) => {
      const u = new URL(route.request().url());
      if (u.pathname === '/static/app.js') return route.fulfill({ body: Buffer.from(b.js), contentType: 'text/javascript' });
      if (u.pathname === '/static/app.css') return route.fulfill({ body: Buffer.from(b.css), contentType: 'text/css' });
      if (u.pathname.startsWith('/static/')) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    });
    await page.route((u) => !u.href.startsWith(URL_BASE) && !u.href.startsWith('data:'), (route) => route.abort());
    const url = `${URL_BASE}/orders`;
    await page.goto(url);
    try { await page.waitForFunction(() => window.__READY__ === true, null, { timeout: 15000 }); } catch (e) { errors.push('not ready: ' + e.message.split('\n')[0]); }
    await page.waitForTimeout(800);
    const saved = await savePage(page);
    if (process.env.SHOT) await page.screenshot({ path: join(DIST, `${spec.name}.png`) });
    await context.close();
    const text = decode(saved);
    const shown = orders.filter((o) => text.includes(o.orderId));
    if (shown.length !== orders.length) errors.push(`only ${shown.length}/${orders.length} orders in DOM`);
    const expectation = {
      page: `${spec.name}.html`, library: VERSION_OF[spec.lib], version: version(VERSION_OF[spec.lib]), configuration: spec.configuration,
      language: spec.language, timeZone: spec.timeZone, now: isoMinute(now, spec.timeZone), url,
      orders: shown.map((o) => ({ orderId: o.orderId, total: o.total, currency: o.currency, placedAt: isoMinute(o.placedMs, spec.timeZone), status: o.status })),
      decoys: [...new Set(shown.flatMap(decoysOf).filter((dd) => text.includes(dd)))],
    };
    const dir = spec.pending ? PENDING : OUT;
    if (spec.pending) expectation.pending = spec.pending;
    writeFileSync(join(dir, `${spec.name}.html`), saved);
    writeFileSync(join(dir, `${spec.name}.json`), JSON.stringify(expectation, null, 2) + '\n');
    const kb = Math.round(Buffer.byteLength(saved) / 1024);
    if (kb > 390) errors.push(`${kb} KB is too large`);
    total += expectation.orders.length;
    console.log(`${spec.name}: ${expectation.orders.length} orders, ${expectation.decoys.length} decoys, ${kb} KB${spec.pending ? ' (pending)' : ''}${errors.length ? '\n  ! ' + errors.join('\n  ! ') : ''}`);
    if (errors.length) failed++;
  }
  await browser.close();
  console.log(`\n${pages.length} pages, ${total} expected orders; ${failed} page(s) with problems`);
  process.exitCode = failed ? 1 : 0;
}
