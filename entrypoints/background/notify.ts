/**
 * Desktop notifications for new P1 cases (off by default; options page). Each case is
 * announced once, within a daily cap (lib/cases/notify). Clicking one opens the case.
 */
import { liveQuery } from 'dexie';
import { emptyNotifyState, NotifyState, selectNotifications } from '../../lib/cases/notify';
import { loadSettings, type SentinelDB } from '../../lib/db';
import { detectorById } from '../../lib/detectors';
import { resolveLanguage } from '../../lib/i18n';
import { isLiveCaseStatus, type Case } from '../../lib/schema';

const STATE_KEY = 'notifyState';
const PREFIX = 'case:';

interface Notifications {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; priority?: number }): Promise<string>;
  onClicked: { addListener(listener: (id: string) => void): void };
}

/** Absent until the seller grants the optional permission. */
const notificationsApi = (): Notifications | undefined =>
  (browser as unknown as { notifications?: Notifications }).notifications;

export function watchP1ForNotifications(db: SentinelDB, logFailure: (what: string) => (err: unknown) => void): void {
  notificationsApi()?.onClicked.addListener((id) => {
    if (!id.startsWith(PREFIX)) return;
    const key = id.slice(PREFIX.length);
    void browser.tabs
      .create({ url: browser.runtime.getURL(`/sidepanel.html#case=${encodeURIComponent(key)}`) })
      .catch(logFailure('opening a case from a notification'));
  });

  let queue = Promise.resolve();
  liveQuery(() => db.cases.where('severity').equals('P1').filter((c) => isLiveCaseStatus(c.status) && !c.conditionCleared).toArray()).subscribe({
    // One at a time, so two quick changes cannot announce the same case twice.
    next: (cases) => {
      queue = queue.then(() => announce(db, cases)).catch(logFailure('desktop notification'));
    },
    error: logFailure('watching P1 cases'),
  });
}

async function announce(db: SentinelDB, cases: Case[]): Promise<void> {
  const now = Date.now();
  const settings = await loadSettings(db);
  const stored = NotifyState.safeParse((await browser.storage.local.get(STATE_KEY))[STATE_KEY]);
  const api = notificationsApi();
  const { announce: keys, next } = selectNotifications(
    cases.map((c) => c.key),
    stored.success ? stored.data : emptyNotifyState(now),
    now,
    { enabled: settings.notifications.enabled && api !== undefined, dailyCap: settings.notifications.dailyCap },
  );
  await browser.storage.local.set({ [STATE_KEY]: next });
  if (!api) return;
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  for (const key of keys) {
    const c = cases.find((x) => x.key === key)!;
    await api.create(`${PREFIX}${key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `P1 · ${detectorById(c.detector)?.label[lang] ?? c.detector} · ${c.orderId}`,
      message: c.explanation[lang],
      priority: 2,
    });
  }
}
