// What the built content scripts leave out (content script ≤ 25 KB gzipped): they
// run on every console page, so rarely used code and data load only when needed, and each
// console's script carries only its own adapter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser.mjs';
import { CONSOLES, SITES } from './consoles.mjs';

/**
 * Each script, and adapter data only its own adapter's file holds: a console's first page host, as
 * its adapter declares it (test/e2e/consoles.mjs), or the WooCommerce list's page name.
 */
const MARKERS = {
  ...Object.fromEntries(CONSOLES.map((c) => [`${c.id}.js`, /^[^:]+:\/\/(?:\*\.)?([^/]+)/.exec(c.matches[0])[1]])),
  // The granted sites' script (self-hosted WooCommerce, taught sites).
  [SITES]: 'wc-orders',
};
const SCRIPTS = Object.keys(MARKERS);
const script = (name) => readFileSync(join(EXTENSION_DIR, 'content-scripts', name), 'utf8');
/** Every content script's code, joined: what none of them may carry. */
const content = () => SCRIPTS.map(script).join('\n');

test('one content script per console and one for granted sites, and no other', () => {
  // Plus the observer of the console's own data and its relay (lib/pagedata; test/e2e/page-data.test.mjs),
  // the hand-over of the order data Taobao's detail page writes into its script (test/e2e/taobao-detail.test.mjs),
  // and one small script per review, message or order page (lib/adapters/pages).
  assert.deepEqual(
    readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js')).sort(),
    [...SCRIPTS, 'amazon-feedback.js', 'amazon-messages.js', 'douyin-messages.js', 'page-data-relay.js', 'page-data.js', 'pinduoduo-reviews.js', 'shopify-order.js', 'taobao-detail.js', 'woocommerce-order.js'].toSorted(),
  );
});

test('a review or message page\'s script carries its own page part, no other and no schema', () => {
  const parts = { 'amazon-feedback.js': 'feedback-manager', 'amazon-messages.js': 'current-filter-text', 'douyin-messages.js': 'pigeonChatNotScrollBox', 'pinduoduo-reviews.js': 'goods/evaluation', 'woocommerce-order.js': 'woocommerce-order-data__heading', 'shopify-order.js': 'Additional fees' };
  for (const [name, marker] of Object.entries(parts)) {
    const code = script(name);
    const carried = Object.entries(parts).filter(([, m]) => code.includes(m)).map(([n]) => n);
    assert.deepEqual([name, carried, code.includes('addressFingerprint'), code.includes('orders.imported')], [name, [name], false, false]);
  }
});

test('each content script carries its own console\'s adapter and no other', () => {
  for (const name of SCRIPTS) {
    const code = script(name);
    const carried = SCRIPTS.filter((other) => code.includes(MARKERS[other]));
    assert.deepEqual([name, carried], [name, [name]]);
  }
});

test('each content script carries its own consoles\' layout reader and no other', () => {
  // Problems only each reader reports (lib/extract/table.ts, blocks.ts, cards.ts).
  const readers = {
    table: 'no order table with an order-number column',
    blocks: 'the order list shows no order blocks',
    cards: 'the order list shows no order cards',
  };
  const carried = Object.fromEntries(SCRIPTS.map((name) => [name, Object.keys(readers).filter((kind) => script(name).includes(readers[kind]))]));
  // Each console's its adapter's layout kind (every console of the registry has one of the three), the granted sites' tables.
  assert.deepEqual(carried, { ...Object.fromEntries(CONSOLES.map((c) => [`${c.id}.js`, [c.layout]])), [SITES]: ['table'] });
  assert.deepEqual([...new Set(CONSOLES.map((c) => c.layout))].sort(), ['blocks', 'cards', 'table']);
});

test('only the granted sites\' script looks up taught sites (it hands the lookup to a console\'s script on a taught console page)', () => {
  // The label of a taught site's adapter (lib/teach/adapter.ts).
  assert.deepEqual(SCRIPTS.filter((name) => script(name).includes('自定义：')), ['sites.js']);
});
const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

test('the content script bundles no message file (the browser reads its own; the other comes from the background)', () => {
  const code = content();
  assert.equal(code.includes(en.extDescription.message), false);
  assert.equal(code.includes(en.backupCorrupt.message), false);
});

test('the content script carries no teach mode: the background injects teach.js on demand', () => {
  assert.equal(content().includes('os-teach-currency'), false);
  assert.equal(existsSync(join(EXTENSION_DIR, 'teach.js')), true);
  assert.equal(readFileSync(join(EXTENSION_DIR, 'teach.js'), 'utf8').includes('os-teach-currency'), true);
});

test('the content script carries no schema it never parses (settings, cases, the answers it does not read)', () => {
  const code = content();
  for (const field of ['retentionDays', 'lostDaysCrossBorder', 'dismissedSeverity', 'orders.imported', 'addressFingerprint', 'zThreshold']) assert.equal(code.includes(field), false, field);
});

test('the content script carries no zod messages: it only asks whether a message parses (the pages and the worker do)', () => {
  assert.equal(content().includes('Unrecognized key'), false);
  assert.equal(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8').includes('Unrecognized key'), true);
});

test('the content scripts carry no table of detector names: each finding comes with its own', () => {
  for (const name of ['Frequent refunder', '频繁退款买家', 'Unusual day']) assert.equal(content().includes(name), false, name);
});

test('the content scripts carry no note popover: the background injects notes.js on first use', () => {
  assert.equal(content().includes('overlayChipWaitingCarrier'), false);
  assert.equal(readFileSync(join(EXTENSION_DIR, 'notes.js'), 'utf8').includes('overlayChipWaitingCarrier'), true);
});

test('the content scripts read texts and parse none: dates, amounts and status words are parsed in the background', () => {
  const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
  // A French month word (dates), a currency word (amounts), a console's status word (Amazon's vocabulary).
  for (const marker of ['janvier', 'RMB', 'Shipped - Returned to seller']) {
    assert.equal(content().includes(marker), false, marker);
    assert.equal(background.includes(marker), true, marker);
  }
});

test('the content scripts carry no reply insertion or whole-list scrolling: the background injects page-tools.js on first use', () => {
  const tools = readFileSync(join(EXTENSION_DIR, 'page-tools.js'), 'utf8');
  for (const marker of ['insertText', 'scrollHeight']) {
    assert.equal(content().includes(marker), false, marker);
    assert.equal(tools.includes(marker), true, marker);
  }
});
