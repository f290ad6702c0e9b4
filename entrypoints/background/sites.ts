/**
 * Sites the extension reads through an optional host permission: self-hosted consoles
 * (WooCommerce) and sites taught by the seller. The seller grants one origin at a time from
 * the popup; the content script is then registered for exactly the granted origins.
 */
import type { SiteAccess, TaughtMapping } from '../../lib/schema';
import { sitesItem } from '../../lib/storage/items';
import type { SiteRegistry } from './service';
import { SITES_SCRIPT } from '../../lib/adapters';

const SCRIPT_ID = 'order-sentinel-sites';
/**
 * The granted sites' content script (sites.js, made at build time by lib/content/scripts.ts):
 * the self-hosted consoles' adapters (test/adapters/registry.test.ts) and taught sites. Registered again on every install,
 * update and browser start (sync), so a registration naming an older build's file is replaced.
 */
const CONTENT_SCRIPT = `content-scripts/${SITES_SCRIPT}.js`;

const pattern = (origin: string) => `${origin}/*`;

const ORDER_PAGE_SCRIPT_ID = 'order-sentinel-woocommerce-order';
/**
 * WooCommerce's order edit page script (entrypoints/woocommerce-order.content.ts), on the same
 * granted origins but only their edit screens (its page part checks the rest of the address).
 */
const ORDER_PAGE_SCRIPT = 'content-scripts/woocommerce-order.js';
const orderPagePatterns = (origin: string) => [`${origin}/*wp-admin/admin.php?*`, `${origin}/*wp-admin/post.php?*`];

interface ChromeScripting {
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter?: { ids: string[] }): Promise<Array<{ id: string }>>;
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: Array<{ file: string }>; runAt: string }): Promise<{ unregister(): Promise<void> }>;
}

/** The granted sites; invalid stored ones read as none (lib/storage/items). */
export const loadSites = (): Promise<SiteAccess[]> => sitesItem.getValue();

const saveSites = (sites: SiteAccess[]): Promise<void> => sitesItem.setValue(sites);

async function hasAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern(origin)] });
}

export function createSiteRegistry(now: () => number): SiteRegistry & { sync(): Promise<void> } {
  const scripting = (browser as unknown as { scripting?: ChromeScripting }).scripting;
  const firefoxScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  let firefoxHandle: { unregister(): Promise<void> } | undefined;
  let firefoxOrderPageHandle: { unregister(): Promise<void> } | undefined;

  /** Registers the content script for every stored site the seller still grants. */
  async function sync(): Promise<void> {
    const sites = await loadSites();
    const granted: SiteAccess[] = [];
    for (const site of sites) if (await hasAccess(site.origin)) granted.push(site);
    // A permission withdrawn in the browser's own settings ends reading that site.
    if (granted.length !== sites.length) await saveSites(granted);
    const matches = granted.map((s) => pattern(s.origin));
    const orderPages = granted.filter((s) => s.adapter === 'woocommerce').flatMap((s) => orderPagePatterns(s.origin));
    if (scripting) {
      const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID, ORDER_PAGE_SCRIPT_ID] });
      if (existing.length > 0) await scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
      const scripts = [
        ...(matches.length > 0 ? [{ id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }] : []),
        ...(orderPages.length > 0 ? [{ id: ORDER_PAGE_SCRIPT_ID, matches: orderPages, js: [ORDER_PAGE_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }] : []),
      ];
      if (scripts.length > 0) await scripting.registerContentScripts(scripts);
    } else if (firefoxScripts) {
      await firefoxHandle?.unregister();
      firefoxHandle = matches.length > 0
        ? await firefoxScripts.register({ matches, js: [{ file: `/${CONTENT_SCRIPT}` }], runAt: 'document_idle' })
        : undefined;
      await firefoxOrderPageHandle?.unregister();
      firefoxOrderPageHandle = orderPages.length > 0
        ? await firefoxScripts.register({ matches: orderPages, js: [{ file: `/${ORDER_PAGE_SCRIPT}` }], runAt: 'document_idle' })
        : undefined;
    }
  }

  async function upsert(site: SiteAccess): Promise<void> {
    const sites = (await loadSites()).filter((s) => s.origin !== site.origin);
    await saveSites([...sites, site]);
  }

  async function readTabNow(tabId: number | undefined): Promise<void> {
    if (tabId === undefined || !scripting) return;
    await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  }

  return {
    sync,
    async enable(origin, adapter, tabId) {
      if (!(await hasAccess(origin))) throw new Error(`no permission to read ${origin}: grant it from the popup first`);
      const previous = (await loadSites()).find((s) => s.origin === origin);
      await upsert({ origin, adapter, grantedAt: now(), ...(previous?.mapping ? { mapping: previous.mapping } : {}) });
      await sync();
      await readTabNow(tabId);
    },
    async disable(origin) {
      await saveSites((await loadSites()).filter((s) => s.origin !== origin));
      await sync();
      await browser.permissions.remove({ origins: [pattern(origin)] }).catch(() => false);
    },
    async saveMapping(origin: string, mapping: TaughtMapping) {
      if (!(await hasAccess(origin))) throw new Error(`no permission to read ${origin}`);
      await upsert({ origin, adapter: 'taught', mapping, grantedAt: now() });
      await sync();
    },
  };
}
