/** Registry of console adapters: the adapters found in this folder; each adapter carries its own metadata. */
import { ADAPTER_FILES } from '../../.wxt/registry/adapters';
import type { Adapter, PageAdapter } from './types';

export type { Adapter, BlockLayout, CellPart, PageAdapter, TableLayout } from './types';

/** Every console's adapter, the demo's first, the others by id (scripts/registries.mjs writes the list at every build). */
export const ADAPTERS: readonly Adapter[] = ADAPTER_FILES;

/** A built-in console's adapter by its id (a status, a stored site, a page's rows name it). */
export const adapterById = (id: string): Adapter | undefined => ADAPTERS.find((a) => a.id === id);

/** The script the background registers for the sites the seller grants (made at build time: lib/content/scripts.ts). */
export const SITES_SCRIPT = 'sites';

/**
 * The content script that reads a console's pages (a seller's page loads its own
 * console's adapter and no other): `content-scripts/<id>.js`, made at build time
 * (lib/content/scripts.ts) for the adapter's `matches`; a console on the seller's own host
 * (`anyHost`: WooCommerce) rides in the script registered for granted sites, which also reads
 * taught sites. test/adapters/registry.test.ts fails when an adapter has no script or a
 * script's matches are not its adapter's.
 */
export const contentScriptOf = (adapter: PageAdapter): string => (adapter.anyHost ? SITES_SCRIPT : adapter.id);

/** The adapter for a page among `adapters` (no default: a content script passes its own, and bundles only those). */
export function adapterForUrl<A extends PageAdapter>(url: string, adapters: readonly A[]): A | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // A console that runs on any host (self-hosted shops) never shadows a known console.
  return adapters.find((a) => !a.anyHost && a.isOrderList(parsed)) ?? adapters.find((a) => a.anyHost && a.isOrderList(parsed));
}

/** The manifest match patterns of these adapters' consoles, each once. */
export const matchesOf = (adapters: readonly PageAdapter[]): string[] => [...new Set(adapters.flatMap((a) => a.matches))];

export const CONTENT_MATCHES: readonly string[] = /* @__PURE__ */ matchesOf(ADAPTERS);
