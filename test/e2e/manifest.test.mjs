import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './browser.mjs';

// Least privilege: anything added here must be justified in the README.
test('the built extension loads in Chromium and asks only for the expected permissions', async () => {
  const browser = await launchWithExtension();
  try {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    const consoles = [
      'http://order-sentinel-demo.localhost/*',
      'https://myseller.taobao.com/*',
      'https://trade.taobao.com/trade/itemlist/*',
      'https://trade.tmall.com/trade/itemlist/*',
    ];
    // The supported consoles and nothing else: never <all_urls>.
    assert.deepEqual([...manifest.host_permissions].sort(), consoles);
    assert.deepEqual(manifest.content_scripts.map((c) => [...c.matches].sort()), [consoles]);
    // Any other site (self-hosted WooCommerce, taught sites) only when the seller grants it.
    assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'");
  } finally {
    await browser.close();
  }
});
