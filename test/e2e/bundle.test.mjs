// What the built content scripts leave out (issue 7: content script ≤ 25 KB gzipped): they
// run on every console page, so rarely used code and data load only when needed, and each
// console family's script carries only its own adapters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser.mjs';

const SCRIPTS = ['content.js', 'content-zh.js'];
const script = (name) => readFileSync(join(EXTENSION_DIR, 'content-scripts', name), 'utf8');
/** Every content script's code, joined: what none of them may carry. */
const content = () => SCRIPTS.map(script).join('\n');

test('one content script per console family, and no other', () => {
  assert.deepEqual(readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js')).sort(), SCRIPTS.toSorted());
});

test('each family\'s content script carries its own consoles\' adapters and not the other family\'s', () => {
  // Adapter data only its own file holds: a console's URL pattern or a status word of its own.
  const chinese = ['trade.taobao.com', 'mms.pinduoduo.com', 'porder.shop.jd.com', 'fxg.jinritemai.com'];
  const others = ['sellercentral.amazon.de', 'admin.shopify.com', 'www.ebay.de', 'www.etsy.com', 'wc-orders', 'order-sentinel-demo.localhost'];
  for (const marker of chinese) assert.deepEqual([marker, script('content-zh.js').includes(marker), script('content.js').includes(marker)], [marker, true, false]);
  for (const marker of others) assert.deepEqual([marker, script('content-zh.js').includes(marker), script('content.js').includes(marker)], [marker, false, true]);
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
