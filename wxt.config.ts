// First: writes the profile and adapter lists (.wxt/registry/) the imports below read, from the files as they are.
import './scripts/registries.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { ADAPTERS, CONTENT_MATCHES } from './lib/adapters';
import { consoleScripts } from './lib/content/scripts';
import { demoPage } from './lib/adapters/demo';
import { PAGE_DATA_EMBEDDED } from './lib/pagedata/sources';
import { ANNOTATION_MATCHES } from './lib/adapters/pages';

/**
 * The demo console (`npm run demo`, the end-to-end tests) ships only in development builds:
 * the dev server, or a build made with ORDER_SENTINEL_DEMO=1. A plain `wxt build` / `wxt zip`
 * is what the stores get, without its content script and host permission. Read when called,
 * not at import: WXT loads .env files after it imported this file.
 */
const withDemo = (mode: string): boolean => mode === 'development' || process.env['ORDER_SENTINEL_DEMO'] === '1';

/**
 * Puts the popup's one style sheet into its page as a <style> element (the extension's CSP
 * restricts scripts, not styles): a linked sheet is one more request to the browser process,
 * and the page's module waits for it before it runs (a style sheet blocks scripts); inline, the
 * list could show ~20 ms sooner on a loaded machine. Only a sheet no script loads later is moved.
 */
const inlineStyleSheets = (): Plugin => ({
  name: 'order-sentinel:inline-style-sheets',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const code = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
    for (const page of Object.values(bundle)) {
      if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
      page.source = String(page.source).replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, name: string) => {
        const sheet = bundle[name];
        if (sheet?.type !== 'asset' || code.some((c) => c.includes(name))) return link;
        delete bundle[name];
        return `<style>${String(sheet.source).trim()}</style>`;
      });
    }
  },
});

const readIfAny = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

export default defineConfig({
  // test/e2e/manifest.test.mjs builds the store packages aside, leaving the tests' build in .output.
  ...(process.env['ORDER_SENTINEL_OUT_DIR'] ? { outDir: process.env['ORDER_SENTINEL_OUT_DIR'] } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Each console's content script, from the adapter registry (lib/content/scripts.ts); written
    // only when changed, so the dev server does not rebuild for nothing.
    'entrypoints:found': (wxt, entrypoints) => {
      const dir = join(wxt.config.wxtDir, 'consoles');
      mkdirSync(dir, { recursive: true });
      const root = relative(dir, wxt.config.root).replaceAll('\\', '/');
      for (const script of consoleScripts(ADAPTERS)) {
        const inputPath = join(dir, `${script.name}.content.ts`);
        const source = script.source(root);
        if (readIfAny(inputPath) !== source) writeFileSync(inputPath, source);
        entrypoints.push({ name: script.name, inputPath, type: 'content-script' });
      }
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (withDemo(wxt.config.mode)) return;
      for (const entry of entrypoints) if (entry.name === demoPage.id) entry.skipped = true;
    },
    // The popup is built on its own (popup first paint ≤ 100 ms), so everything it shows first is
    // one entry chunk and one style sheet: built with the other pages, its first screen came in
    // nine chunks shared with them, and each file an extension page loads costs a request to the
    // browser process (~30 ms more before the list on a loaded machine). Its later parts stay
    // lazy chunks. The other pages are still built together, as before.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const at = group.findIndex((entry) => entry.type === 'popup');
        if (at === -1) continue;
        groups.push(group.splice(at, 1));
        return;
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0]!.type === 'popup') (config.plugins ??= []).push(inlineStyleSheets());
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is needed: README, "Permissions". A test asserts this exact list.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'activeTab'],
    // Only the supported consoles' order pages (from the adapters' match patterns), the order
    // detail pages whose own data is read (lib/pagedata/sources.ts), and their review and message pages.
    // Each pattern once: a page part on its console's own pages (Shopify's order page) asks for nothing more.
    host_permissions: [
      ...new Set([
        ...CONTENT_MATCHES.filter((p) => withDemo(mode) || !demoPage.matches.includes(p)),
        ...PAGE_DATA_EMBEDDED.flatMap((s) => s.matches),
        // Review and message pages that show orders by number only (lib/adapters/pages), each read by a script of its own.
        ...ANNOTATION_MATCHES,
      ]),
    ],
    // Self-hosted consoles (WooCommerce) and taught sites: one origin at a time, asked for
    // at run time when the seller turns the extension on for that site.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Desktop notifications for new P1 cases, asked for when the seller turns them on.
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_extName__' },
    // A keyboard shortcut to the case inbox (the seller can change it in the browser's settings).
    commands: {
      'open-inbox': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdOpenInbox__' },
    },
    content_security_policy: {
      // Only the extension's own scripts, no eval, and no network at all (connect-src 'none'):
      // the extension's pages and worker cannot send anything anywhere.
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'order-sentinel@order-sentinel.localhost',
              data_collection_permissions: { required: ['none'] },
              // data_collection_permissions (the browser's own data consent, declaring none) came in
              // Firefox 140 on desktop and 142 on Android; storage.session, scripting and sidebar_action are older.
              strict_min_version: '140.0',
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
          // Firefox MV2 has no optional_host_permissions: host patterns go here instead.
          optional_permissions: ['notifications', 'https://*/*', 'http://*/*'],
        }
      : {
          // chrome.sidePanel.open(), which opens a case from a row badge, came in Chrome 116.
          minimum_chrome_version: '116',
        }),
  }),
});
