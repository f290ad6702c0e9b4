// README screenshots: the demo console with its badges, and the popup and side panel in both
// languages, light and dark. `npm run build:test && node scripts/screenshots.mjs` writes docs/*.png.
import { mkdirSync } from 'node:fs';
import { startDemoConsole } from './demo-console/server.mjs';
const { launchWithExtension, readBadges, tabIdOf } = await import('../test/e2e/browser.mjs');

const OUT = 'docs';
mkdirSync(OUT, { recursive: true });
const demo = await startDemoConsole();
const b = await launchWithExtension();
try {
  const page = await b.context.newPage();
  await page.goto(demo.url);
  await readBadges(page, { atLeast: 5 });
  await page.screenshot({ path: `${OUT}/demo-console.png`, fullPage: true });
  const tabId = await tabIdOf(b.worker, demo.url);
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('[data-testid="language"]');

  for (const [language, theme] of [['en', 'light'], ['zh', 'light'], ['en', 'dark'], ['zh', 'dark']]) {
    await options.selectOption('[data-testid="language"]', language);
    await options.selectOption('[data-testid="theme"]', theme);
    await options.waitForTimeout(300);

    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 380, height: 620 });
    await popup.emulateMedia({ colorScheme: theme });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="page-status"]');
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: `${OUT}/popup-${language}-${theme}.png` });
    await popup.close();

    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 460, height: 1000 });
    await panel.emulateMedia({ colorScheme: theme });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('li[data-case-key] button');
    await panel.click('li[data-case-key] button');
    await panel.waitForSelector('[data-testid="case-detail"]');
    await panel.waitForTimeout(400);
    await panel.screenshot({ path: `${OUT}/sidepanel-${language}-${theme}.png` });
    await panel.close();
  }
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await b.close();
  await demo.close();
}
