// The weekly summary as a seller meets it: the demo console's planted cases are this week's
// cases by kind; a refund recorded on one shows as money at stake; the CSV export downloads
// with a BOM, the header and that case's row exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoOrders, plantedFindings } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { EXTENSION_DIR, launchWithExtension, readBadges } from './browser.mjs';

const HEADER =
  'Case,Check,Kind,Marketplace,Order,Severity,Status,Opened,Status changed,Due,Resolution,Amount,Currency,Dismissed because,Buyer,Items,Paid,Order currency,Order status,Carrier,Tracking number,After-sales reason,Responsible party,Cause,Cause details,Notes,Last note';

/** `YYYY-MM-DD HH:mm` in `timeZone`, as the export writes times. */
function localTime(instant, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

test('the content scripts carry no chart code', () => {
  for (const script of readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts', script), 'utf8');
    assert.equal(content.includes('chart-per-day'), false, script);
    assert.equal(content.includes('chart-trend'), false, script);
    assert.equal(content.includes('chart-carriers'), false, script);
  }
});

test('weekly summary: planted cases by kind, a refund as money at stake, the CSV export', async () => {
  const demo = await startDemoConsole();
  const demoOrders = generateDemoOrders({ now: Date.now() });
  const planted = plantedFindings(demoOrders);
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: new Set(planted.map((p) => p.orderId)).size });

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#view=summary`);
    await panel.waitForFunction(() => document.querySelector('[data-testid="figure-opened"]')?.textContent === '5', null, { timeout: 15_000 });
    const byKind = await panel.$$eval('[data-testid="summary-count-0"] tr', (rows) =>
      rows.map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent]),
    );
    // 3 ship-deadline, 1 duplicate-order, 1 amount-mismatch.
    assert.deepEqual(byKind, [
      ['Shipping', '3'],
      ['Order creation', '1'],
      ['Payment', '1'],
    ]);
    assert.equal(await panel.textContent('[data-testid="figure-moneyCents"]'), '¥0.00');

    // The seller resolves the amount-mismatch case with a ¥10 refund.
    const mismatch = planted.find((p) => p.detector === 'amount-mismatch');
    const key = `amount-mismatch|demo|${mismatch.orderId}`;
    const answer = await panel.evaluate(
      (caseKey) =>
        chrome.runtime.sendMessage({ type: 'case.setStatus', caseKey, status: 'resolved', resolution: { category: 'refunded', amount: 10, currency: 'CNY' } }),
      key,
    );
    assert.equal(answer.ok, true, JSON.stringify(answer));
    await panel.waitForFunction(() => document.querySelector('[data-testid="figure-moneyCents"]')?.textContent === '¥10.00', null, { timeout: 10_000 });
    assert.equal(await panel.textContent('[data-testid="figure-resolved"]'), '1');

    // The parts below, each a chart with its numbers: late shipments are the seller's, the
    // duplicate and the amount case name no reason; the refund is paid within the 24 h target.
    const chart = (id) => panel.getAttribute(`[data-testid="${id}"] svg`, 'aria-label');
    assert.equal(await chart('chart-reasons'), 'By after-sales reason: late 3, no reason shown 2');
    assert.equal(await chart('chart-responsible'), 'By responsible party: seller 3, unknown 2');
    assert.equal(await chart('chart-causes'), 'By cause: cause not recorded 5');
    assert.equal(
      await chart('chart-target'),
      'Resolved within the 24 h target: All cases: within 24 h 1, over 24 h 0; Complaints and disputes: within 24 h 0, over 24 h 0',
    );
    assert.equal(await chart('chart-remedies'), 'Remedies: refunded 1 (¥10.00)');
    assert.equal(await panel.textContent('[data-testid="remedies-paid"]'), 'Paid to buyers: ¥10.00');
    assert.equal(await panel.locator('[data-testid="summary-parts"] svg text').count() > 0, true);

    // One click: the CSV file.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-export="csv"]')]);
    const week = await panel.getAttribute('[data-testid="summary"]', 'data-week');
    assert.equal(download.suggestedFilename(), `order-sentinel_all_${week}.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff, 'starts with a BOM');
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], HEADER);

    const timeZone = await panel.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const c = answer.case;
    const order = demoOrders.find((o) => o.orderId === mismatch.orderId);
    const row = [
      key,
      'Amount mismatch',
      'Payment',
      'demo',
      mismatch.orderId,
      'P2',
      'Resolved',
      localTime(c.openedAt, timeZone),
      localTime(c.statusChangedAt, timeZone),
      // The case's due time, when its detector gave one.
      c.dueAt === undefined ? '' : localTime(c.dueAt, timeZone),
      'refunded',
      '10',
      'CNY',
      '',
      order.buyer,
      `${order.title} × ${order.quantity}`,
      String(order.paidFen / 100),
      'CNY',
      order.statusRaw,
      '',
      '',
      'no reason shown',
      'unknown',
      '',
      '',
      '0',
      '',
    ].join(',');
    assert.equal(lines.find((l) => l.startsWith(`${key},`)), row);
    // Header, the 5 planted cases, and the empty string after the last CRLF.
    assert.equal(lines.length, 7);
  } finally {
    await b.close();
    await demo.close();
  }
});
