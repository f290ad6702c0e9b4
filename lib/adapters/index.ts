/** Registry of console adapters: a list of imports; each adapter carries its own metadata. */
import { amazon } from './amazon';
import { demo } from './demo';
import { ebay } from './ebay';
import { douyin } from './douyin';
import { etsy } from './etsy';
import { jd } from './jd';
import { pinduoduo } from './pinduoduo';
import { shopify } from './shopify';
import { taobao } from './taobao';
import { woocommerce } from './woocommerce';
import type { Adapter } from './types';

export type { Adapter, BlockLayout, CellPart, TableLayout } from './types';

export const ADAPTERS: readonly Adapter[] = [demo, taobao, pinduoduo, amazon, jd, woocommerce, douyin, shopify, ebay, etsy];

/*
 * One content script per console family (issue 7: a seller's page loads only its family's
 * adapters). Together they are ADAPTERS, each adapter in one family (test/adapters/registry.test.ts).
 */
/** The Chinese consoles: entrypoints/content-zh.content.ts. */
export const CHINESE_CONSOLES: readonly Adapter[] = [taobao, pinduoduo, jd, douyin];
/**
 * The other consoles and the demo console: entrypoints/content, the script the background also
 * registers for the sites the seller grants (self-hosted WooCommerce, taught sites).
 */
export const OTHER_CONSOLES: readonly Adapter[] = [demo, amazon, woocommerce, shopify, ebay, etsy];

/** The adapter for a page among `adapters` (no default: a content script passes its family's, and bundles only those). */
export function adapterForUrl(url: string, adapters: readonly Adapter[]): Adapter | undefined {
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
export const matchesOf = (adapters: readonly Adapter[]): string[] => [...new Set(adapters.flatMap((a) => a.matches))];

export const CONTENT_MATCHES: readonly string[] = /* @__PURE__ */ matchesOf(ADAPTERS);
