import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './browser.mjs';

// Least privilege: anything added here must be justified in docs/permissions.md.
test('the built extension loads in Chromium and asks only for the expected permissions', async () => {
  const browser = await launchWithExtension();
  try {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    const consoles = [
      'http://order-sentinel-demo.localhost/*',
      'https://*.myshopify.com/admin/*',
      'https://admin.shopify.com/store/*',
      'https://dmall.jinritemai.com/ffa/*',
      'https://doudian.douyinec.com/ffa/*',
      'https://fxg.jinritemai.com/ffa/*',
      'https://mms.pinduoduo.com/orders/*',
      'https://myseller.taobao.com/*',
      'https://porder.shop.jd.com/order/*',
      'https://qn.taobao.com/*',
      'https://sellercentral-europe.amazon.com/orders-v3*',
      'https://sellercentral-japan.amazon.com/orders-v3*',
      'https://sellercentral.amazon.ca/orders-v3*',
      'https://sellercentral.amazon.co.jp/orders-v3*',
      'https://sellercentral.amazon.co.uk/orders-v3*',
      'https://sellercentral.amazon.com.au/orders-v3*',
      'https://sellercentral.amazon.com.br/orders-v3*',
      'https://sellercentral.amazon.com.mx/orders-v3*',
      'https://sellercentral.amazon.com/orders-v3*',
      'https://sellercentral.amazon.de/orders-v3*',
      'https://sellercentral.amazon.es/orders-v3*',
      'https://sellercentral.amazon.fr/orders-v3*',
      'https://sellercentral.amazon.in/orders-v3*',
      'https://sellercentral.amazon.it/orders-v3*',
      'https://sellercentral.amazon.nl/orders-v3*',
      'https://shop.jd.com/jdm/*',
      'https://trade-order-jdm.jd.com/orderList*',
      'https://trade.taobao.com/trade/itemlist/*',
      'https://trade.tmall.com/trade/itemlist/*',
      'https://www.ebay.ca/sh/ord*',
      'https://www.ebay.co.uk/sh/ord*',
      'https://www.ebay.com.au/sh/ord*',
      'https://www.ebay.com/sh/ord*',
      'https://www.ebay.de/sh/ord*',
      'https://www.ebay.es/sh/ord*',
      'https://www.ebay.fr/sh/ord*',
      'https://www.ebay.it/sh/ord*',
      'https://www.etsy.com/your/orders/sold*',
    ];
    // The supported consoles and nothing else: never <all_urls>.
    assert.deepEqual([...manifest.host_permissions].sort(), consoles);
    // One content script per console, on its own console's pages (issue 7: a page loads its
    // console's adapter alone); the granted sites' script is registered at run time, not here.
    const hosts = {
      amazon: ['amazon'],
      demo: ['order-sentinel-demo'],
      douyin: ['jinritemai', 'douyinec'],
      ebay: ['ebay'],
      etsy: ['etsy'],
      jd: ['jd.com'],
      pinduoduo: ['pinduoduo'],
      shopify: ['shopify'],
      taobao: ['taobao.com', 'tmall.com'],
    };
    const expected = Object.entries(hosts).map(([id, parts]) => [[`content-scripts/${id}.js`], consoles.filter((p) => parts.some((part) => p.includes(part)))]);
    assert.deepEqual(expected.flatMap(([, matches]) => matches).sort(), consoles);
    assert.deepEqual(manifest.content_scripts.map((c) => [c.js, [...c.matches].sort()]).sort(), expected);
    // Any other site (self-hosted WooCommerce, taught sites) only when the seller grants it.
    assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
    // Desktop notifications only when the seller turns them on in the options.
    assert.deepEqual(manifest.optional_permissions, ['notifications']);
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'; connect-src 'none'");
  } finally {
    await browser.close();
  }
});
