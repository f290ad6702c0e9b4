/**
 * Desktop notifications for new P1 cases and for follow-up times that come (off by default;
 * options page). Each is announced once, within a daily cap (lib/cases/notify). Clicking one
 * opens the case.
 */
import { liveQuery } from 'dexie';
import { followUpsCome } from '../../lib/cases/follow-up';
import { emptyNotifyState, NotifyState, selectNotifications } from '../../lib/cases/notify';
import { loadSettings, type SentinelDB } from '../../lib/db';
import { detectorById } from '../../lib/detectors';
import { resolveLanguage, t } from '../../lib/i18n';
import { formatTime } from '../../lib/i18n/format';
import { marketplaceTimeZone } from '../../lib/marketplaces';
import { isLiveCaseStatus, type Case } from '../../lib/schema';

const STATE_KEY = 'notifyState';
/** Follow-ups keep their own record and cap: a burst of new P1 cases must not silence them. */
const FOLLOW_UP_STATE_KEY = 'followUpNotifyState';
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

/**
 * Announces the follow-ups of `cases` that have come at `now`, each case and time once (the
 * ones that came while notifications were off count as told).
 */
export async function announceFollowUps(db: SentinelDB, cases: readonly Case[], now: number): Promise<void> {
  const come = followUpsCome(cases, now);
  const settings = await loadSettings(db);
  const stored = NotifyState.safeParse((await browser.storage.local.get(FOLLOW_UP_STATE_KEY))[FOLLOW_UP_STATE_KEY]);
  const api = notificationsApi();
  const { announce: ids, next } = selectNotifications(
    come.map((f) => f.id),
    stored.success ? stored.data : emptyNotifyState(now),
    now,
    { enabled: settings.notifications.enabled && api !== undefined, dailyCap: settings.notifications.dailyCap },
  );
  await browser.storage.local.set({ [FOLLOW_UP_STATE_KEY]: next });
  if (!api) return;
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  for (const id of ids) {
    const c = come.find((f) => f.id === id)!.item;
    await api.create(`${PREFIX}${c.key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(lang, 'followUpNotifyTitle', { order: c.orderId }),
      message: t(lang, 'followUpNotifyBody', {
        check: detectorById(c.detector)?.label[lang] ?? c.detector,
        time: formatTime(lang, c.followUpAt!, marketplaceTimeZone(c.marketplace)),
      }),
      priority: 1,
    });
  }
}
