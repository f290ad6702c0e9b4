/**
 * The read status of each tab, kept in memory and mirrored to session storage, so the popup
 * still finds it after the worker was stopped and restarted.
 */
import { ReadStatus } from '../../lib/schema';
import type { SessionArea } from './badges';
import type { TabStatusStore } from './service';

export const TAB_STATUS_PREFIX = 'tabStatus:';

export function createTabStatus(
  session: SessionArea | undefined,
  logFailure: (what: string) => (err: unknown) => void,
): TabStatusStore & { restored: Promise<void>; forget(tabId: number): void } {
  const byTab = new Map<number, ReadStatus>();
  const restored: Promise<void> = (async () => {
    const stored = (await session?.get(null)) ?? {};
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(TAB_STATUS_PREFIX)) continue;
      const parsed = ReadStatus.safeParse(value);
      const tabId = Number(key.slice(TAB_STATUS_PREFIX.length));
      if (parsed.success && Number.isInteger(tabId) && !byTab.has(tabId)) byTab.set(tabId, parsed.data);
    }
  })().catch(logFailure('restoring tab status'));
  return {
    restored,
    get: (tabId) => byTab.get(tabId),
    set: (tabId, status) => {
      byTab.set(tabId, status);
      void session?.set({ [TAB_STATUS_PREFIX + tabId]: status }).catch(logFailure('saving tab status'));
    },
    forget: (tabId) => {
      byTab.delete(tabId);
      void session?.remove(TAB_STATUS_PREFIX + tabId).catch(logFailure('forgetting tab status'));
    },
  };
}
