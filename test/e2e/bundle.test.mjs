// What the built content script leaves out (issue 7: content script ≤ 25 KB gzipped): it
// runs on every console page, so rarely used code and data load only when needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser.mjs';

const content = () => readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
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
