// Zero network: during a whole session (console pages read, popup, side panel, options, a note,
// a status change) neither the extension's worker nor its pages make a single request of
// their own, and nothing trips the CSP (no eval, no remote script).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, readBadges } from './browser.mjs';

// Lets Playwright report requests made by the extension's service worker too (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

test('a full session makes no network request from the extension and no CSP violation', async () => {
  const demo = await startDemoConsole();
  const b = await launchWithExtension();
  const fromExtension = [];
  const ownOrigin = () => `chrome-extension://${b.extensionId}/`;
  b.context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(ownOrigin()) || url.startsWith('data:') || url.startsWith('blob:')) return;
    const worker = request.serviceWorker();
    const frameUrl = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    if (worker || frameUrl.startsWith('chrome-extension://')) fromExtension.push({ url, from: worker ? 'service worker' : frameUrl });
  });
  try {
    const page = await b.context.newPage();
    for (let n = 1; n <= 3; n++) {
      await page.goto(`${demo.url}?page=${n}`);
      await page.waitForTimeout(400);
    }
    await page.goto(demo.url);
    await readBadges(page, { atLeast: 5 });

    const violations = [];
    for (const name of ['popup.html', 'sidepanel.html', 'options.html']) {
      const ui = await b.context.newPage();
      await ui.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await ui.goto(`${ownOrigin()}${name}`);
      await ui.waitForTimeout(600);
      if (name === 'sidepanel.html') {
        await ui.click('li[data-case-key] button');
        await ui.fill('.note-form textarea', 'network check');
        await ui.click('.note-form button[type="submit"]');
        await ui.waitForSelector('[data-testid="case-notes"] li');
        await ui.click('[data-testid="case-status"] button[data-status="in_progress"]');
        await ui.waitForTimeout(300);
      }
      violations.push(...(await ui.evaluate(() => window.__cspViolations)).map((v) => `${name}: ${v}`));
      await ui.close();
    }
    assert.deepEqual(fromExtension, []);
    assert.deepEqual(violations, []);
  } finally {
    await b.close();
    await demo.close();
  }
});
