import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './browser.mjs';

test('the built extension loads in Chromium and asks only for the expected permissions', async () => {
  const browser = await launchWithExtension();
  try {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'storage', 'unlimitedStorage']);
  } finally {
    await browser.close();
  }
});
