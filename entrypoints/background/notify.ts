/**
 * Desktop notifications for new P1 cases and for follow-up times that come (off by default;
 * options page). Each is announced once, within a daily cap (lib/cases/notify). Clicking one
 * opens the case.
 */
import { liveQuery } from 'dexie';
import { followUpsCome } from '../../lib/cases/follow-up';
import { emptyNotifyState, selectNotifications, type NotifyState } from '../../lib/cases/notify';
import { loadSettings, type SentinelDB } from '../../lib/db';
import { detectorById } from '../../lib/detectors';
import { resolveLanguage, t } from '../../lib/i18n';
import { formatTime } from '../../lib/i18n/format';
import { marketplaceTimeZone } from '../../lib/marketplaces';
import { isLiveCaseStatus, type Case, type Language } from '../../lib/schema';
import { followUpNotifyStateItem, notifyStateItem, type ParsedItem } from '../../lib/storage/items';

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

/** One notification: the case a click opens, and its words in the seller's language. */
interface Note {
  key: string;
  title: string;
  message: string;
  priority: number;
}

/**
 * Shows each of `ids` not told before on `told`'s record, within the daily cap, and records them as
 * told, also while notifications are off (turning them on must not replay the past).
 */
async function notifyOnce(
  db: SentinelDB,
  told: ParsedItem<NotifyState | null>,
  ids: readonly string[],
  now: number,
  say: (id: string, lang: Language) => Note,
): Promise<void> {
  const settings = await loadSettings(db);
  const api = notificationsApi();
  const { announce, next } = selectNotifications(
    [...ids],
    (await told.getValue()) ?? emptyNotifyState(now),
    now,
    { enabled: settings.notifications.enabled && api !== undefined, dailyCap: settings.notifications.dailyCap },
  );
  await told.setValue(next);
  if (!api) return;
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  for (const id of announce) {
    const note = say(id, lang);
    await api.create(`${PREFIX}${note.key}`, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: note.title, message: note.message, priority: note.priority });
  }
}

const announce = (db: SentinelDB, cases: Case[]): Promise<void> =>
  notifyOnce(db, notifyStateItem, cases.map((c) => c.key), Date.now(), (key, lang) => {
    const c = cases.find((x) => x.key === key)!;
    return { key, title: `P1 · ${detectorById(c.detector)?.label[lang] ?? c.detector} · ${c.orderId}`, message: c.explanation[lang], priority: 2 };
  });

/**
 * Announces the follow-ups of `cases` that have come at `now`, each case and time once (the
 * ones that came while notifications were off count as told).
 */
export async function announceFollowUps(db: SentinelDB, cases: readonly Case[], now: number): Promise<void> {
  const come = followUpsCome(cases, now);
  await notifyOnce(db, followUpNotifyStateItem, come.map((f) => f.id), now, (id, lang) => {
    const c = come.find((f) => f.id === id)!.item;
    return {
      key: c.key,
      title: t(lang, 'followUpNotifyTitle', { order: c.orderId }),
      message: t(lang, 'followUpNotifyBody', {
        check: detectorById(c.detector)?.label[lang] ?? c.detector,
        time: formatTime(lang, c.followUpAt!, marketplaceTimeZone(c.marketplace)),
      }),
      priority: 1,
    };
  });
}
