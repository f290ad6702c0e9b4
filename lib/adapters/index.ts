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

export function adapterForUrl(url: string, adapters: readonly Adapter[] = ADAPTERS): Adapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // A console that runs on any host (self-hosted shops) never shadows a known console.
  return adapters.find((a) => !a.anyHost && a.isOrderList(parsed)) ?? adapters.find((a) => a.anyHost && a.isOrderList(parsed));
}

export const CONTENT_MATCHES: readonly string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];
