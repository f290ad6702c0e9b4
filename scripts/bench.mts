/**
 * `npm run bench [-- --short]`: the performance budgets, measured in Debian's
 * Chromium (page reads, IndexedDB, extension pages) and Node (detectors), each against a
 * baseline measured in the same run. Prints a table, writes bench-results.json, exits 1 when a
 * budget fails. `--short` (CI) measures fewer sizes and runs. Bundled by esbuild before it
 * runs (see package.json), like scripts/eval.mts.
 */
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ALL_CLOCKS, buildContext, DETECTORS, evaluate, evaluateTimeDriven, type TimedEvaluation } from '../lib/detectors';
import { clockedOf, clockKey, clockOf } from '../lib/detectors/clock';
import { rateSpike } from '../lib/detectors/rate-spike';
import '../lib/zod-messages'; // skipped-row and refused-file reasons in zod's words, as the extension shows them
import { type Order } from '../lib/schema';
import { DEFAULT_SETTINGS } from '../lib/settings';
import '../lib/i18n/bundled'; // the summary's texts, as the extension's pages load them
import { toCsv } from '../lib/summary/export';
import { summarizeWeek } from '../lib/summary/week';
import { DEMO_URL, generateCases, generateOrders, TAOBAO_URL, taobaoPage, demoPage } from '../bench/generate';
import { BUILT_IN_SHAPE, shapeFromOlist, type OrderShape } from '../bench/shape';
import { evidenceScenario } from '../bench/evidence';
import { databaseCreated } from './extension-db.mjs';
import { budgetTable, mergeSample, withTable, type BenchRun, type Sample } from '../bench/readme';
import {
  evaluateCheck,
  exitCode,
  formatScale,
  formatTable,
  growth,
  guardedFailures,
  median,
  ratio,
  type Check,
  type ScenarioResult,
  type SizePoint,
} from '../bench/stats';

const SHORT = process.argv.includes('--short');
/** `--ci` (.ci/run): a budget still out of reach fails the run only past its guard (bench/stats.ts `Check.guard`). */
const CI_MODE = process.argv.includes('--ci');
/** `--only=read,ingest`: run only these scenario groups (read, ingest, reread, detectors, summary, paint, bundle; `page`: of ingest, the page reads alone). */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
// Groups: read, meaning (the reader by meaning), ingest, reread, detectors, summary, evidence (a case's evidence pack), paint, bundle.
// `--profile` (with meaning): a sampling profile of the reader on the 500 blocks, measured apart from the timed reads (profileReads).
const want = (group: string): boolean => ONLY === undefined || ONLY.includes(group);
const SIZES = SHORT ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const RUNS = SHORT ? 5 : 9;
const WARMUP = 2;
const PAGE_ROWS = 500;
const CACHE = resolve('node_modules/.cache/order-sentinel');
const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];

const results: ScenarioResult[] = [];
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
const checks = (...list: Check[]) => list.map(evaluateCheck);

function loadShape(): OrderShape {
  const dir = '../shared/data/olist';
  const orders = join(dir, 'olist_orders_dataset.csv');
  const items = join(dir, 'olist_order_items_dataset.csv');
  if (!existsSync(orders) || !existsSync(items)) return BUILT_IN_SHAPE;
  return shapeFromOlist(dir, readFileSync(orders, 'utf8'), readFileSync(items, 'utf8'));
}

async function bundlePage(): Promise<string> {
  const outfile = join(CACHE, 'bench-page.js');
  await build({ entryPoints: ['bench/page.ts'], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', outfile, logLevel: 'warning' });
  return outfile;
}

/** A page at `url` showing `html` (routed, never fetched), with the bench bundle injected. */
async function openBenchPage(context: BrowserContext, url: string, html: string, bundle: string): Promise<Page> {
  const page = await context.newPage();
  // Cross-origin isolated, so the page's clock ticks in 5 µs, not 100 µs: one change read
  // takes well under 0.1 ms, and a coarse clock would round most of its samples to 0 or 0.1.
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers }));
  await page.goto(url);
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('bench page is not cross-origin isolated: its clock would be too coarse');
  await page.addScriptTag({ path: bundle });
  return page;
}

// ---- (1) + (2) page reads ------------------------------------------------------------------

/**
 * One row added: samples and warm-up of its change read, in the short run too. A sample is ~0.3
 * ms of reads, so 5 back-to-back samples fit in one stall of a busy CI machine: a CI run's
 * median of 5 was 15% of a first read where it is 1-2% (0.33 ms, then 0.03 ms measured again).
 * 41 samples spread over time (bench/page.ts addOne) keep a stall to a few samples, which their
 * median passes over; 5 warm-up samples let the optimising compiler, slower on a loaded
 * machine, finish first.
 */
const ADD_SAMPLES = 41;
const ADD_WARMUP = 5;

/** The page reads' baseline: like each timed read, each run follows one row changed (bench/page.ts rowToucher). */
const CELLS_AFTER_CHANGE = 'every cell textContent, one row changed before each';

async function pageReads(context: BrowserContext, bundle: string, shape: OrderShape): Promise<void> {
  const orders = generateOrders(PAGE_ROWS, shape, Date.now(), 11);
  const layouts = [
    {
      id: 'taobao',
      name: 'Taobao blocks',
      url: TAOBAO_URL,
      html: taobaoPage(orders),
      ratioGuard: { max: 5, why: 'met quiet: 2.47x at load ~2 (2026-12-07 13:10, short run) since blocks are read into texts as they are found (one pass) and never-text is listed once per read; 2.3-2.7x at load 3-8, where a loaded machine preempts the 7 ms read more often than the 2.7 ms baseline' },
      wholeGuard: { max: 6, why: 'the read in the page above and the background\'s parse of 500 orders (~0.9 ms): met quiet, 2.81x at load ~2 (2026-12-07 13:10, short run); 2.8-3.6x at load 4-5' } as { max: number; why: string } | undefined,
      medianGuard: { max: 15, why: 'with one row changed before each read (2026-12-07): 6.8-9.0 ms in 9 runs at load 1-7, 11.4 ms once at load ~7; 3.96 ms quiet in the history\'s run on a page read again unchanged' } as { max: number; why: string } | undefined,
    },
    {
      id: 'demo',
      name: 'plain table',
      url: DEMO_URL,
      html: demoPage(orders),
      ratioGuard: { max: 4.5, why: 'with one row changed before each read and each baseline (2026-12-07): 1.6-2.4x in 7 runs at load 1-4, 3.48x once at load ~7, where the 2.5 ms read met the machine\'s other work far more often than the 1.4 ms baseline' } as { max: number; why: string } | undefined,
      wholeGuard: { max: 6, why: 'the read above and the background\'s parse of 500 rows (~1 ms): 2.5-3.9x in 7 runs at load 1-4 with one row changed before each read (2026-12-07), 5.27x once at load ~7; 3.40x at load ~11 on a page read again unchanged (2026-12-06)' } as { max: number; why: string } | undefined,
      medianGuard: undefined,
    },
  ];
  for (const layout of layouts) {
    log(`first read, ${layout.name}`);
    let page = await openBenchPage(context, layout.url, layout.html, bundle);
    const first = await page.evaluate(
      ([id, url, warmup, runs]) => (window as any).__bench.firstRead(id, url, warmup, runs),
      [layout.id, layout.url, WARMUP + 3, Math.max(RUNS, 25)] as const,
    );
    await page.close();
    const readMedian = median(first.read);
    const parseMedian = median(first.parse);
    // Read then parsed, run by run: the whole way from the page to canonical orders.
    const wholeMedian = median(first.read.map((t: number, i: number) => t + first.parse[i]!));
    const cellsMedian = median(first.cells);
    results.push({
      id: `read-first-${layout.id}`,
      title: `first read, 500 rows (${layout.name}): in the page`,
      median: readMedian,
      unit: 'ms',
      runs: first.read.length,
      baseline: { label: CELLS_AFTER_CHANGE, median: cellsMedian },
      checks: checks(
        { label: 'orders read', budget: { kind: 'count', max: PAGE_ROWS }, value: first.ordersRead },
        { label: 'vs baseline', budget: { kind: 'ratio', max: 3 }, value: ratio(readMedian, cellsMedian), ...(layout.ratioGuard && { guard: layout.ratioGuard }) },
        { label: 'median', budget: { kind: 'ms', max: 10 }, value: readMedian, ...(layout.medianGuard && { guard: layout.medianGuard }) },
        { label: 'read + parse vs baseline', budget: { kind: 'ratio', max: 3 }, value: ratio(wholeMedian, cellsMedian), ...(layout.wholeGuard && { guard: layout.wholeGuard }) },
      ),
      notes: [
        `${first.ordersRead} orders read, ${first.skipped} skipped`,
        `the content script reads texts; the background parses them into canonical orders: ${parseMedian.toFixed(2)} ms (median), read + parse ${wholeMedian.toFixed(2)} ms`,
      ],
    });
    if (first.ordersRead !== PAGE_ROWS) results.at(-1)!.checks[0]!.pass = false;

    log(`one row added, ${layout.name}`);
    page = await openBenchPage(context, layout.url, layout.html, bundle);
    const added = await page.evaluate(
      ([id, url, s, warmup, runs]) => (window as any).__bench.addOne(id, url, s, warmup, runs, 10),
      [layout.id, layout.url, shape, ADD_WARMUP, ADD_SAMPLES] as const,
    );
    await page.close();
    const addMedian = median(added.samples);
    const sorted = [...added.samples].sort((a: number, b: number) => a - b);
    const quartile = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;
    results.push({
      id: `read-add-one-${layout.id}`,
      title: `one row added to a read 500-row page (${layout.name})`,
      median: addMedian,
      unit: 'ms',
      runs: added.samples.length,
      baseline: { label: 'first read', median: readMedian },
      checks: checks({
        label: 'vs first read',
        budget: { kind: 'ratio', max: 0.02 },
        value: ratio(addMedian, readMedian),
        // The plain table's first read is 1.4-1.7 ms since the page reads texts only, so its
        // 0.02-0.04 ms change read (a few ticks of the 5 µs clock) is 1.0-1.3% quiet and was
        // 2.25% once in a loaded short CI run (1.56% when measured again), 15% once as a median
        // of 5 back-to-back samples (ADD_SAMPLES says why there are 41 now).
        ...(layout.id === 'demo' && { guard: { max: 0.035, why: 'a change read of a few 5 µs clock ticks against a 1.4-3 ms first read: 1.0-1.3% quiet; 0.9-1.9% at load 3-4 as the median of 41 samples spread over time (2026-12-07, 5 runs)' } }),
      }),
      notes: [
        `each sample: mean of 10 single-row additions, each followed by the content script's read of its mutation records and the row taken out again ` +
          `(${added.changeReads} of ${added.additions} read as changes, not whole; ${added.ordersRead} orders at most); ` +
          `median of ${added.samples.length} samples spread over time, quartiles ${(quartile(0.25) * 1000).toFixed(1)}-${(quartile(0.75) * 1000).toFixed(1)} µs, largest ${(sorted.at(-1)! * 1000).toFixed(1)} µs`,
      ],
    });
  }
}

// ---- (3b) the reader by meaning ---------------------------------------------------

/** A console page with every class stripped: what a redesign leaves the reader by meaning. */
const stripClasses = (html: string): string => html.replace(/\sclass="[^"]*"/g, '');

/**
 * A seller console of about 5,000 elements: menus, a filter form, stat cards and notices around
 * a 20-row order list, which the reader must find by what it says.
 */
function busyPage(orders: readonly import('../lib/schema').Order[]): string {
  const chrome = Array.from(
    { length: 470 },
    (_, i) => `<div><span>菜单 ${i}</span><a href="#">链接</a><ul><li>项</li><li>今日 ${i}</li></ul><p>说明 ${i}</p><div><b>${i}</b><i>x</i></div></div>`,
  ).join('');
  return demoPage(orders.slice(0, 20)).replace('<main>', `<main>${chrome}`);
}

const LONG_LIST = 20_000;

/**
 * `--profile`: where the reader by meaning spends its time on a page, printed after its timed
 * reads and measured apart from them (a page of its own, the same reads, a sampling profile
 * every 100 µs), so the figures above are what they are without it. The functions taking the
 * most time of their own, and the whole profile for DevTools (Performance panel, "Load profile").
 */
const PROFILE = process.argv.includes('--profile');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function profileReads(context: BrowserContext, bundle: string, layout: { id: string; name: string; url: string; html: string }): Promise<void> {
  const page = await openBenchPage(context, layout.url, layout.html, bundle);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(([url, warmup, runs]) => (window as any).__bench.meaningRead(url, warmup, runs), [layout.url, WARMUP + 3, Math.max(RUNS, 15)] as const);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await page.close();
  const file = join(CACHE, `profile-meaning-${layout.id}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
    own.set(name, (own.get(name) ?? 0) + ms);
    total += ms;
  });
  log(`profile of the reader by meaning, ${layout.name} (time of its own, warm-ups and the every-cell baseline included; ${file}):`);
  for (const [name, ms] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 15)) log(`  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}

async function meaningReads(context: BrowserContext, bundle: string, shape: OrderShape): Promise<void> {
  const orders = generateOrders(PAGE_ROWS, shape, Date.now(), 11);
  const layouts = [
    {
      id: 'table',
      name: 'plain table',
      url: DEMO_URL,
      html: demoPage(orders),
      guard: { max: 9, why: 'met quiet: 2.29x at load ~2 (2026-12-07 13:10, short run) since only the 40 sampled rows are laid out; 2.9-3.1x at load ~7; the console adapter reads the same page at 1.3-2.1x' },
    },
    {
      id: 'blocks',
      name: 'Taobao blocks, classes stripped',
      url: TAOBAO_URL,
      html: stripClasses(taobaoPage(orders)),
      guard: { max: 8, why: 'not met in most runs: 2.95-3.30x, median ~3.1x, in ten runs at load 0.7-2.5 (2026-12-08 02:30, --only=meaning), against 3.61x at the start of that stop (each block\'s order read into texts as it is finished, the keys to read listed once per list, no page walk for <template>); what remains is spread thin: the page-wide never-text listing 6-9% of a read, the proof that a block holds one order number (its whole text, as costly read before the blocks as with each), then the browser calls for each block\'s frame, rows, cells, header texts and picked cells (~140 a block)' },
    },
  ];
  for (const layout of layouts) {
    log(`reader by meaning, ${layout.name}`);
    const page = await openBenchPage(context, layout.url, layout.html, bundle);
    const r = await page.evaluate(
      ([url, warmup, runs]) => (window as any).__bench.meaningRead(url, warmup, runs),
      [layout.url, WARMUP + 3, Math.max(RUNS, 15)] as const,
    );
    await page.close();
    const readMedian = median(r.read);
    const cellsMedian = median(r.cells);
    results.push({
      id: `meaning-read-${layout.id}`,
      title: `reader by meaning, 500 orders (${layout.name}): in the page`,
      median: readMedian,
      unit: 'ms',
      runs: r.read.length,
      baseline: { label: CELLS_AFTER_CHANGE, median: cellsMedian },
      checks: checks(
        { label: 'orders read', budget: { kind: 'count', max: PAGE_ROWS }, value: r.ordersRead },
        { label: 'vs baseline', budget: { kind: 'ratio', max: 3 }, value: ratio(readMedian, cellsMedian), guard: layout.guard },
      ),
      notes: [`${r.ordersRead} orders read by the page's structure, no console selector`],
    });
    if (r.ordersRead !== PAGE_ROWS) results.at(-1)!.checks[0]!.pass = false;
    if (layout.id !== 'blocks') continue;
    if (PROFILE) await profileReads(context, bundle, layout);
    // A page read by its structure is read again order by order when the page changes one.
    log(`one order changed, ${layout.name}`);
    const changePage = await openBenchPage(context, layout.url, layout.html, bundle);
    const c = await changePage.evaluate(
      ([url, warmup, runs]) => (window as any).__bench.meaningChange(url, warmup, runs),
      [layout.url, WARMUP + 3, Math.max(RUNS, 15)] as const,
    );
    await changePage.close();
    const changeMedian = median(c.samples);
    results.push({
      id: `meaning-change-${layout.id}`,
      title: `one order changed on a 500-order page read by its structure (${layout.name})`,
      median: changeMedian,
      unit: 'ms',
      runs: c.samples.length,
      baseline: { label: 'reading it whole by structure', median: readMedian },
      checks: checks({ label: 'vs whole read', budget: { kind: 'ratio', max: 0.05 }, value: ratio(changeMedian, readMedian) }),
      notes: [`${c.changeReads} of ${c.changes} changes read order by order, not whole; ${c.ordersRead} orders at the end`],
    });
    if (c.changeReads !== c.changes || c.ordersRead !== PAGE_ROWS) results.at(-1)!.checks[0]!.pass = false;
  }
  // A list far longer than a console pages (a seller's "show all"): read whole, once, without
  // freezing the page; the content script's read runs on the page's own thread.
  log('reader by meaning, a 20,000-row table');
  const longPage = await openBenchPage(context, DEMO_URL, demoPage(generateOrders(LONG_LIST, shape, Date.now(), 13)), bundle);
  const long = await longPage.evaluate(([url]) => (window as any).__bench.meaningRead(url, 1, 3), [DEMO_URL] as const);
  await longPage.close();
  results.push({
    id: 'meaning-read-long',
    title: `reader by meaning, ${LONG_LIST.toLocaleString('en')} rows (plain table): in the page`,
    median: median(long.read),
    unit: 'ms',
    runs: long.read.length,
    baseline: { label: CELLS_AFTER_CHANGE, median: median(long.cells) },
    checks: checks(
      { label: 'orders read', budget: { kind: 'count', max: LONG_LIST }, value: long.ordersRead },
      {
        label: 'vs baseline',
        budget: { kind: 'ratio', max: 3 },
        value: ratio(median(long.read), median(long.cells)),
        guard: { max: 6, why: '3.49x first measured on a machine at load ~12 (2026-12-06); the same reader costs 2.7-2.9x on 500 rows' },
      },
      {
        label: 'median',
        budget: { kind: 'ms', max: 1000 },
        value: median(long.read),
        guard: { max: 4000, why: '2243 ms first measured at load ~12 (the every-cell baseline alone took 689 ms there); a quiet figure is to come' },
      },
    ),
  });
  if (long.ordersRead !== LONG_LIST) results.at(-1)!.checks[0]!.pass = false;
  log('finding the order list on a page of ~5,000 elements');
  const page = await openBenchPage(context, DEMO_URL, busyPage(orders), bundle);
  const found = await page.evaluate(([warmup, runs]) => (window as any).__bench.findList(warmup, runs), [WARMUP + 3, Math.max(RUNS, 15)] as const);
  await page.close();
  results.push({
    id: 'meaning-find',
    title: `finding the order list among ${found.elements} elements, one row changed before each find`,
    median: median(found.samples),
    unit: 'ms',
    runs: found.samples.length,
    checks: checks(
      { label: 'orders found', budget: { kind: 'count', max: 20 }, value: found.ordersFound },
      { label: 'median', budget: { kind: 'ms', max: 20 }, value: median(found.samples) },
    ),
  });
  // A page smaller than the budget's 5,000 elements would not test it.
  if (found.ordersFound !== 20 || found.elements < 5_000) results.at(-1)!.checks[0]!.pass = false;
}

// ---- (4) ingest + detect in Chromium's IndexedDB ---------------------------------------------

async function ingestScenario(context: BrowserContext, bundle: string, shape: OrderShape): Promise<void> {
  const page = await openBenchPage(context, 'http://bench.localhost/ingest', '<!DOCTYPE html><title>ingest</title>', bundle);
  const points: SizePoint[] = [];
  let at10k: { ingest: number; raw: number; runs: number; findings: number } | undefined;
  for (const size of SIZES) {
    // At 100k one run, no warm-up: it is the scale line's last point, not a budget, and each run
    // writes 100,000 orders twice (ingest and the raw put) in one transaction.
    const runs = size >= 100_000 ? 1 : RUNS;
    log(`ingest ${size}`);
    const r = await page.evaluate(
      ([n, s, warmup, k]) => (window as any).__bench.ingest(n, s, warmup, k),
      [size, shape, size >= 100_000 ? 0 : WARMUP, runs] as const,
    );
    points.push({ size, medianMs: median(r.ingestMs) });
    if (size === 10_000) at10k = { ingest: median(r.ingestMs), raw: median(r.rawMs), runs: r.ingestMs.length, findings: r.result.findings };
  }
  // Not budgeted: what the alarm costs against the database once orders keep their clocks.
  log('the alarm in IndexedDB over 10000');
  const alarm = await page.evaluate(
    ([s, warmup, k]) => (window as any).__bench.alarmInDb(10_000, s, warmup, k),
    [shape, WARMUP, RUNS] as const,
  );
  await page.close();
  results.push({
    id: 'ingest-10k',
    title: 'ingest + detect 10 000 orders (Chromium IndexedDB)',
    median: at10k!.ingest,
    unit: 'ms',
    runs: at10k!.runs,
    baseline: { label: 'one raw IDB put transaction', median: at10k!.raw },
    checks: checks({ label: 'vs baseline', budget: { kind: 'ratio', max: 3 }, value: ratio(at10k!.ingest, at10k!.raw) }),
    scale: { points, growth: growth(points) },
    notes: [
      `${at10k!.findings} findings stored as cases at 10k`,
      `the alarm against IndexedDB, 15 min after the last, 10k stored: ${median(alarm.alarmMs).toFixed(1)} ms, reading the ${alarm.read} orders whose clocks run by their index; reading every stored order alone: ${median(alarm.readAllMs).toFixed(1)} ms`,
    ],
  });
}

/**
 * One page read: 20 changed orders ingested and judged in a shop of 1k, 10k and 100k
 * stored orders, each next to a raw IndexedDB put of the same 20 records in the same run; the
 * read must not grow with the shop. Also how many orders a read judges, and what the alarm's
 * catch-up after a burst of reads judges.
 */
async function pageReadScenario(context: BrowserContext, bundle: string, shape: OrderShape): Promise<void> {
  const page = await openBenchPage(context, 'http://bench.localhost/page-read', '<!DOCTYPE html><title>page read</title>', bundle);
  const points: SizePoint[] = [];
  const perSize: Array<{ size: number; read: number; raw: number; runs: number; judged: number; catchUpMs: number; catchUpJudged: number; afterBurst: { changed: number; judged: number } }> = [];
  log(`page reads in shops of ${SIZES.join(', ')}`);
  // More runs than elsewhere: one read takes a few milliseconds, so a preemption moves a sample a lot.
  const shops = await page.evaluate(([sizes, s, warmup, k]) => (window as any).__bench.pageReads(sizes, s, warmup, k), [SIZES, shape, WARMUP + 3, RUNS * 3] as const);
  for (const r of shops) {
    const read = median(r.readMs);
    points.push({ size: r.size, medianMs: read });
    perSize.push({ size: r.size, read, raw: median(r.rawMs), runs: r.readMs.length, judged: median(r.judged), catchUpMs: r.catchUpMs, catchUpJudged: r.catchUpJudged, afterBurst: r.afterBurst });
  }
  await page.close();
  const first = perSize[0]!;
  const last = perSize.at(-1)!;
  const sizeName = (size: number) => `${size / 1000}k`;
  results.push({
    id: 'page-read',
    title: `one page read: 20 changed orders ingested and judged, ${sizeName(last.size)} stored (Chromium IndexedDB)`,
    median: last.read,
    unit: 'ms',
    runs: last.runs,
    baseline: { label: 'raw IDB put of the same 20', median: last.raw },
    checks: checks(
      ...perSize.map((p) => ({
        label: `vs raw put, ${sizeName(p.size)} stored`,
        budget: { kind: 'ratio' as const, max: 3 },
        value: ratio(p.read, p.raw),
        guard: {
          max: 5,
          why: 'a read asks the browser in two rounds before it writes (its stored orders, figures, recent orders and cases; then the orders sharing a buyer with those not flagged alone, and the cases of those not flagged caseless: ~9 read requests at 10k) and commits once at its end, where the raw put only writes: 2.3-3.4x at load ~5-7 in 2026-12-07 runs (each request costs more under load than the raw put)',
        },
      })),
      { label: `growth ${sizeName(first.size)} → ${sizeName(last.size)}`, budget: { kind: 'ratio', max: 1.5 }, value: ratio(last.read, first.read) },
    ),
    scale: { points, growth: growth(points) },
    notes: perSize.map(
      (p) =>
        `${p.size.toLocaleString('en')} stored: a read ${p.read.toFixed(2)} ms against a raw put ${p.raw.toFixed(2)} ms; it judges ${p.judged} orders (the 20 changed and those sharing a buyer with them); the alarm's catch-up after a burst of 10 reads judges ${p.catchUpJudged} (${p.catchUpMs.toFixed(1)} ms); the read after the burst judges ${p.afterBurst.judged}: its ${p.afterBurst.changed} changed orders and ${p.afterBurst.judged - p.afterBurst.changed} sharing a buyer with them`,
    ),
  });
}

// ---- (5) detectors over stored orders (Node: pure functions, the same V8) --------------------

/**
 * What the re-evaluation alarm runs over a shop's stored orders (lib/ingest reevaluateAsTimePasses,
 * without the database), one alarm period after the last one: the orders whose clocks run (kept
 * with each record at ingest), and on each the detectors whose clock runs there, where their
 * result can change between the two alarms; shop-level checks where theirs can. Timed alongside,
 * for reference, not budgeted: the first alarm of a browser session (the last one's time unknown:
 * every order's clocks decided again, every result that can move with time judged) and a full
 * evaluation of every order.
 */
/** 14:00 in Beijing, 06:00 UTC: 15 minutes before it, no day of either zone began. */
const ORDINARY_ALARM_AT = Date.UTC(2026, 10, 25, 6, 0);

function detectorScenario(shape: OrderShape): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const points: SizePoint[] = [];
  let top: { ms: number; base: number; runs: number; mb: number; findings: number; judged: number; full: number; first: number; firstJudged: number; daily: number } | undefined;
  const period = DEFAULT_SETTINGS.reevaluateMinutes * 60_000;
  const perSize: string[] = [];
  for (const size of SIZES) {
    log(`detectors over ${size}`);
    // A fixed time: the timed alarm is an ordinary one, never the first of a new day. With the
    // wall clock, a run in the quarter hour after midnight in Beijing or UTC (16:00 or 00:00 UTC)
    // timed rate-spike's daily re-count too: 12.6-13.6 ms against 4.5-5.3 ms at 100k. That
    // first alarm of a day is timed apart below.
    const now = ORDINARY_ALARM_AT;
    const orders = generateOrders(size, shape, now, 5);
    // As stored: each order's clocks were decided when it was ingested (lib/ingest).
    const key = clockKey(DEFAULT_SETTINGS);
    const clocksOf = clockOf(DEFAULT_SETTINGS);
    // The same objects, marked in place as records are (a copy would lay them out anew, and the
    // two passes would measure memory placement rather than the work).
    const stored: Array<Order & { clockKey?: number; clocks?: number }> = orders.map((o) => Object.assign(o, { clockKey: key, clocks: clocksOf(o) }));
    // What reevaluateAsTimePasses does with the stored orders: those with a clock running under
    // these settings, then the detectors over those.
    const alarm = (): TimedEvaluation => {
      // lib/detectors/clock `clocksUnder`, written out: this loop stands for the index read the
      // extension does, and a call per record (clockedOf with a closure) measured up to ~1 ms more.
      const current = clockKey(DEFAULT_SETTINGS);
      const clocked: Order[] = [];
      const clocks: number[] = [];
      for (let i = 0; i < stored.length; i++) {
        const record = stored[i]!;
        const on = record.clockKey === current ? record.clocks! : ALL_CLOCKS;
        if (on === 0) continue;
        clocked.push(record);
        clocks.push(on);
      }
      return evaluateTimeDriven(stored, buildContext(stored, { clocked: { orders: clocked, clocks } }), now, DEFAULT_SETTINGS, { since: now - period });
    };
    const runs = size >= 100_000 ? Math.min(RUNS, 5) : RUNS;
    const times: number[] = [];
    const base: number[] = [];
    const full: number[] = [];
    const first: number[] = [];
    const daily: number[] = [];
    let growthMb = 0;
    let findings = 0;
    let judged = 0;
    let firstJudged = 0;
    const pairs = (scope: { orders: ReadonlyMap<unknown, readonly unknown[]> }) => [...scope.orders.values()].reduce((sum, list) => sum + list.length, 0);
    // Timed back to back after the warm-up, with no collection forced between: a forced full
    // collection empties the CPU's caches and throws away V8's optimized code of the detectors'
    // per-order tests (held weakly), so the run after it measured a cold start (16 against
    // 7.5 ms at 100k, before clocks were kept); the baseline's loop, inline here, kept its code.
    // Warm, both share the caches the other leaves, and the ratio is steadier.
    for (let i = 0; i < WARMUP + runs; i++) {
      const t0 = performance.now();
      alarm();
      const t = performance.now() - t0;
      const t1 = performance.now();
      let sum = 0;
      for (const o of stored) sum += o.money.paid;
      const tb = performance.now() - t1;
      if (sum < 0) log('impossible');
      if (i >= WARMUP) {
        times.push(t);
        base.push(tb);
      }
    }
    // The heap: what one alarm keeps alive at its end, measured from a full collection.
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const held = alarm();
    growthMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    findings = held.findings.length;
    judged = pairs(held.judged);
    // Timed alongside, not budgeted, each after a full collection.
    for (let i = 0; i < 2; i++) {
      gc?.();
      const t2 = performance.now();
      evaluate(orders, buildContext(orders), now, DEFAULT_SETTINGS);
      full.push(performance.now() - t2);
      gc?.();
      // Which also decides every order's clock again (its writes are not timed here).
      const t3 = performance.now();
      firstJudged = pairs(evaluateTimeDriven(orders, buildContext(orders, { clocked: clockedOf(orders, clockOf(DEFAULT_SETTINGS)) }), now, DEFAULT_SETTINGS).judged);
      first.push(performance.now() - t3);
      // What the first alarm of a new day adds: the shop-level counts (rate-spike), re-done once a day.
      gc?.();
      const t4 = performance.now();
      rateSpike.runShop(buildContext(orders), now, DEFAULT_SETTINGS.detectors['rate-spike']);
      daily.push(performance.now() - t4);
    }
    points.push({ size, medianMs: median(times) });
    perSize.push(`${size.toLocaleString('en')}: ${ratio(median(times), median(base)).toFixed(1)}× (sum ${median(base).toFixed(2)} ms)`);
    top = { ms: median(times), base: median(base), runs, mb: growthMb, findings, judged, full: Math.min(...full), first: Math.min(...first), firstJudged, daily: Math.min(...daily) };
  }
  const size = SIZES.at(-1)!;
  results.push({
    id: 'detectors-all',
    title: `all detectors over ${size.toLocaleString('en')} orders, alarm re-evaluation ${DEFAULT_SETTINGS.reevaluateMinutes} min after the last (Node)`,
    median: top!.ms,
    unit: 'ms',
    runs: top!.runs,
    baseline: { label: 'one pass summing amounts', median: top!.base },
    checks: checks(
      {
        label: 'vs baseline',
        budget: { kind: 'ratio', max: 5 },
        value: ratio(top!.ms, top!.base),
        // The short run's 10k sum takes under 1 ms, so one collection pause moves its ratio.
        ...(SHORT && { guard: { max: 12, why: 'at 10k the summing pass takes < 1 ms: one GC pause moves the ratio (0.7-6.2x measured)' } }),
      },
      { label: 'heap growth', budget: { kind: 'mb', max: 100 }, value: (globalThis as { gc?: unknown }).gc ? top!.mb : Number.NaN },
    ),
    scale: { points, growth: growth(points) },
    notes: [
      `${top!.findings} findings; ${top!.judged} (detector, order) pairs judged, of ${size * DETECTORS.filter((d) => d.run).length} in a full evaluation`,
      `the first alarm of a new day also re-counts the shop (rate-spike): + ${top!.daily.toFixed(1)} ms`,
      `the first alarm of a browser session (last run unknown: ${top!.firstJudged} pairs judged): ${top!.first.toFixed(1)} ms`,
      `a full evaluation of every order (not what the alarm runs): ${top!.full.toFixed(1)} ms`,
      `vs the summing pass at each size: ${perSize.join(', ')}`,
      ...((globalThis as { gc?: unknown }).gc ? [] : ['run node with --expose-gc to measure the heap']),
    ],
  });
}

// ---- (6) weekly summary + CSV ----------------------------------------------------------------

function summaryScenario(shape: OrderShape): void {
  const points: SizePoint[] = [];
  let at10k: { ms: number; base: number; runs: number; rows: number } | undefined;
  const ratios: string[] = [];
  for (const size of SIZES) {
    log(`weekly summary + CSV over ${size} cases`);
    const now = Date.now();
    const orders = generateOrders(size, shape, now, 19);
    const cases = generateCases(orders, now);
    const input = { cases, events: [], notes: [], orders };
    const opts = { shop: 'all' as const, now, timeZone: 'Asia/Shanghai', weekStartsOn: 1 as const };
    const runs = size >= 100_000 ? Math.min(RUNS, 5) : RUNS;
    const times: number[] = [];
    const base: number[] = [];
    let rows = 0;
    for (let i = 0; i < WARMUP + runs; i++) {
      const t0 = performance.now();
      const csv = toCsv(summarizeWeek(input, undefined, opts), 'en');
      const t = performance.now() - t0;
      rows = csv.split('\n').length - 1;
      const t1 = performance.now();
      const json = JSON.stringify(cases);
      const tb = performance.now() - t1;
      if (json.length === 0) log('impossible');
      if (i >= WARMUP) {
        times.push(t);
        base.push(tb);
      }
    }
    points.push({ size, medianMs: median(times) });
    ratios.push(`${size.toLocaleString('en')}: ${ratio(median(times), median(base)).toFixed(2)}× (JSON.stringify ${median(base).toFixed(1)} ms)`);
    if (size === 10_000) at10k = { ms: median(times), base: median(base), runs, rows };
  }
  results.push({
    id: 'summary-csv',
    title: 'weekly summary + CSV over 10 000 cases (Node)',
    median: at10k!.ms,
    unit: 'ms',
    runs: at10k!.runs,
    baseline: { label: 'JSON.stringify of the cases', median: at10k!.base },
    checks: checks({ label: 'vs baseline', budget: { kind: 'ratio', max: 5 }, value: ratio(at10k!.ms, at10k!.base) }),
    scale: { points, growth: growth(points) },
    notes: [`${at10k!.rows} CSV lines for the current week at 10k`, `vs JSON.stringify at each size: ${ratios.join(', ')}`],
  });
}

// ---- (3) + (7) the built extension ---------------------------------------------------------

async function launchExtension() {
  // A copy of the build with one empty page: the floor every extension page pays.
  const dir = mkdtempSync(join(tmpdir(), 'os-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-empty.html'), '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>.</p></body></html>');
  const profile = mkdtempSync(join(tmpdir(), 'os-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...ARGS],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  await databaseCreated(worker); // the first-paint scenario writes to it with raw IndexedDB
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Counts messages reaching the background and IndexedDB writes made by it. */
async function installCounters(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as any;
    g.__benchCounts = { messages: {} as Record<string, number>, writes: {} as Record<string, number> };
    g.chrome.runtime.onMessage.addListener((m: any) => {
      const type = String(m?.type ?? '?');
      g.__benchCounts.messages[type] = (g.__benchCounts.messages[type] ?? 0) + 1;
      return undefined;
    });
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      const original = (IDBObjectStore.prototype as any)[method];
      (IDBObjectStore.prototype as any)[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        const key = `${this.name}.${method}`;
        g.__benchCounts.writes[key] = (g.__benchCounts.writes[key] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  });
}

const readCounts = (worker: Worker) =>
  worker.evaluate(() => {
    const g = globalThis as any;
    const counts = JSON.parse(JSON.stringify(g.__benchCounts));
    g.__benchCounts.messages = {};
    g.__benchCounts.writes = {};
    return counts as { messages: Record<string, number>; writes: Record<string, number> };
  });

const total = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function rereadScenario(shape: OrderShape): Promise<void> {
  log('re-read of an unchanged page (extension)');
  const b = await launchExtension();
  try {
    await installCounters(b.worker);
    const orders = generateOrders(PAGE_ROWS, shape, Date.now(), 13);
    const page = await b.context.newPage();
    await page.route(TAOBAO_URL, (route) => route.fulfill({ body: taobaoPage(orders), contentType: 'text/html; charset=utf-8' }));
    await page.goto(TAOBAO_URL);
    // The first read: orders sent, stored, judged, badges drawn. Then quiet.
    await page.waitForSelector('[data-os-host]', { state: 'attached', timeout: 30_000 });
    await sleep(3_000);
    const firstRead = await readCounts(b.worker);
    // The console re-renders its list with the same orders (as consoles do on hover/timers).
    await page.evaluate(() => {
      const list = document.querySelector('[class*="trade-order-mod__order-list"]')!;
      for (const host of list.querySelectorAll('[data-os-host]')) host.remove();
      list.innerHTML = list.innerHTML;
    });
    await page.waitForSelector('[data-os-host]', { state: 'attached', timeout: 30_000 });
    await sleep(2_000);
    const reread = await readCounts(b.worker);
    await page.close();
    results.push({
      id: 'reread-unchanged',
      title: 're-read of an unchanged 500-order page (extension)',
      unit: 'count',
      runs: 1,
      checks: checks(
        // A read with a change is one request (its answer carries the badges): before, the page
        // then asked for its badges, and again after the re-evaluation 2 s later (3 requests).
        { label: 'requests of the first read', budget: { kind: 'count', max: 1 }, value: total(firstRead.messages) },
        { label: 'messages sent', budget: { kind: 'count', max: 0 }, value: total(reread.messages) },
        { label: 'database writes', budget: { kind: 'count', max: 0 }, value: total(reread.writes) },
      ),
      notes: [
        `first read: messages ${JSON.stringify(firstRead.messages)}, writes ${JSON.stringify(firstRead.writes)}`,
        `re-read: messages ${JSON.stringify(reread.messages)}, writes ${JSON.stringify(reread.writes)}`,
      ],
    });
  } finally {
    await b.close();
  }
}

async function firstPaintScenario(shape: OrderShape): Promise<void> {
  log('side panel / popup first paint with 10 000 cases (extension)');
  const b = await launchExtension();
  try {
    const now = Date.now();
    const cases = generateCases(generateOrders(10_000, shape, now, 17), now);
    // Written straight into the extension's database, as 10 000 detections would leave it.
    await b.worker.evaluate(async (rows) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const req = indexedDB.open('order-sentinel');
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      await new Promise<void>((res, rej) => {
        const tx = db.transaction('cases', 'readwrite');
        for (const c of rows) tx.objectStore('cases').put(c);
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    }, cases);
    // performance.now() at the first frame the content is there: ms since navigation. The page
    // polls every frame from its start (an init script, before any of its own): polled from the
    // test driver, the first look came only after the load event and the driver's own set-up,
    // 35-45 ms after the list was drawn in a trace (2026-12-07), and that lag, not the page, was
    // most of what was measured. The driver's first look is kept as a note.
    const firstPaint = async (path: string, ready: string): Promise<{ seen: number; polled: number }> => {
      const page = await b.context.newPage();
      await page.addInitScript((sel: string) => {
        const w = window as unknown as { __firstSeen?: number };
        const look = (): void => {
          if (document.querySelector(sel) !== null) w.__firstSeen = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, ready);
      await page.goto(`chrome-extension://${b.extensionId}/${path}`);
      const polled = await (await page.waitForFunction((sel) => document.querySelector(sel) !== null && performance.now(), ready, { polling: 'raf', timeout: 30_000 })).jsonValue();
      const seen = await (await page.waitForFunction(() => (window as unknown as { __firstSeen?: number }).__firstSeen ?? false, undefined, { polling: 'raf', timeout: 30_000 })).jsonValue();
      await page.close();
      return { seen: seen as number, polled: polled as number };
    };
    // Interleaved (empty, side panel, popup in each round), so the machine's load drifting
    // during the run weighs on the three alike instead of on whichever ran last.
    const pages = [
      { path: 'bench-empty.html', ready: 'p', samples: [] as number[], polled: [] as number[] },
      { path: 'sidepanel.html', ready: '[data-testid="case-list"] li', samples: [] as number[], polled: [] as number[] },
      { path: 'popup.html', ready: '[data-testid="urgent-cases"] li', samples: [] as number[], polled: [] as number[] },
    ];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const p of pages) {
        const at = await firstPaint(p.path, p.ready);
        if (i >= WARMUP) {
          p.samples.push(at.seen);
          p.polled.push(at.polled);
        }
      }
    }
    const [empty, panel, popup] = pages.map((p) => median(p.samples)) as [number, number, number];
    const [emptyPolled, panelPolled, popupPolled] = pages.map((p) => median(p.polled)) as [number, number, number];
    /** A first paint against the empty page, budgeted in milliseconds on this machine. */
    const paint = (id: string, title: string, ms: number, polled: number, max: number, guard: { max: number; why: string }): ScenarioResult => ({
      id,
      title,
      median: ms,
      unit: 'ms',
      runs: RUNS,
      baseline: { label: 'empty extension page', median: empty },
      checks: checks({ label: 'median', budget: { kind: 'ms', max }, value: ms, guard }),
      notes: [
        `${(ms / empty).toFixed(1)}× the empty page, ${(ms - empty).toFixed(0)} ms after it`,
        `the test driver's first look: ${polled.toFixed(1)} ms (the empty page ${emptyPolled.toFixed(1)} ms)`,
      ],
    });
    results.push(
      paint('sidepanel-first-paint', 'side panel first paint, 10 000 cases', panel, panelPolled, 150, {
        max: 250,
        why: 'met: 96.8 ms at load ~4 (2026-12-07 15:39, seen from the page\'s first frame), 139-146 ms at load 4-5; its first screen is one plain IndexedDB read begun by the early script, without Dexie',
      }),
      paint('popup-first-paint', 'popup first paint, 10 000 cases', popup, popupPolled, 100, {
        max: 200,
        why: 'met: 79.1-88.0 ms at load ~4 (2026-12-07 15:40, seen from the page\'s first frame), 115-122 ms at load 4-5: popup.html loads the early script, one module and an inline style sheet (b90cc37, dc38785), and parses only the 5 cases it shows (ee144dd); what is left is the module\'s evaluation before the load event',
      }),
    );
  } finally {
    await b.close();
  }
}

// ---- (8) bundle sizes ------------------------------------------------------------------------

/** Gzipped bytes of an entry and every chunk it loads (scripts and modulepreloads of its HTML). */
function bundleSizes(): void {
  const gz = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length / 1024;
  const ofPage = (html: string) => {
    const text = readFileSync(join(EXTENSION_DIR, html), 'utf8');
    const files = [...text.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
    return files.reduce((s, f) => s + gz(f), 0);
  };
  // One content script per console, and one for granted sites (made at build time, lib/content/scripts.ts): a
  // seller's page loads one of them, so the budget holds the largest; each one is listed.
  const scripts = readdirSync(join(EXTENSION_DIR, 'content-scripts'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => ({ file, kb: gz(`content-scripts/${file}`) }));
  const largest = scripts.reduce((a, b) => (b.kb > a.kb ? b : a));
  const entries: Array<{ id: string; label: string; kb: number; max?: number; guard?: { max: number; why: string } }> = [
    {
      id: 'content',
      label: `content script, the largest (${largest.file})`,
      kb: largest.kb,
      max: 25,
    },
    ...scripts.map((s) => ({ id: `content:${s.file}`, label: `  content-scripts/${s.file}`, kb: s.kb })),
    { id: 'background', label: 'background', kb: gz('background.js') },
    { id: 'popup', label: 'popup', kb: ofPage('popup.html'), max: 60 },
    { id: 'sidepanel', label: 'side panel', kb: ofPage('sidepanel.html') },
    // Not loaded with the page: the background injects it when the seller starts teach mode.
    { id: 'teach', label: 'teach mode (on demand)', kb: gz('teach.js') },
    // Injected the first time the seller opens a note on a row.
    { id: 'notes', label: 'note popover (on demand)', kb: gz('notes.js') },
    // Putting a reply into the console and reading a lazily rendered list whole (entrypoints/page-tools.ts).
    { id: 'page-tools', label: 'page tools (on demand)', kb: gz('page-tools.js') },
    // The reader by meaning, injected when a console's layout finds no order list (entrypoints/reader.ts).
    { id: 'reader', label: 'reader by meaning (on demand)', kb: gz('reader.js') },
  ];
  results.push({
    id: 'bundle-sizes',
    title: 'bundle sizes (gzip -9, with the chunks each loads; KB = 1,024 bytes)',
    unit: 'kb',
    runs: 1,
    checks: entries.map((e) =>
      evaluateCheck({ label: e.label, budget: { kind: 'kb', max: e.max ?? Number.POSITIVE_INFINITY }, value: e.kb, ...(e.guard && { guard: e.guard }) }),
    ),
  });
}

// ---- run ------------------------------------------------------------------------------------

const started = Date.now();
const shape = loadShape();
log(`order shape from ${shape.source}; sizes ${SIZES.join(', ')}; ${RUNS} runs after ${WARMUP} warm-up`);
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('bench: .output/chrome-mv3 not found: run `npm run build` first');
  process.exit(2);
}
const bundle = await bundlePage();
if (want('read') || want('meaning') || want('ingest') || want('page')) {
  // A profile on disk, as a seller's browser keeps the extension's database: an incognito
  // context keeps IndexedDB in memory, where each write costs more the larger the database
  // (1,000 puts: 145 ms into an empty one, 700 ms into one of 8,000 records; on disk ~200 ms
  // at any size): the 100k runs had not ended after 25 minutes.
  const profile = mkdtempSync(join(tmpdir(), 'os-bench-idb-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    if (want('read')) await pageReads(context, bundle, shape);
    if (want('meaning')) await meaningReads(context, bundle, shape);
    if (want('ingest')) await ingestScenario(context, bundle, shape);
    if (want('ingest') || want('page')) await pageReadScenario(context, bundle, shape);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
if (want('reread')) await rereadScenario(shape);
if (want('detectors')) detectorScenario(shape);
if (want('summary')) summaryScenario(shape);
if (want('evidence')) results.push(await evidenceScenario(RUNS, WARMUP, log));
if (want('paint')) await firstPaintScenario(shape);
if (want('bundle')) bundleSizes();

console.log(formatTable(results));
const scale = formatScale(results);
if (scale) console.log(`\nScale:\n${scale}`);
for (const r of results) for (const n of r.notes ?? []) console.log(`  ${r.id}: ${n}`);
const guarded = guardedFailures(results);
if (guarded.length > 0) console.log(`\nOver budget, held by a guard in CI (bench/README.md says why):\n${guarded.map((g) => `  ${g}`).join('\n')}`);
writeFileSync(
  'bench-results.json',
  `${JSON.stringify({ at: new Date(started).toISOString(), short: SHORT, shape: shape.source, node: process.version, seconds: (Date.now() - started) / 1000, scenarios: results }, null, 2)}\n`,
);
// `--readme`: the run goes into the committed sample, and bench/README.md's budget table is made from it.
if (process.argv.includes('--readme')) {
  const samplePath = 'bench/results.sample.json';
  const run: BenchRun = JSON.parse(readFileSync('bench-results.json', 'utf8'));
  const sample = mergeSample(existsSync(samplePath) ? (JSON.parse(readFileSync(samplePath, 'utf8')) as Sample) : { scenarios: [] }, run);
  writeFileSync(samplePath, `${JSON.stringify(sample, null, 2)}\n`);
  writeFileSync('bench/README.md', withTable(readFileSync('bench/README.md', 'utf8'), budgetTable(sample)));
  log(`${samplePath} and the budget table of bench/README.md updated with ${run.scenarios.length} scenarios`);
}
process.exitCode = exitCode(results, CI_MODE ? 'ci' : 'budgets');
