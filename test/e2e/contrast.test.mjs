// Dark mode everywhere: every page of the extension, drawn dark (prefers-color-scheme: dark)
// and light, shows each of its texts at a contrast of at least 4.5:1 with what is behind it
// (WCAG's AA for normal text). Colours are read as the browser computed them: the text's colour
// (an SVG text's fill) over the first backgrounds behind it, faded by any opacity on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, onEveryPage, readBadges } from './browser.mjs';

/** Every text on `page` below 4.5:1, as "text — ratio (colour on background)". */
const lowContrast = (page) =>
  page.evaluate(() => {
    const parse = (c) => {
      const m = /rgba?\(([^)]+)\)/.exec(c ?? '');
      if (!m) return undefined;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const luminance = ({ r, g, b }) => {
      const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const canvas = getComputedStyle(document.documentElement).colorScheme.includes('dark') && dark ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg.a > 0) layers.push(bg);
        if (bg && bg.a === 1) break;
      }
      return layers.reduceRight((under, layer) => over(layer, under), canvas);
    };
    const fadeOf = (el) => {
      let fade = 1;
      for (let e = el; e; e = e.parentElement) fade *= Number(getComputedStyle(e).opacity);
      return fade;
    };
    const show = ({ r, g, b }) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
    const low = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('option, script, style, :disabled, [aria-disabled="true"]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const svg = el instanceof SVGElement;
      const colour = parse(svg ? style.fill : style.color);
      if (!colour) continue;
      const bg = background(svg ? el.closest('svg') : el);
      const fg = over({ ...colour, a: colour.a * fadeOf(el) }, bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      if (ratio < 4.5) low.push(`"${text.slice(0, 40)}" — ${ratio.toFixed(2)} (${show(fg)} on ${show(bg)}, .${[...el.classList].join('.')})`);
    }
    return [...new Set(low)];
  });

for (const scheme of ['dark', 'light']) {
  test(`${scheme}: every text of popup, side panel, case, summary, options, report, welcome and privacy contrasts at 4.5:1 or more`, async () => {
    const demo = await startDemoConsole();
    const b = await launchWithExtension();
    try {
      const page = await b.context.newPage();
      await page.goto(demo.url);
      await readBadges(page, { atLeast: 5 });
      assert.deepEqual(await onEveryPage(b, page, demo.url, lowContrast, { colorScheme: scheme }), {});
    } finally {
      await b.close();
      await demo.close();
    }
  });
}
