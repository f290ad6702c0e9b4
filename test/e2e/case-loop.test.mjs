// From a P1 alert to a closed case, as a seller works it in the side panel on the demo console:
// the case is due now; cause and responsibility are set, the checklist ticked, a follow-up time
// set while waiting on the buyer (the case leaves "due now" and comes back once the panel's clock
// passes it), a remedy with an amount closes it, and its evidence pack is downloaded and read.
// Meanwhile another P1 waits on the carrier until a follow-up a minute or two away on the real
// clock: the toolbar count drops it, and takes it back, with the popup's line, when it comes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateDemoOrders, plantedFindings } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, readBadges, readStore } from './browser.mjs';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const money = (amount, currency) => new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(amount);
/** `at` as a datetime-local input's value on the page's clock. */
const localInput = (page, at) =>
  page.evaluate((t) => {
    const d = new Date(t);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, at);
/** Polls `check` every 250 ms until it holds, failing after `timeout` ms with what it waited for. */
async function waitFor(check, timeout, what) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
const iso = (at) => new Date(at).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');

/** The texts of the case's timeline entries, in order (a note run is one entry per note). */
const timeline = (panel) =>
  panel.$$eval('[data-testid="case-timeline"] > li', (items) =>
    items.flatMap((li) => (li.dataset.kind === 'note' ? [...li.querySelectorAll('.notes li')].map((n) => n.lastChild.textContent) : [li.lastChild.textContent])),
  );

test('a P1 case from alert to closed: record, checklist, follow-up that comes back due, remedy, evidence pack', async () => {
  const demo = await startDemoConsole();
  const orders = generateDemoOrders({ now: Date.now() });
  const p1 = plantedFindings(orders).filter((p) => p.severity === 'P1');
  const late = orders.find((o) => o.plant === 'late-52h');
  const later = orders.find((o) => o.plant === 'late-70h');
  const mismatch = orders.find((o) => o.plant === 'amount-mismatch');
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: 5 });

    // The panel's clock stands still at T (the service worker keeps real time for what it records).
    const T = Date.now();
    const panel = await b.context.newPage();
    await panel.clock.setFixedTime(T);
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="due-now"] li[data-due-key]').length === n, p1.length + 1);
    // Due now: the two passed shipping deadlines (P1) and the amount mismatch whose reply time
    // passed (P2), the one that came due first on top; the shipping deadline 4 h ahead is not due.
    const due = await panel.$$eval('[data-testid="due-now"] li', (items) => items.map((li) => [li.dataset.dueKey, li.dataset.dueBecause]));
    assert.deepEqual(due, [
      [`ship-deadline|demo|${later.orderId}`, 'deadline'],
      [`ship-deadline|demo|${late.orderId}`, 'deadline'],
      [`amount-mismatch|demo|${mismatch.orderId}`, 'deadline'],
    ]);
    // The toolbar counts the live P1 cases.
    const badge = () => b.worker.evaluate(() => chrome.action.getBadgeText({}));
    // No count shows as no text.
    const badgeBecomes = (count, timeout) => waitFor(async () => (await badge()) === (count === 0 ? '' : String(count)), timeout, `the toolbar count to read ${count}`);
    await badgeBecomes(p1.length, 10_000);

    // The other late shipment waits on the carrier until the next whole minute at least 65 s away
    // on the worker's (real) clock: it leaves the toolbar count until then.
    const laterKey = `ship-deadline|demo|${later.orderId}`;
    const laterFollowUp = Math.ceil((Date.now() + 65_000) / MINUTE) * MINUTE;
    await panel.click(`[data-testid="due-now"] li[data-due-key="${laterKey}"] button`);
    await panel.waitForSelector(`[data-testid="case-detail"][data-case-key="${laterKey}"] [data-testid="case-record"]`);
    await panel.click('[data-testid="case-status"] button[data-status="waiting"]');
    await panel.click('[data-testid="waiting-on"] button[data-waiting="carrier"]');
    await panel.fill('[data-testid="follow-up"] input[type="datetime-local"]', await localInput(panel, laterFollowUp));
    await panel.click('[data-testid="follow-up"] button[type="submit"]');
    await panel.waitForFunction((k) => !document.querySelector(`[data-testid="due-now"] li[data-due-key="${k}"]`), laterKey);
    assert.equal((await readStore(b.worker, [['cases', 'get', laterKey]]))[0].followUpAt, laterFollowUp);
    await badgeBecomes(p1.length - 1, 10_000);
    // The popup, open on the real clock, lists it without the follow-up mark for now.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const laterInPopup = `[data-testid="urgent-cases"] li[data-case-key="${laterKey}"]`;
    await popup.waitForSelector(laterInPopup);
    assert.equal(await popup.getAttribute(laterInPopup, 'data-follow-up-due'), null);

    const key = `ship-deadline|demo|${late.orderId}`;
    const [stored] = await readStore(b.worker, [['cases', 'get', key]]);
    const deadline = stored.dueAt;
    const stake = typeof stored.evidence.compensation === 'number' ? stored.evidence.compensation : late.paidFen / 100;
    const line = panel.locator(`[data-testid="due-now"] li[data-due-key="${key}"]`);
    assert.equal(await line.locator('[data-testid="due-who"]').textContent(), `${late.buyer} · ${late.title} · ${money(stake, 'CNY')} at stake`);
    const hoursPast = Math.floor((T - deadline) / HOUR);
    assert.equal(await line.locator('.due-when').textContent(), `deadline passed ${hoursPast} h ${Math.floor((T - deadline - hoursPast * HOUR) / MINUTE)} min ago`);

    // Open it from "due now".
    await line.locator('button').click();
    await panel.waitForSelector(`[data-testid="case-detail"][data-case-key="${key}"] [data-testid="case-record"]`);

    // Cause and responsibility.
    await panel.selectOption('[data-testid="case-cause"] select', 'stock_short');
    await panel.fill('[data-testid="case-cause"] input[name="cause-text"]', 'the supplier’s delivery came a day late');
    await panel.click('[data-testid="case-cause"] button[type="submit"]');
    await panel.click('[data-testid="case-responsible"] button[data-party="supplier"]');
    await panel.waitForSelector('[data-testid="case-responsible"] button[data-party="supplier"][aria-pressed="true"]');

    // The late-shipment checklist, every measure ticked, one of the seller's own added and ticked.
    const measures = await panel.$$eval('[data-testid="case-checklist"] li label', (labels) => labels.map((l) => l.textContent.trim()));
    assert.deepEqual(measures, [
      'Tell the buyer at once, and why',
      'Give the buyer a new time',
      'Offer a partial refund, compensation or a substitute',
      'Ship the order',
      'Check the carrier’s first scan',
    ]);
    await panel.fill('[data-testid="checklist-add"] input', 'Add a thank-you card');
    await panel.click('[data-testid="checklist-add"] button');
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid="case-checklist"] li').length === 6);
    for (let i = 0; i < 6; i++) {
      await panel.locator('[data-testid="case-checklist"] li input[type="checkbox"]').nth(i).click();
      await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="case-checklist"] li[data-done="true"]').length === n, i + 1);
    }

    // Waiting on the buyer, with a follow-up in 2 hours: the case leaves "due now", its countdown shows.
    await panel.click('[data-testid="case-status"] button[data-status="waiting"]');
    await panel.click('[data-testid="waiting-on"] button[data-waiting="buyer"]');
    await panel.waitForSelector('[data-testid="case-status-now"]');
    const followUpAt = Math.floor((T + 2 * HOUR) / MINUTE) * MINUTE;
    await panel.fill('[data-testid="follow-up"] input[type="datetime-local"]', await localInput(panel, followUpAt));
    await panel.click('[data-testid="follow-up"] button[type="submit"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="follow-up-countdown"]')?.textContent?.startsWith('Follow up in'));
    const left = followUpAt - T;
    assert.match(await panel.textContent('[data-testid="follow-up-countdown"]'), new RegExp(`^Follow up in ${Math.floor(left / HOUR)} h ${Math.floor((left % HOUR) / MINUTE)} min \\(`));
    await panel.waitForFunction((k) => !document.querySelector(`[data-testid="due-now"] li[data-due-key="${k}"]`), key);
    assert.equal((await readStore(b.worker, [['cases', 'get', key]]))[0].followUpAt, followUpAt);
    // Both P1s now wait until their follow-up (the other's is still over a minute away at most steps' pace).
    await badgeBecomes(p1.length - 2, 10_000);

    // A note and an attachment for the pack.
    await panel.fill('.note-form textarea', 'Buyer agreed to wait; <b>ship tomorrow</b>');
    await panel.click('.note-form button[type="submit"]');
    await panel.fill('[data-testid="attachment-add"] input', 'supplier-delay-notice.pdf');
    await panel.click('[data-testid="attachment-add"] button');
    await panel.waitForSelector('[data-testid="case-attachments"] li');

    // The clock passes the follow-up time: the case is due again, by its follow-up.
    await panel.clock.setFixedTime(followUpAt + 5 * MINUTE);
    await panel.reload();
    await panel.waitForSelector(`[data-testid="due-now"] li[data-due-key="${key}"][data-due-because="followUp"]`);
    assert.equal(await panel.textContent(`[data-testid="due-now"] li[data-due-key="${key}"] .due-when`), 'follow-up due 5 min ago');
    await panel.click(`[data-testid="due-now"] li[data-due-key="${key}"] button`);
    await panel.waitForSelector('[data-testid="follow-up-countdown"].overdue');
    assert.match(await panel.textContent('[data-testid="follow-up-countdown"]'), /^Follow-up due, 5 min ago \(/);

    // Closed with a remedy and its amount; it leaves "due now".
    await panel.click('[data-testid="case-status"] button[data-status="resolved"]');
    await panel.click('[data-testid="resolutions"] button[data-resolution="partial_compensation"]');
    await panel.fill('[data-testid="resolution-amount"] input[name="amount"]', '5');
    await panel.click('[data-testid="resolution-amount"] button[type="submit"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="case-status-now"]')?.textContent?.includes('Resolved'));
    assert.equal(await panel.textContent('[data-testid="case-status-now"]'), 'Now: Resolved (partial compensation, ¥5.00).');
    await panel.waitForFunction((k) => !document.querySelector(`[data-testid="due-now"] li[data-due-key="${k}"]`), key);
    const told = await timeline(panel);
    assert.deepEqual(told.slice(0, 3), ['Case opened at P1', 'Cause: Not enough stock — the supplier’s delivery came a day late', 'Responsible: Supplier']);
    assert.deepEqual(told.filter((l) => l.startsWith('Done: ')), [
      'Done: Tell the buyer at once, and why',
      'Done: Give the buyer a new time',
      'Done: Offer a partial refund, compensation or a substitute',
      'Done: Ship the order',
      'Done: Check the carrier’s first scan',
      'Done: Add a thank-you card',
    ]);
    assert.equal(told.at(-1), 'Status: Waiting → Resolved (partial compensation, ¥5.00)');

    // The evidence pack: a printable page, and Markdown and JSON downloads with everything in them.
    const [pack] = await Promise.all([b.context.waitForEvent('page'), panel.click('[data-testid="evidence-open"]')]);
    await pack.waitForSelector('[data-testid="evidence-pack"]');
    assert.equal(await pack.textContent('h1'), `Evidence pack: order ${late.orderId}`);
    assert.equal(await pack.locator('[data-testid="evidence-checklist"] li').count(), 6);
    // The seller's note stays text on the page: no <b> element from it.
    assert.equal(await pack.locator('[data-testid="evidence-timeline"] b').count(), 0);
    const [mdDownload] = await Promise.all([pack.waitForEvent('download'), pack.click('[data-testid="evidence-markdown"]')]);
    assert.equal(mdDownload.suggestedFilename(), `evidence-demo-${late.orderId}.md`);
    const md = readFileSync(await mdDownload.path(), 'utf8');
    assert.equal(md.split('\n')[0], `# Evidence pack: order ${late.orderId}`);
    for (const expected of [
      '| Cause | Not enough stock — the supplier’s delivery came a day late |',
      '| Who is responsible | Supplier |',
      '| Remedy | partial compensation, ¥5.00 |',
      `| Follow\\-up | ${iso(followUpAt)} |`.replace('\\-', '-'),
      `| Buyer | ${late.buyer} |`,
      '- [x] Tell the buyer at once, and why',
      '- [x] Add a thank-you card',
      'Note: Buyer agreed to wait; &lt;b\\>ship tomorrow&lt;/b\\>',
      '- supplier-delay-notice.pdf',
    ]) {
      assert.ok(md.includes(expected), `the Markdown pack has: ${expected}`);
    }
    const [jsonDownload] = await Promise.all([pack.waitForEvent('download'), pack.click('[data-testid="evidence-json"]')]);
    const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    assert.equal(json.format, 'order-sentinel/evidence@1');
    assert.equal(json.case.key, key);
    assert.equal(json.case.status, 'resolved');
    assert.deepEqual(json.case.resolution, { category: 'partial_compensation', amount: 5, currency: 'CNY' });
    assert.deepEqual(json.case.cause, { code: 'stock_short', text: 'the supplier’s delivery came a day late' });
    assert.equal(json.case.responsible, 'supplier');
    assert.equal(json.case.followUpAt, followUpAt);
    assert.equal(json.case.checklist.filter((i) => i.doneAt !== undefined).length, 6);
    assert.deepEqual(json.case.attachments.map((a) => a.name), ['supplier-delay-notice.pdf']);
    assert.equal(json.order.orderId, late.orderId);
    assert.ok(json.statusHistory.length >= 1);
    assert.deepEqual(json.timeline.map((l) => l.text), told);

    // The other case's follow-up time comes on the real clock: the alarm rings, the toolbar count
    // takes it back (the closed one stays out), and the open popup marks its line at that moment.
    await badgeBecomes(p1.length - 1, laterFollowUp - Date.now() + 15_000);
    const cameAt = Date.now();
    assert.ok(cameAt >= laterFollowUp, 'the count came back no sooner than the follow-up time');
    await popup.waitForSelector(`${laterInPopup}[data-follow-up-due="true"]`, { timeout: 5_000 });
    assert.equal(await popup.textContent(`${laterInPopup} [data-testid="case-line-follow-up"]`), 'follow-up due');
  } finally {
    await b.close();
    await demo.close();
  }
});
