import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { CONSOLES, DEMO } from './consoles.mjs';

const DEMO_HOST = 'http://order-sentinel-demo.localhost/*';
const TAOBAO_DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm*';
/** Amazon's Seller Central hosts, as its order list's patterns name them. */
const AMAZON_HOSTS = [
  'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com', 'sellercentral.amazon.ca', 'sellercentral.amazon.co.jp',
  'sellercentral.amazon.co.uk', 'sellercentral.amazon.com', 'sellercentral.amazon.com.au', 'sellercentral.amazon.com.br',
  'sellercentral.amazon.com.mx', 'sellercentral.amazon.de', 'sellercentral.amazon.es', 'sellercentral.amazon.fr',
  'sellercentral.amazon.in', 'sellercentral.amazon.it', 'sellercentral.amazon.nl',
];
/** Review and message pages, each read by a script of its own (lib/adapters/pages; docs/permissions.md says why). */
const ANNOTATION_SCRIPTS = {
  'amazon-feedback': AMAZON_HOSTS.map((host) => `https://${host}/feedback-manager/*`),
  'amazon-messages': AMAZON_HOSTS.map((host) => `https://${host}/messaging/*`),
  'pinduoduo-reviews': ['https://mms.pinduoduo.com/goods/evaluation/*'],
  'douyin-messages': ['https://im.jinritemai.com/pc_seller_v2/*'],
};
const ANNOTATION_PATTERNS = Object.values(ANNOTATION_SCRIPTS).flat();
/** Page parts on their console's own pages (a one-page admin opens an order without a page load): no host of their own. */
const SHOPIFY = CONSOLES.find((c) => c.id === 'shopify');
const ON_CONSOLE_SCRIPTS = { 'shopify-order': SHOPIFY.matches };

// Least privilege: anything added here must be justified in docs/permissions.md.
// The tests' build (npm run build:test) carries the demo console; the store build below does not.
test('the built extension loads in Chromium and asks only for the expected permissions', async () => {
  const browser = await launchWithExtension();
  try {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    // Every console's pages as its adapter declares them (test/e2e/consoles.mjs; test/adapters/urls.test.ts
    // holds each pattern to a page its adapter reads), and Taobao's order detail page.
    const consoles = [...CONSOLES.flatMap((c) => c.matches), TAOBAO_DETAIL].sort();
    assert.equal(consoles.includes(DEMO_HOST), true);
    // The supported consoles and nothing else: never <all_urls>, never a host left open.
    assert.deepEqual([...manifest.host_permissions].sort(), [...consoles, ...ANNOTATION_PATTERNS].sort());
    assert.deepEqual(manifest.host_permissions.filter((p) => p === '<all_urls>' || /^[^:]+:\/\/\*(?:\/|$)/.test(p)), []);
    // One content script per console, on its own console's pages (a page loads its
    // console's adapter alone); the granted sites' script is registered at run time, not here.
    // Taobao's order detail page has a script of its own, which hands its order data on (lib/pagedata/taobao-detail.ts).
    const detail = [['content-scripts/taobao-detail.js'], [TAOBAO_DETAIL]];
    const expected = [
      ...CONSOLES.map((c) => [[c.script], [...c.matches].sort()]),
      detail,
      ...Object.entries(ANNOTATION_SCRIPTS).map(([id, matches]) => [[`content-scripts/${id}.js`], [...matches].sort()]),
    ];
    assert.deepEqual(expected.flatMap(([, matches]) => matches).sort(), [...consoles, ...ANNOTATION_PATTERNS].sort());
    for (const [id, matches] of Object.entries(ON_CONSOLE_SCRIPTS)) {
      assert.deepEqual(matches.filter((m) => !consoles.includes(m)), []);
      expected.push([[`content-scripts/${id}.js`], [...matches].sort()]);
    }
    expected.sort();
    const pageData = (c) => c.js[0].includes('page-data');
    assert.deepEqual(manifest.content_scripts.filter((c) => !pageData(c)).map((c) => [c.js, [...c.matches].sort()]).sort(), expected);
    // The observer of a console's own data (in the page's world) and its relay: on console pages already granted.
    assert.deepEqual(manifest.content_scripts.filter(pageData).map((c) => [c.js[0], c.world ?? 'ISOLATED', c.matches.every((m) => consoles.includes(m))]).sort(), [
      ['content-scripts/page-data-relay.js', 'ISOLATED', true],
      ['content-scripts/page-data.js', 'MAIN', true],
    ]);
    // Any other site (self-hosted WooCommerce, taught sites) only when the seller grants it.
    assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
    // Desktop notifications only when the seller turns them on in the options.
    assert.deepEqual(manifest.optional_permissions, ['notifications']);
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'; connect-src 'none'");
    assert.equal(manifest.minimum_chrome_version, '116');
  } finally {
    await browser.close();
  }
});

/** The manifest a plain `wxt build` (what `npm run zip` packs) writes for `browser`, built in a folder of its own. */
function storeManifest(browser) {
  const outDir = mkdtempSync(join(tmpdir(), 'os-store-'));
  try {
    const env = { ...process.env, ORDER_SENTINEL_OUT_DIR: outDir };
    delete env.ORDER_SENTINEL_DEMO;
    const built = spawnSync('npx', ['wxt', 'build', '-b', browser], { env, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    const folder = browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3';
    return JSON.parse(readFileSync(join(outDir, folder, 'manifest.json'), 'utf8'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

test('the store packages leave the demo console out and name the oldest browsers they run in', () => {
  const chrome = storeManifest('chrome');
  const stores = CONSOLES.filter((c) => c.id !== DEMO);
  assert.deepEqual([...chrome.host_permissions].sort(), [...stores.flatMap((c) => c.matches), TAOBAO_DETAIL, ...ANNOTATION_PATTERNS].sort());
  assert.equal(chrome.host_permissions.includes(DEMO_HOST), false);
  assert.deepEqual(chrome.content_scripts.map((c) => c.js[0]).sort(), [
    ...stores.map((c) => c.script),
    'content-scripts/amazon-feedback.js', 'content-scripts/amazon-messages.js', 'content-scripts/douyin-messages.js', 'content-scripts/page-data-relay.js', 'content-scripts/page-data.js', 'content-scripts/pinduoduo-reviews.js',
    'content-scripts/shopify-order.js', 'content-scripts/taobao-detail.js',
  ].sort());
  assert.equal(stores.length, CONSOLES.length - 1);
  assert.equal(chrome.minimum_chrome_version, '116');

  const firefox = storeManifest('firefox');
  assert.equal(firefox.manifest_version, 2);
  assert.equal(firefox.minimum_chrome_version, undefined);
  assert.equal(firefox.permissions.includes(DEMO_HOST), false);
  assert.equal(firefox.content_scripts.some((c) => c.js.some((f) => f.includes('demo'))), false);
  // Firefox's MV2 scripts have no page world: the page's text is read alone there.
  assert.equal(firefox.content_scripts.some((c) => c.js.some((f) => f.includes('page-data'))), false);
  assert.deepEqual(firefox.browser_specific_settings, {
    gecko: { id: 'order-sentinel@order-sentinel.localhost', data_collection_permissions: { required: ['none'] }, strict_min_version: '140.0' },
    gecko_android: { strict_min_version: '142.0' },
  });
});
