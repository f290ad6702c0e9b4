// The overlay never hides the console: on every console's saved pages, with the badges drawn,
// no shown badge or note button covers any text of the page (text boxes measured with
// Range.getClientRects over the page's text nodes). A flagged row says so by an outline in its
// severity's colour, drawn inside its own edge, and its badge shows once the pointer is on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { fixture, serveFixtures, withExtension } from './browser.mjs';

const WOO_ORIGIN = 'http://order-sentinel-demo.localhost:8124';

/** [url, fixture dir, fixture file]: each console's list and its layout variant. */
const PAGES = [
  ['https://trade.taobao.com/trade/itemlist/list_sold_items.htm', 'taobao', 'sold-items.2026-11.html'],
  ['https://trade.taobao.com/trade/itemlist/list_sold_items.htm?variant=1', 'taobao', 'sold-items-variant.2026-11.html'],
  ['https://shop.jd.com/jdm/trade/orders/order-list', 'jd', 'order-list.2026-11.html'],
  ['https://shop.jd.com/jdm/trade/orders/order-list?variant=1', 'jd', 'order-list-variant.2026-11.html'],
  ['https://fxg.jinritemai.com/ffa/morder/order/list', 'douyin', 'order-list.2026-11.html'],
  ['https://fxg.jinritemai.com/ffa/morder/order/list?variant=1', 'douyin', 'order-list-variant.2026-11.html'],
  ['https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav', 'pinduoduo', 'orders-list.2026-11.html'],
  ['https://mms.pinduoduo.com/orders/list?variant=1', 'pinduoduo', 'orders-list-variant.2026-11.html'],
  ['https://sellercentral.amazon.com/orders-v3?page=1', 'amazon', 'manage-orders.2026-11.html'],
  ['https://sellercentral.amazon.de/orders-v3?page=1', 'amazon', 'manage-orders-de.2026-11.html'],
  ['https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS', 'ebay', 'orders.2026-11.html'],
  ['https://www.ebay.co.uk/sh/ord/?filter=status:ALL_ORDERS', 'ebay', 'orders-uk.2026-11.html'],
  ['https://www.etsy.com/your/orders/sold?ref=seller-platform-mcnav', 'etsy', 'sold.2026-11.html'],
  ['https://www.etsy.com/your/orders/sold?variant=1', 'etsy', 'sold-variant.2026-11.html'],
  ['https://admin.shopify.com/store/sage-and-suds/orders', 'shopify', 'orders.2026-11.html'],
  ['https://savon-de-lune.myshopify.com/admin/orders', 'shopify', 'orders-variant.2026-11.html'],
  [`${WOO_ORIGIN}/wp-admin/admin.php?page=wc-orders`, 'woocommerce', 'orders.2026-11.html'],
  [`${WOO_ORIGIN}/wp-admin/edit.php?post_type=shop_order`, 'woocommerce', 'orders-legacy.2026-11.html'],
];

/** The outline colour of each severity, as getComputedStyle gives it. */
const OUTLINE = { P1: 'rgb(198, 40, 40)', P2: 'rgb(180, 83, 9)', P3: 'rgb(84, 110, 122)' };

/**
 * What the page shows with the overlay: every text box, every shown overlay button's box, and
 * each flagged row's severity and outline.
 */
const measure = (page) =>
  page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0) texts.push({ text: node.data.trim().slice(0, 30), x: r.x, y: r.y, w: r.width, h: r.height });
      }
    }
    const shown = [];
    const rows = [];
    for (const host of document.querySelectorAll('[data-os-row]')) {
      for (const button of host.shadowRoot.querySelectorAll('.badge, .note')) {
        if (!button.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const r = button.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) shown.push({ order: host.dataset.osRow, className: button.className, x: r.x, y: r.y, w: r.width, h: r.height });
      }
      if (!host.dataset.osOrderId) continue;
      const row = host.parentElement.closest('tr,[role="row"]') ?? host.parentElement;
      const style = getComputedStyle(row);
      rows.push({ order: host.dataset.osOrderId, severity: host.dataset.osSeverity, outline: `${style.outlineStyle} ${style.outlineColor}` });
    }
    return { texts, shown, rows };
  });

/** Overlapping area of two boxes, in square pixels (touching edges do not count). */
const overlap = (a, b) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Checks one page once its badges are drawn; returns how many flagged rows it had. */
async function checkPage(page, label) {
  await page.waitForFunction(() => document.querySelectorAll('[data-os-order-id]').length > 0, null, { timeout: 15_000 });
  // Badges arrive row by row.
  await page.waitForTimeout(500);
  await page.mouse.move(0, 0);
  const { texts, shown, rows } = await measure(page);
  assert.ok(texts.length > 10, `${label}: the page's text was measured`);
  const covered = shown.flatMap((box) =>
    texts.filter((text) => overlap(box, text) > 0.5).map((text) => `${box.className} of ${box.order} covers "${text.text}"`),
  );
  assert.deepEqual(covered, [], `${label}: the overlay covers page text`);
  // Every flagged row is marked, in its severity's colour.
  assert.deepEqual(
    rows.map((r) => r.outline),
    rows.map((r) => `solid ${OUTLINE[r.severity]}`),
    `${label}: flagged rows are outlined`,
  );

  // The pointer on a flagged row shows its badge, with its words.
  const first = rows[0].order;
  const host = page.locator(`[data-os-order-id="${first}"]`);
  const spot = await host.evaluate((h) => {
    const row = h.parentElement.closest('tr,[role="row"]') ?? h.parentElement;
    row.scrollIntoView({ block: 'center' });
    const r = row.getBoundingClientRect();
    return { x: r.x + 3, y: r.y + r.height / 2 };
  });
  await page.mouse.move(spot.x, spot.y);
  await page.waitForFunction(
    (id) => {
      const badge = document.querySelector(`[data-os-order-id="${id}"]`).shadowRoot.querySelector('.badge');
      return badge.checkVisibility({ opacityProperty: true }) && getComputedStyle(badge.parentElement).opacity === '1';
    },
    first,
    { timeout: 2_000 },
  );
  assert.match(await host.evaluate((h) => h.shadowRoot.querySelector('.badge').textContent), /^P[123] \S/);
  return rows.length;
}

test('on every console\'s saved pages, no badge or note button covers the page\'s text; flagged rows are outlined', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, Object.fromEntries(PAGES.map(([url, dir, file]) => [url, fixture(dir, file)])));
    // WooCommerce is read once the seller turns its site on (see woocommerce.test.mjs).
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    assert.deepEqual(
      await popup.evaluate((origin) => chrome.runtime.sendMessage({ type: 'site.enable', origin, adapter: 'woocommerce' }), WOO_ORIGIN),
      { ok: true },
    );
    await popup.close();

    const page = await b.context.newPage();
    const flagged = {};
    for (const [url, dir, file] of PAGES) {
      await page.goto(url);
      flagged[`${dir}/${file}`] = await checkPage(page, `${dir}/${file}`);
    }
    const demo = await startDemoConsole();
    try {
      await page.goto(demo.url);
      await page.waitForFunction(() => document.querySelectorAll('[data-os-order-id]').length >= 5, null, { timeout: 15_000 });
      flagged.demo = await checkPage(page, 'demo console');
    } finally {
      await demo.close();
    }
    // Every page had flagged rows to check (a page without any would prove nothing).
    assert.ok(Object.values(flagged).every((n) => n > 0), JSON.stringify(flagged));
  }));
