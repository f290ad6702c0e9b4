/**
 * Background: wires lib/ to the browser. Listeners are registered synchronously in main()
 * (an MV3 worker only gets events whose listeners exist when its script first runs), and
 * every handler catches its own failures so one bad event never stops the worker.
 */
import '../../lib/zod-config'; // first: before any schema is created (see the file)
import '../../lib/zod-messages'; // zod's English issue messages: they reach the seller here
import '../../lib/i18n/bundled'; // both message files (no size budget here; see lib/i18n)
import { liveQuery } from 'dexie';
import { loadSettings, openDb } from '../../lib/db';
import { reevaluateAsTimePasses } from '../../lib/ingest';
import { toolbarCount } from '../../lib/cases/store';
import { alarmSince, lastAlarmRecord } from '../../lib/ingest/alarm-window';
import { createMessageHandler } from '../../lib/messaging/handler';
import {
  CONTENT_CONFIG_KEY,
  ReadStatus,
  STORAGE_PRESSURE_KEY,
  type ContentConfig,
  type ContentMessage,
  type StoragePressure,
} from '../../lib/schema';
import { registerFollowUps } from './follow-up';
import { watchP1ForNotifications } from './notify';
import { applyToolbarClick, openCaseInPanel, openCaseNow, openInboxFromShortcut } from './panel';
import { registerRetention } from './retention';
import { createSiteRegistry, loadSites } from './sites';
import { taughtAdapterIn } from '../../lib/teach/adapter';
import { injectNotes, injectReader, injectTeach, injectTools } from './teach';
import { registerSettingsSync } from './sync';
import { registerFirstRun } from './first-run';

const REEVALUATE_ALARM = 'reevaluate';
const REEVALUATE_AFTER_INGEST_MS = 2_000;
const TAB_STATUS_PREFIX = 'tabStatus:';
/** Session storage key of the last successful alarm (lib/ingest/alarm-window.ts). */
const LAST_ALARM_KEY = 'lastAlarm';
const BADGE_RED = '#d93025';

export default defineBackground(() => {
  const db = openDb();
  const logFailure = (what: string) => (err: unknown) => console.error(`order-sentinel: ${what} failed`, err);
  // One missing or failing API (e.g. no alarms in some browser) must not stop the others.
  const attempt = (what: string, register: () => void) => {
    try {
      register();
    } catch (err) {
      logFailure(what)(err);
    }
  };

  // Firefox MV2 has browserAction where Chromium MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  async function showCount(count: number): Promise<void> {
    await action?.setBadgeText({ text: count === 0 ? '' : String(count) });
    await action?.setBadgeBackgroundColor({ color: BADGE_RED });
  }
  const refreshBadge = () => void toolbarCount(db, Date.now()).then(showCount).catch(logFailure('badge update'));

  async function ensureAlarm(): Promise<void> {
    const { reevaluateMinutes } = await loadSettings(db);
    const existing = await browser.alarms.get(REEVALUATE_ALARM);
    if (existing?.periodInMinutes === reevaluateMinutes) return;
    await browser.alarms.create(REEVALUATE_ALARM, { delayInMinutes: reevaluateMinutes, periodInMinutes: reevaluateMinutes });
  }

  // The read status of each tab lives in memory, mirrored to session storage so the popup
  // still finds it after the worker was stopped and restarted.
  const session = browser.storage.session as typeof browser.storage.local | undefined;
  const tabStatus = new Map<number, ReadStatus>();
  const restored: Promise<void> = (async () => {
    const stored = (await session?.get(null)) ?? {};
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(TAB_STATUS_PREFIX)) continue;
      const parsed = ReadStatus.safeParse(value);
      const tabId = Number(key.slice(TAB_STATUS_PREFIX.length));
      if (parsed.success && Number.isInteger(tabId) && !tabStatus.has(tabId)) tabStatus.set(tabId, parsed.data);
    }
  })().catch(logFailure('restoring tab status'));

  /** The toolbar count, and the row badges of pages showing orders (raised, dismissed, resolved). */
  function casesChanged(): void {
    refreshBadge();
    // A tab that went away (or an API that throws) must not fail the message that changed cases.
    for (const tabId of tabStatus.keys()) {
      try {
        void browser.tabs.sendMessage(tabId, { type: 'badges.refresh' } satisfies ContentMessage).catch(() => undefined);
      } catch (err) {
        logFailure('asking a page to redraw its badges')(err);
      }
    }
  }

  let reevaluateTimer: ReturnType<typeof setTimeout> | undefined;

  // The alarm counts from the last one that succeeded in this browser session (kept in session
  // storage, which outlives a stopped worker): only results with a threshold in between change.
  function reevaluateOnAlarm(): void {
    void (async () => {
      const settings = await loadSettings(db);
      const stored = (await session?.get(LAST_ALARM_KEY))?.[LAST_ALARM_KEY];
      const now = Date.now();
      await reevaluateAsTimePasses(db, now, settings, alarmSince(stored, settings, now));
      await session?.set({ [LAST_ALARM_KEY]: lastAlarmRecord(now, settings) });
    })()
      .then(casesChanged)
      .catch(logFailure('re-evaluation'));
  }

  const sites = createSiteRegistry(() => Date.now());
  const handler = createMessageHandler({
    sites,
    openCase: (caseKey, tabId) => openCaseInPanel(caseKey, tabId),
    injectTeach,
    injectNotes,
    injectTools,
    injectReader,
    taughtAdapter: async (url) => taughtAdapterIn(await loadSites(), new URL(url).origin),
    db,
    now: () => Date.now(),
    settings: () => loadSettings(db),
    // Each batch judged what it changed, and the orders sharing a key with it (lib/ingest):
    // nothing else's inputs changed. What time changed since the last alarm is the
    // alarm's to judge: its run catches up once a burst of page reads has settled.
    onOrdersIngested: () => {
      clearTimeout(reevaluateTimer);
      reevaluateTimer = setTimeout(reevaluateOnAlarm, REEVALUATE_AFTER_INGEST_MS);
    },
    onCasesChanged: casesChanged,
    // The popup tells the seller (lib/schema STORAGE_PRESSURE_KEY).
    onStoragePressure: ({ pruned, full }) =>
      void browser.storage.local
        .set({ [STORAGE_PRESSURE_KEY]: { at: Date.now(), pruned, full } satisfies StoragePressure })
        .catch(logFailure('recording storage pressure')),
    tabStatus: {
      get: (tabId) => tabStatus.get(tabId),
      set: (tabId, status) => {
        tabStatus.set(tabId, status);
        void session?.set({ [TAB_STATUS_PREFIX + tabId]: status }).catch(logFailure('saving tab status'));
      },
    },
    extensionId: browser.runtime.id,
    // A page the extension holds a host permission for: a supported console or a granted site.
    mayReadPage: (url) => browser.permissions.contains({ origins: [url] }),
  });

  // Returning the promise answers the sender (webextension-polyfill semantics).
  // Extension pages (popup, side panel, options) also carry a tab when opened in one: they
  // are told apart from web pages by their address.
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const fromOwnPage = sender.url?.startsWith(ownPages) ?? false;
    // A click on a row badge must open the side panel in this very turn: Chrome allows it
    // only while the click's user gesture lasts, which ends at the first await.
    const opening = !fromOwnPage && sender.id === browser.runtime.id ? openCaseNow(message, sender.tab?.id) : undefined;
    if (opening) return opening;
    return restored.then(() =>
      handler(message, {
        id: sender.id,
        ...(sender.url ? { url: sender.url } : {}),
        ...(sender.tab && !fromOwnPage ? { tab: { id: sender.tab.id } } : {}),
      }),
    );
  });

  attempt('tab listener', () =>
    browser.tabs.onRemoved.addListener((tabId) => {
      tabStatus.delete(tabId);
      void session?.remove(TAB_STATUS_PREFIX + tabId).catch(logFailure('forgetting tab status'));
    }),
  );

  attempt('alarm listener', () =>
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REEVALUATE_ALARM) reevaluateOnAlarm();
    }),
  );

  const start = () => {
    void ensureAlarm().catch(logFailure('scheduling re-evaluation'));
    void sites.sync().catch(logFailure('registering granted sites'));
    refreshBadge();
  };
  attempt('permission listener', () =>
    browser.permissions.onRemoved.addListener(() => void sites.sync().catch(logFailure('registering granted sites'))),
  );
  attempt('install/startup listeners', () => {
    browser.runtime.onInstalled.addListener(start);
    browser.runtime.onStartup.addListener(start);
  });
  attempt('first run', () => registerFirstRun(logFailure));

  // Pages (options, side panel) write to the same database; keep the alarm period and the
  // badge in step with what they change. Also covers a worker woken by a plain event.
  attempt('database watchers', () => {
    liveQuery(() => loadSettings(db)).subscribe({
      next: (settings) => {
        void ensureAlarm().catch(logFailure('scheduling re-evaluation'));
        void applyToolbarClick(settings.toolbarClick).catch(logFailure('setting what the toolbar icon opens'));
        // Content scripts cannot open the extension's database: they read this mirror.
        const config: ContentConfig = { language: settings.language, disabledAdapters: settings.disabledAdapters };
        void browser.storage.local.set({ [CONTENT_CONFIG_KEY]: config }).catch(logFailure('sharing settings with pages'));
      },
      error: logFailure('watching settings'),
    });
    liveQuery(() => toolbarCount(db, Date.now())).subscribe({
      next: (count) => void showCount(count).catch(logFailure('badge update')),
      error: logFailure('watching cases'),
    });
  });
  attempt('notifications', () => watchP1ForNotifications(db, logFailure));
  attempt('follow-ups', () => registerFollowUps(db, casesChanged, logFailure));
  attempt('retention', () => registerRetention(db, REEVALUATE_ALARM, logFailure));
  attempt('settings sync', () => registerSettingsSync(db, logFailure));
  // The shortcut is a user gesture, so the side panel may open (inbox, no case chosen).
  attempt('keyboard shortcut', () =>
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'open-inbox') void openInboxFromShortcut(tab?.id).catch(logFailure('opening the inbox'));
    }),
  );
});
