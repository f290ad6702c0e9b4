/**
 * The row badges of console tabs. A tab's read is answered with its badges (orders-service.ts),
 * and the orders it shows are kept here; when cases change (the alarm, the seller's edit in the
 * side panel, another tab's read), only a tab whose badges differ from those it was sent gets
 * the new ones, in one message it draws from.
 */
import type { ContentMessage, Marketplace, RowFinding } from '../../lib/schema';
import type { ShownOrders as Shown, TabItems } from '../../lib/storage/items';
import type { ShownOrders } from './service';

export interface PageBadgesDeps {
  findings(marketplace: Marketplace, orderIds: readonly string[]): Promise<RowFinding[]>;
  push(tabId: number, message: ContentMessage): Promise<unknown>;
  /** Where the orders each tab shows are kept, so a restarted worker still pushes to them (session storage). */
  store?: TabItems<Shown>;
  logFailure(what: string): (err: unknown) => void;
}

export interface PageBadges extends ShownOrders {
  /** Cases may have changed: push new badges to the tabs whose badges differ. Runs one pass at a time. */
  casesChanged(): Promise<void>;
  /** The tab closed. (One that went on to another page keeps its entry: a push finds no receiver there.) */
  forget(tabId: number): void;
}

/** FNV-1a over the badges' JSON: the same badges give the same digest. */
export function digest(badges: readonly RowFinding[]): string {
  const text = JSON.stringify(badges);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

export function createPageBadges(deps: PageBadgesDeps): PageBadges {
  const byTab = new Map<number, Shown>();
  const restored: Promise<void> = (async () => {
    for (const [tabId, shown] of (await deps.store?.all()) ?? []) if (!byTab.has(tabId)) byTab.set(tabId, shown);
  })().catch(deps.logFailure('restoring the orders tabs show'));

  const keep = (tabId: number, shown: Shown) => {
    byTab.set(tabId, shown);
    void deps.store?.item(tabId).setValue(shown).catch(deps.logFailure('saving the orders a tab shows'));
  };

  async function pass(): Promise<void> {
    await restored;
    for (const [tabId, shown] of [...byTab]) {
      const findings = await deps.findings(shown.marketplace, shown.orderIds);
      const sent = digest(findings);
      // The tab may have read again, or closed, while this one was asked.
      if (sent === shown.sent || byTab.get(tabId) !== shown) continue;
      keep(tabId, { ...shown, sent });
      // A tab that went away or navigated off the console has no receiver: nothing to redraw.
      await deps.push(tabId, { type: 'badges.update', findings }).catch(() => undefined);
    }
  }

  let running: Promise<void> | undefined;
  let again = false;

  return {
    show(tabId, marketplace, orderIds, badges) {
      keep(tabId, { marketplace, orderIds: [...orderIds], sent: digest(badges) });
    },
    forget(tabId) {
      byTab.delete(tabId);
      void deps.store?.item(tabId).removeValue().catch(deps.logFailure('forgetting the orders a tab shows'));
    },
    casesChanged() {
      if (running !== undefined) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await pass();
        } while (again);
      })()
        .catch(deps.logFailure('pushing badges to tabs'))
        .finally(() => {
          running = undefined;
        });
      return running;
    },
  };
}
