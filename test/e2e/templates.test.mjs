// Reply templates beside a case: filled from the order, a missing variable marked, copied to
// the clipboard, inserted into the demo console's reply box (never sent), each use on the
// case's timeline; and the policy guard on an Amazon order whose template asks for 5 stars.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrders } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { fixture, launchWithExtension, readStore, serveFixtures, withExtension } from './browser.mjs';

/** The case's template uses recorded in the extension's database, oldest first. */
async function templateEvents(panel, caseKey) {
  const [events] = await readStore(panel, [['caseEvents', 'getAll']]);
  return events.filter((e) => e.caseKey === caseKey && e.kind === 'template').map((e) => [e.templateId, e.language, e.action]);
}

async function eventually(read, expected, what) {
  let last;
  for (let i = 0; i < 50; i++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(last, expected, what);
}

test('the late-shipment reply is filled from the order, copied, inserted into the reply box unsent, and recorded', async () => {
  const demo = await startDemoConsole();
  const late = generateDemoOrders({ now: Date.now() }).find((o) => o.plant === 'late-70h');
  const b = await launchWithExtension();
  try {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await page.waitForSelector(`[data-os-order-id="${late.orderId}"]`, { state: 'attached', timeout: 15_000 });
    // Anything the console would treat as sending: a click on its button or a form submit.
    await page.evaluate(() => {
      window.__sent = [];
      document.querySelector('.reply button').addEventListener('click', () => window.__sent.push('click'));
      document.addEventListener('submit', () => window.__sent.push('submit'), true);
    });

    const key = `ship-deadline|demo|${late.orderId}`;
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent(key)}`);
    const template = panel.locator('[data-testid="case-templates"] [data-template-id="ship-late-apology"]');
    await template.locator('.template-text').first().waitFor();
    // The seller reads English (the browser's language), the demo's buyers Chinese: both are offered.
    assert.deepEqual(await template.locator('.template-text').evaluateAll((els) => els.map((e) => e.dataset.lang)), ['en', 'zh']);
    const zh = template.locator('.template-text[data-lang="zh"]');
    const expected =
      `${late.buyer}您好，非常抱歉，您的订单${late.orderId}（${late.title} × 3）没能按时发出，责任在我们。` +
      '我们会在{eta}前交给快递，当天把运单号发给您。如果您不想再等，直接回复这里，我们马上为您取消并全额退款¥97.70。——{shop}';
    assert.equal(await zh.locator('.template-body').textContent(), expected);
    // The console shows no ship-by date and no shop name was set: both stay visible, marked.
    assert.deepEqual(await zh.locator('mark.missing').evaluateAll((els) => els.map((e) => [e.dataset.variable, e.textContent])), [
      ['eta', '{eta}'],
      ['shop', '{shop}'],
    ]);
    assert.equal(await zh.locator('[data-testid="template-missing"]').textContent(), 'Fill in before sending: {eta} {shop}');
    assert.equal(await zh.locator('[data-testid="template-policy"]').count(), 0);

    await zh.locator('button[data-action="copy"]').click();
    await zh.locator('[data-testid="template-outcome"]').waitFor();
    assert.equal(await zh.locator('[data-testid="template-outcome"]').textContent(), 'Copied.');
    assert.equal(await panel.evaluate(() => navigator.clipboard.readText()), expected);
    await eventually(() => templateEvents(panel, key), [['ship-late-apology', 'zh', 'copy']], 'copy on the timeline');

    const insert = zh.locator('button[data-action="insert"]');
    assert.equal(await insert.isDisabled(), false);
    await insert.click();
    await panel.waitForFunction(() =>
      document.querySelector('[data-template-id="ship-late-apology"] .template-text[data-lang="zh"] [data-testid="template-outcome"]')?.textContent?.startsWith('Put into'),
    );
    assert.equal(await page.inputValue('textarea[name="reply"]'), expected);
    assert.deepEqual(await page.evaluate(() => window.__sent), []);
    assert.equal(new URL(page.url()).pathname, '/orders');
    await eventually(
      () => templateEvents(panel, key),
      [
        ['ship-late-apology', 'zh', 'copy'],
        ['ship-late-apology', 'zh', 'insert'],
      ],
      'insert on the timeline',
    );
  } finally {
    await b.close();
    await demo.close();
  }
});

const AMAZON_ORDERS = 'https://sellercentral.amazon.com/orders-v3?page=1';
const AMAZON_LATE = '113-4567890-1234567';

test('a template edited to ask for a 5-star review is flagged on an Amazon order and copied only when confirmed', () =>
  withExtension(async (b) => {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await serveFixtures(b.context, { [AMAZON_ORDERS]: fixture('amazon', 'manage-orders.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(AMAZON_ORDERS);
    await page.waitForSelector(`[data-os-order-id="${AMAZON_LATE}"]`, { state: 'attached', timeout: 15_000 });

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const row = options.locator('[data-testid="template-editor"] [data-template-id="ship-late-apology"]');
    await row.locator('summary').click();
    const body = row.locator('textarea[data-field="body"][data-lang="en"]');
    await body.fill('Hello {buyer}, order {orderId} ships today. Happy with it? Please leave a 5-star review!');
    await body.press('Tab');
    await options.waitForSelector('[data-testid="template-editor-status"]');
    assert.equal(await options.textContent('[data-testid="template-editor-status"]'), 'Saved.');
    assert.match(await row.locator('summary').textContent(), /\(built-in · edited · to the buyer\)$/);

    const key = `ship-deadline|amazon|${AMAZON_LATE}`;
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent(key)}`);
    const template = panel.locator('[data-testid="case-templates"] [data-template-id="ship-late-apology"]');
    await template.locator('.template-text').first().waitFor();
    // English seller, English buyer: one language.
    assert.deepEqual(await template.locator('.template-text').evaluateAll((els) => els.map((e) => e.dataset.lang)), ['en']);
    const en = template.locator('.template-text[data-lang="en"]');
    const filled = `Hello Jane Miller, order ${AMAZON_LATE} ships today. Happy with it? Please leave a 5-star review!`;
    assert.equal(await en.locator('.template-body').textContent(), filled);
    assert.equal(
      await en.locator('[data-testid="template-policy"]').textContent(),
      'This may break Amazon’s messaging rules:Asks for a positive review or rating. leave a 5-star review',
    );
    assert.equal(await en.locator('[data-testid="template-policy"] .offending').textContent(), 'leave a 5-star review');
    // Amazon's reply box is not known to the extension: insert is off, and says why.
    assert.equal(await en.locator('button[data-action="insert"]').isDisabled(), true);
    assert.equal(await en.locator('.insert-reason').textContent(), 'Order Sentinel does not know a reply box on this console: copy instead.');

    await panel.evaluate(() => navigator.clipboard.writeText('before'));
    await en.locator('button[data-action="copy"]').click();
    // Nothing copied until the seller confirms.
    assert.equal(await panel.evaluate(() => navigator.clipboard.readText()), 'before');
    await en.locator('button[data-action="copy-anyway"]').click();
    await en.locator('[data-testid="template-outcome"]').waitFor();
    assert.equal(await panel.evaluate(() => navigator.clipboard.readText()), filled);
    await eventually(() => templateEvents(panel, key), [['ship-late-apology', 'en', 'copy']], 'copy on the timeline');
  }));

test('a disputed order whose reason is "damaged" lists the damage reply first, then the stage updates and the complaint flow in its order', () =>
  withExtension(async (b) => {
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    const now = Date.now();
    const order = {
      marketplace: 'taobao',
      orderId: '3712823344455566677',
      placedAt: now - 5 * 86_400_000,
      paidAt: now - 5 * 86_400_000 + 60_000,
      status: 'disputed',
      statusRaw: '纠纷中',
      buyer: '山间清风2018',
      items: [{ title: '手工皂 玫瑰 100g', quantity: 2 }],
      money: { currency: 'CNY', paid: 58 },
      afterSalesReason: { raw: '收到商品破损', reason: 'damaged' },
      source: { url: 'file:refunds.csv', adapter: 'import:generic', observedAt: now },
    };
    const answer = await panel.evaluate((o) => chrome.runtime.sendMessage({ type: 'orders.imported', fileName: 'refunds.csv', orders: [o] }), order);
    assert.equal(answer.ok, true, JSON.stringify(answer));
    const key = `dispute-open|taobao|${order.orderId}`;
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent(key)}`);
    const list = panel.locator('[data-testid="case-templates"] [data-template-id]');
    await list.first().waitFor();
    assert.deepEqual(await list.evaluateAll((els) => els.map((e) => e.dataset.templateId)), [
      'reason-damaged',
      // The stage updates (return received, refund issued, replacement shipped), then the complaint flow.
      'stage-return-received',
      'stage-refund-issued',
      'stage-replacement-shipped',
      'dispute-ack',
      'dispute-resolution',
      'complaint-evidence',
      'complaint-close',
    ]);
    // The first is open and filled from the order, in the buyer's language beside the seller's.
    const zh = panel.locator('[data-template-id="reason-damaged"] .template-text[data-lang="zh"] .template-body');
    assert.equal(
      await zh.textContent(),
      '山间清风2018您好，订单3712823344455566677中的手工皂 玫瑰 100g × 2到货破损，非常抱歉。麻烦您在这里发一张破损处和外包装的照片。我们会在{eta}前为您补发新的，或退款¥58.00，由您选择；向快递索赔的事由我们来处理。——{shop}',
    );
  }));
