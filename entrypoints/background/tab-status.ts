/**
 * The read status of each tab, kept in memory and mirrored to session storage, so the popup
 * still finds it after the worker was stopped and restarted.
 */
import type { ReadStatus } from '../../lib/schema';
import { tabStatusItems } from '../../lib/storage/items';
import type { TabStatusStore } from './service';

export function createTabStatus(logFailure: (what: string) => (err: unknown) => void): TabStatusStore & { restored: Promise<void>; forget(tabId: number): void } {
  const byTab = new Map<number, ReadStatus>();
  const restored: Promise<void> = (async () => {
    for (const [tabId, status] of await tabStatusItems.all()) if (!byTab.has(tabId)) byTab.set(tabId, status);
  })().catch(logFailure('restoring tab status'));
  return {
    restored,
    get: (tabId) => byTab.get(tabId),
    set: (tabId, status) => {
      byTab.set(tabId, status);
      void tabStatusItems.item(tabId).setValue(status).catch(logFailure('saving tab status'));
    },
    forget: (tabId) => {
      byTab.delete(tabId);
      void tabStatusItems.item(tabId).removeValue().catch(logFailure('forgetting tab status'));
    },
  };
}
