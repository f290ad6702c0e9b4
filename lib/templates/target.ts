/**
 * Where a reply goes: in which languages it is offered, and which open console tab an
 * "insert" is sent to. Pure: the side panel passes in the tabs and their read status.
 */
import type { Adapter } from '../adapters/types';
import { PROFILES } from '../marketplaces';
import type { Language, Marketplace, ReadStatus } from '../schema';

/** The seller's language first, then the buyer's (its marketplace's profile says which) when it differs. */
export function replyLanguages(seller: Language, marketplace: Marketplace): Language[] {
  const buyer = PROFILES[marketplace].buyerLanguage;
  return buyer === undefined || buyer === seller ? [seller] : [seller, buyer];
}

export interface TabInfo {
  readonly id: number;
  readonly active: boolean;
  readonly lastAccessed?: number;
}

export type InsertTarget =
  | { readonly kind: 'tab'; readonly tabId: number }
  | { readonly kind: 'none'; readonly reason: 'no-console-tab' | 'no-known-box' };

/**
 * The open tab showing this marketplace's console, the active one first, then the most
 * recently used; 'no-known-box' when such a tab exists but its adapter knows no reply box.
 */
export function insertTarget(
  marketplace: Marketplace,
  tabs: readonly TabInfo[],
  statusOf: (tabId: number) => ReadStatus | undefined,
  adapters: readonly Adapter[],
): InsertTarget {
  const consoles = tabs
    .map((tab) => {
      const status = statusOf(tab.id);
      if (status?.kind !== 'read') return undefined;
      const adapter = adapters.find((a) => a.id === status.adapter);
      const shows = status.marketplace ?? adapter?.marketplace;
      return shows === marketplace ? { tab, adapter } : undefined;
    })
    .filter((c) => c !== undefined)
    .sort((a, b) => Number(b.tab.active) - Number(a.tab.active) || (b.tab.lastAccessed ?? 0) - (a.tab.lastAccessed ?? 0));
  if (consoles.length === 0) return { kind: 'none', reason: 'no-console-tab' };
  const withBox = consoles.find((c) => (c.adapter?.replyBoxes?.length ?? 0) > 0);
  return withBox ? { kind: 'tab', tabId: withBox.tab.id } : { kind: 'none', reason: 'no-known-box' };
}
