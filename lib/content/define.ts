/**
 * The content scripts, one per console (a seller's page loads its own console's
 * adapter and no other): each is one line calling consoleScript with its adapter, imported from
 * the adapter's own file so the script bundles that adapter alone, made at build time
 * (lib/content/scripts.ts). test/adapters/registry.test.ts holds each script to its adapter.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptDefinition } from 'wxt';
import { SITES_SCRIPT } from '../adapters';
import type { PageAdapter } from '../adapters/types';
import type { LayoutReaders } from '../extract/read';
import { runContentScript } from './run';
import { taughtAdapterFor } from './taught';

/**
 * The script declared in the manifest for `adapter`'s console, on exactly its pages, reading
 * with `readers`: its layout's (READ_TABLES, READ_BLOCKS or READ_CARDS from lib/extract), so no
 * other layout's reader rides along.
 */
export const consoleScript = (adapter: PageAdapter, readers: LayoutReaders): ContentScriptDefinition =>
  defineContentScript({
    // Run at document_idle, the browser's default, left unsaid: every byte counts here.
    matches: adapter.matches as string[],
    main: (ctx) => runContentScript(ctx, { script: adapter.id, adapters: [adapter], readers }),
  });

/**
 * The script the background registers for the sites the seller grants
 * (entrypoints/background/sites.ts): the consoles that live on the seller's own host
 * (`anyHost`: WooCommerce) and the sites taught in teach mode. In no manifest entry. It alone
 * looks up taught sites: one taught on a console's host gets it too (registered for that
 * origin), and it hands the lookup to the console's script there (run.ts).
 */
export const sitesScript = (adapters: readonly PageAdapter[], readers: LayoutReaders): ContentScriptDefinition =>
  defineContentScript({
    registration: 'runtime',
    matches: [],
    main: (ctx) => runContentScript(ctx, { script: SITES_SCRIPT, adapters, readers, taught: taughtAdapterFor }),
  });
