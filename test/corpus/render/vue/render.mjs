// Renders every corpus page with the real component libraries in headless Chromium and
// saves the cleaned DOM plus exact expectations to test/fixtures/corpus/.
//   node render.mjs              all pages
//   node render.mjs element-plus pages whose file name contains the word
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { buildOrders, formatMoney } from './data.mjs';
import { chrome } from './chrome.mjs';
import { PAGES, LIBS } from './pages.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '../../../fixtures/corpus');
const PENDING = join(HERE, '../../pending');
const require = createRequire(import.meta.url);
const ORIGIN = 'https://admin.example.test';
mkdirSync(OUT, { recursive: true });

const only = process.argv[2];
const pages = PAGES.filter((p) => !only || p.file.includes(only));

function version(pkg) {
  return JSON.parse(readFileSync(join(HERE, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

const bundles = new Map();
async function bundle(entry) {
  if (bundles.has(entry)) return bundles.get(entry);
  const r = await esbuild.build({
    entryPoints: [join(HERE, 'src', entry + '.js')], bundle: true, write: false, format: 'iife', minify: true,
    target: 'chrome120', logLevel: 'error', legalComments: 'none', loader: { '.css': 'empty', '.less': 'empty' },
    alias: { vue: join(HERE, 'node_modules/vue/dist/vue.esm-bundler.js') },
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  const js = r.outputFiles[0].text;
  bundles.set(entry, js);
  return js;
}

function escapeScript(json) { return json.replace(/</g, '\\u003c'); }

function textOf(html) {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
// position of s in text as a whole token (no digit or letter glued to either side)
function findToken(text, s) {
  let from = 0;
  for (;;) {
    const i = text.indexOf(s, from);
    if (i < 0) return -1;
    const before = text[i - 1] || ' ', after = text[i + s.length] || ' ';
    if (!/[0-9A-Za-z]/.test(before) && !/[0-9A-Za-z]/.test(after)) return i;
    from = i + 1;
  }
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let totalOrders = 0;
let failures = 0;
try {
  for (const spec of pages) {
    const lib = LIBS[spec.lib];
    const d = spec.data;
    const orders = spec.orders ? spec.orders() : d.count ? buildOrders(d) : [];
    const ch = chrome(d.lang, { revenue: d.money ? formatMoney(d.lang === 'zh-CN' ? 12345.6 : 1234, d.money) : undefined, ...(spec.chrome || {}) });
    const payload = {
      ...ch, lang: d.lang, columns: spec.columns, flags: spec.flags || {}, rows: orders, now: d.now,
      expandIdLabel: spec.expandIdLabel, ...(spec.extra || {}),
    };
    if (spec.flags?.empty) payload.rows = [];
    if (spec.flags?.summary) {
      const sum = orders.reduce((a, o) => a + o.total, 0);
      payload.summary = { total: formatMoney(Math.round(sum * 100) / 100, d.money), qty: String(orders.reduce((a, o) => a + o.qty, 0)) };
    }
    const js = lib.entry ? await bundle(lib.entry) : '';
    const css = (lib.css || []).map((c) => readFileSync(require.resolve(c.startsWith('/') ? c : join(HERE, 'node_modules', c)), 'utf8'));
    const assets = {};
    (lib.css || []).forEach((c, i) => { assets[`/assets/lib${i}.css`] = { body: css[i], type: 'text/css' }; });
    const scripts = (lib.scripts || []).map((s, i) => { assets[`/assets/s${i}.js`] = { body: readFileSync(join(HERE, 'node_modules', s), 'utf8'), type: 'text/javascript' }; return `/assets/s${i}.js`; });
    assets['/assets/app.js'] = { body: js, type: 'text/javascript' };
    const html = `<!DOCTYPE html><html lang="${d.lang}"><head><meta charset="utf-8"><title>${ch.title}</title>
${(lib.css || []).map((_, i) => `<link rel="stylesheet" href="/assets/lib${i}.css">`).join('\n')}
<style>body{margin:0;font-family:"Helvetica Neue",Arial,"WenQuanYi Micro Hei",sans-serif;font-size:14px}.cell-lines .sub{color:#888;font-size:12px}</style>
</head><body><div id="app"></div>
<script>window.__PAGE__=${escapeScript(JSON.stringify(payload))};</script>
${scripts.map((s) => `<script src="${s}"></script>`).join('\n')}
<script src="/assets/app.js"></script></body></html>`;
    const url = spec.static ? ORIGIN + spec.static.path : spec.url || `${ORIGIN}/orders`;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: d.lang, timezoneId: d.timeZone, serviceWorkers: 'block' });
    await context.route((u) => !String(u).startsWith(ORIGIN), (route) => route.abort());
    // reproducible renders: the libraries' random ids and clocks get a seeded Math.random and the page's fixed now
    await context.addInitScript((seed) => {
      let a = seed >>> 0;
      Math.random = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
    }, d.seed || 7);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(d.now));
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await context.route(`${ORIGIN}/**`, (route) => {
      const u = new URL(route.request().url());
      if (spec.static) {
        const f = join(HERE, 'node_modules', spec.static.root, decodeURIComponent(u.pathname));
        const ext = f.split('.').pop();
        const type = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', json: 'application/json', webmanifest: 'application/manifest+json' }[ext] || 'application/octet-stream';
        try { return route.fulfill({ body: readFileSync(f), contentType: type }); } catch { return route.fulfill({ status: 404, body: '' }); }
      }
      const a = assets[u.pathname];
      if (a) return route.fulfill({ body: a.body, contentType: a.type });
      if (u.pathname.startsWith('/assets/fonts/')) {
        for (const c of lib.css) {
          const f = join(dirname(join(HERE, 'node_modules', c)), 'fonts', u.pathname.slice(14));
          try { return route.fulfill({ body: readFileSync(f) }); } catch { /* next */ }
        }
      }
      if (u.pathname === new URL(url).pathname) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(url);
    try {
      if (spec.waitFor) await page.waitForSelector(spec.waitFor, { timeout: 20000 });
      else await page.waitForFunction(() => window.__RENDERED__ === true, null, { timeout: 20000 });
    } catch (e) { errors.push('timeout waiting for render'); }
    await page.waitForTimeout(600);
    if (spec.after) await spec.after(page);
    const saved = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true);
      root.querySelectorAll('script,style,link,noscript,template').forEach((n) => n.remove());
      root.querySelectorAll('svg').forEach((n) => { n.innerHTML = ''; });
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      return '<!DOCTYPE html>\n' + root.outerHTML;
    });
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/${spec.file}.png`, fullPage: false });
    await context.close();

    const text = textOf(saved);
    const present = orders
      .map((o) => ({ o, at: findToken(text, o.idText) }))
      .filter((x) => x.at >= 0 && !spec.flags?.empty)
      .sort((a, b) => a.at - b.at)
      .map((x) => x.o);
    const idSet = new Set(orders.map((o) => o.idText));
    const decoys = [];
    let missingDecoys = 0;
    for (const dcy of spec.decoys || []) if (text.includes(dcy)) decoys.push(dcy); else { failures++; console.error('  page decoy not in DOM', dcy); }
    for (const o of orders) {
      for (const dcy of o.decoys) {
        if (idSet.has(dcy)) throw new Error(`decoy equals an order id: ${dcy}`);
        if (decoys.includes(dcy)) continue;
        if (findToken(text, dcy) >= 0 || text.includes(dcy)) decoys.push(dcy);
        else if (present.includes(o) && !spec.hiddenDecoysOk) missingDecoys++;
      }
    }
    const exp = {
      page: spec.file + '.html',
      library: lib.name, version: version(lib.pkg),
      configuration: spec.configuration,
      language: d.lang, timeZone: d.timeZone, now: d.now, url,
      orders: present.map((o) => o.expected),
      decoys,
    };
    // verify against the saved file
    for (const o of exp.orders) if (findToken(text, o.orderId) < 0) { failures++; console.error('  missing order id', o.orderId); }
    for (const dcy of exp.decoys) if (!text.includes(dcy)) { failures++; console.error('  missing decoy', dcy); }
    if (spec.expectCount && exp.orders.length !== spec.expectCount) { failures++; console.error(`  expected ${spec.expectCount} orders, found ${exp.orders.length}`); }
    if (!spec.flags?.empty && exp.orders.length === 0) { failures++; console.error('  no orders rendered'); }
    // A page whose misses wait on a change outside the reader (status words in lib/normalize/status.ts)
    // is kept beside the corpus, in test/corpus/pending/, until that change lands; then it moves in.
    const dir = spec.pending ? PENDING : OUT;
    if (spec.pending) exp.pending = spec.pending;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, spec.file + '.html'), saved);
    writeFileSync(join(dir, spec.file + '.json'), JSON.stringify(exp, null, 2) + '\n');
    totalOrders += exp.orders.length;
    const kb = Math.round(Buffer.byteLength(saved) / 1024);
    console.log(`${spec.file}: ${exp.orders.length}/${orders.length} orders in DOM, ${decoys.length} decoys, ${kb} KB` +
      (missingDecoys ? `, ${missingDecoys} generated decoys this page does not display` : '') + (kb > 250 ? '  (OVER 250 KB)' : ''));
    for (const e of errors.slice(0, 5)) console.log('  page error:', e.slice(0, 300));
  }
} finally {
  await browser.close();
}
console.log(`${pages.length} pages, ${totalOrders} orders, ${failures} verification failures`);
if (failures) process.exitCode = 1;
