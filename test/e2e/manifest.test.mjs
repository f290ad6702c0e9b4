import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './browser.mjs';

// Least privilege: anything added here must be justified in the README.
test('the built extension loads in Chromium and asks only for the expected permissions', async () => {
  const browser = await launchWithExtension();
  try {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'sidePanel', 'storage', 'unlimitedStorage']);
    assert.equal(manifest.host_permissions, undefined);
    assert.deepEqual(manifest.content_scripts.map((c) => [...c.matches].sort()), [
      [
        'http://order-sentinel-demo.localhost/*',
        'https://myseller.taobao.com/*',
        'https://trade.taobao.com/trade/itemlist/*',
        'https://trade.tmall.com/trade/itemlist/*',
      ],
    ]);
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'");
  } finally {
    await browser.close();
  }
});
