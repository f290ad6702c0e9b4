// The walking skeleton, as a seller meets it: the demo console gets badges on exactly the
// planted rows, the side panel lists exactly the planted cases, a note and a status change
// survive a browser restart, and the toolbar shows the number of open P1 cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrders, plantedFindings } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, listedCases, openSidePanel, readBadges } from './browser.mjs';

const sortKey = (f) => `${f.orderId} ${f.detector}`;
const byKey = (a, b) => sortKey(a).localeCompare(sortKey(b));

test('demo console → badges → cases → notes that survive a restart', async () => {
  const demo = await startDemoConsole();
  const planted = plantedFindings(generateDemoOrders({ now: Date.now() })).sort(byKey);
  let browser = await launchWithExtension();
  const { userDataDir } = browser;
  try {
    const page = await browser.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    await page.goto(demo.url);

    // Badges appear on exactly the planted rows (all planted orders are on page 1).
    const expectedBadges = [...new Set(planted.map((p) => p.orderId))].sort().map((orderId) => {
      const mine = planted.filter((p) => p.orderId === orderId);
      return [orderId, mine.map((p) => p.detector).join(' '), mine[0].severity];
    });
    assert.deepEqual(await readBadges(page, { atLeast: planted.length }), expectedBadges);
    // The badge text is in a shadow root and says what and when.
    const lateBadge = planted.find((p) => p.severity === 'P1');
    const badgeText = await page
      .locator(`[data-os-order-id="${lateBadge.orderId}"]`)
      .evaluate((host) => host.shadowRoot.querySelector('.badge').textContent);
    assert.match(badgeText, /^P1 .+ · (overdue \d+ h|已超时 \d+ 小时)$/);
    assert.deepEqual(pageErrors, []);

    // Toolbar badge: number of open P1 cases.
    const badgeCount = await browser.worker.evaluate(() => chrome.action.getBadgeText({}));
    assert.equal(badgeCount, String(planted.filter((p) => p.severity === 'P1').length));

    // Side panel lists exactly the planted cases, soonest due first.
    const panel = await openSidePanel(browser);
    const cases = (await listedCases(panel)).map(([orderId, detector, severity]) => ({ orderId, detector, severity }));
    assert.deepEqual([...cases].sort(byKey), planted);
    assert.equal(cases[0].severity, 'P1', 'the most overdue case comes first');

    // Open the 70 h overdue case: explanation and evidence are shown.
    const target = cases[0];
    await panel.click(`[data-case-order="${target.orderId}"][data-case-detector="${target.detector}"] button`);
    await panel.waitForSelector('[data-testid="case-detail"]');
    const explanation = await panel.textContent('[data-testid="case-explanation"]');
    assert.match(explanation, /48/);
    const evidence = await panel.textContent('[data-testid="case-evidence"]');
    assert.ok(evidence.length > 0);

    // Add a note and move the case to "in progress".
    await panel.fill('.note-form textarea', '已联系买家，今天顺丰发出');
    await panel.click('.note-form button[type="submit"]');
    await panel.waitForSelector('[data-testid="case-notes"] li');
    await panel.click('[data-testid="case-status"] button[data-status="in_progress"]');
    await panel.waitForSelector('[data-testid="case-status"] button[data-status="in_progress"][aria-pressed="true"]');
    await browser.close({ keepProfile: true });

    // Restart the browser on the same profile: the note and status are still there.
    browser = await launchWithExtension({ userDataDir });
    const again = await browser.context.newPage();
    const caseKey = `${target.detector}|demo|${target.orderId}`;
    await again.goto(`chrome-extension://${browser.extensionId}/sidepanel.html#case=${encodeURIComponent(caseKey)}`);
    await again.waitForSelector('[data-testid="case-notes"] li');
    assert.equal(
      (await again.textContent('[data-testid="case-notes"] li')).endsWith('已联系买家，今天顺丰发出'),
      true,
    );
    assert.equal(
      await again.getAttribute('[data-testid="case-status"] button[data-status="in_progress"]', 'aria-pressed'),
      'true',
    );
  } finally {
    await browser.close();
    await demo.close();
  }
});
