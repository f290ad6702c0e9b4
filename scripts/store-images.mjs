// Store images: `npm run store-images` builds the extension with the demo console, opens it in
// Chromium and writes, per language, three 1280x800 screenshots (the console with its badges,
// a case opened in the inbox, the welcome page) and the 440x280 promotional tile, to
// store/<locale>/. The demo console's orders are made up: no seller's data is shown.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoConsole } from './demo-console/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'store');
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
/** The store's language folders (Chrome Web Store and AMO name them by locale) and the setting that shows each. */
const LANGUAGES = [
  { locale: 'en', setting: 'en' },
  { locale: 'zh_CN', setting: 'zh' },
];

process.chdir(ROOT);
const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, ORDER_SENTINEL_DEMO: '1' } });
if (built.status !== 0) process.exit(built.status ?? 1);
const { launchWithExtension, readBadges } = await import('../test/e2e/browser.mjs');

const messages = (locale) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
const icon = `data:image/png;base64,${readFileSync(join(ROOT, 'public/icon/128.png')).toString('base64')}`;
/** Page texts go in as text nodes, never as markup. */
const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const demo = await startDemoConsole();
const b = await launchWithExtension();
try {
  const page = await b.context.newPage();
  await page.setViewportSize(SCREEN);
  await page.goto(demo.url);
  await readBadges(page, { atLeast: 5 });
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('[data-testid="language"]');
  await options.selectOption('[data-testid="theme"]', 'light');

  for (const { locale, setting } of LANGUAGES) {
    const dir = join(OUT, locale);
    mkdirSync(dir, { recursive: true });
    await options.selectOption('[data-testid="language"]', setting);
    await options.waitForTimeout(400);

    // 1. The console with the badges on the rows that need the seller (they follow the language setting).
    await page.reload();
    await readBadges(page, { atLeast: 5 });
    // The most urgent row in view, under the pointer (a badge may show on hover only).
    const urgentRow = page.locator('tr:has([data-os-severity="P1"])').last();
    await urgentRow.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    await urgentRow.hover();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(dir, '1-console.png') });

    // 2. The most urgent case opened in the inbox.
    const panel = await b.context.newPage();
    await panel.setViewportSize(SCREEN);
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('li[data-case-key] button');
    await panel.click('li[data-case-key] button');
    await panel.waitForSelector('[data-testid="case-detail"]');
    await panel.waitForTimeout(400);
    await panel.screenshot({ path: join(dir, '2-case.png') });
    await panel.close();

    // 3. The welcome page a new seller sees.
    const welcome = await b.context.newPage();
    await welcome.setViewportSize(SCREEN);
    await welcome.goto(`chrome-extension://${b.extensionId}/welcome.html`);
    await welcome.waitForSelector('[data-testid="welcome-tour"] li');
    await welcome.waitForTimeout(300);
    await welcome.screenshot({ path: join(dir, '3-welcome.png') });
    await welcome.close();

    // The promotional tile: the icon, the name and what it does, from the message files.
    const m = messages(locale);
    const tile = await b.context.newPage();
    await tile.setViewportSize(TILE);
    await tile.setContent(`<!doctype html><meta charset="utf-8">
      <body style="margin:0;width:${TILE.width}px;height:${TILE.height}px;display:flex;align-items:center;gap:22px;padding:0 28px;box-sizing:border-box;
        background:linear-gradient(135deg,#0d47a1,#1565c0);color:#fff;font-family:system-ui,'WenQuanYi Micro Hei',sans-serif">
        <img src="${icon}" width="96" height="96" style="flex:none;background:#fff;border-radius:20px;padding:8px">
        <div><div style="font-size:30px;font-weight:700;margin-bottom:10px">${escape(m.extName.message)}</div>
        <div style="font-size:15px;line-height:1.45;opacity:.95">${escape(m.extDescription.message)}</div></div>`);
    await tile.screenshot({ path: join(dir, 'tile-440x280.png') });
    await tile.close();
  }
  console.log(`store images written to ${OUT}/<locale>/`);
} finally {
  await b.close();
  await demo.close();
}
