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
import { findingsForOrders } from '../../lib/ingest';
import { contentConfigItem, shownOrdersItems, storagePressureItem } from '../../lib/storage/items';
import { taughtAdapterIn, taughtParser } from '../../lib/teach/adapter';
import { createPageBadges } from './badges';
import { registerFirstRun } from './first-run';
import { registerFollowUps } from './follow-up';
import { watchP1ForNotifications } from './notify';
import { applyToolbarClick, openCaseInPanel, openCaseNow, openInboxFromShortcut } from './panel';
import { createReevaluation, REEVALUATE_ALARM } from './reevaluate';
import { registerRetention } from './retention';
import { createMessageHandler } from './router';
import { createSiteRegistry, loadSites } from './sites';
import { registerSettingsSync } from './sync';
import { createTabStatus } from './tab-status';
import { injectNotes, injectReader, injectTeach, injectTools } from './teach';
import { countNow, refreshCount, showCount } from './toolbar';

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

  const tabStatus = createTabStatus(logFailure);
  const pageBadges = createPageBadges({
    findings: (marketplace, orderIds) => findingsForOrders(db, marketplace, orderIds),
    push: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    store: shownOrdersItems,
    logFailure,
  });
  /** The toolbar count, and the row badges of the tabs whose cases changed. */
  const casesChanged = () => {
    void refreshCount(db).catch(logFailure('badge update'));
    void pageBadges.casesChanged();
  };
  const reevaluation = createReevaluation(db, casesChanged, logFailure);
  const sites = createSiteRegistry(() => Date.now());

  const handler = createMessageHandler({
    db,
    now: () => Date.now(),
    settings: () => loadSettings(db),
    sites,
    tabStatus,
    shown: pageBadges,
    openCase: (caseKey, tabId) => openCaseInPanel(caseKey, tabId),
    injectTeach,
    injectNotes,
    injectTools,
    injectReader,
    taughtAdapter: async (url) => taughtAdapterIn(await loadSites(), new URL(url).origin, taughtParser),
    // Each batch judged what it changed, and the orders sharing a key with it (lib/ingest):
    // what time changed since the last alarm is judged once a burst of page reads has settled.
    onOrdersIngested: () => reevaluation.afterIngest(),
    onCasesChanged: casesChanged,
    // The popup tells the seller.
    onStoragePressure: ({ pruned, full }) =>
      void storagePressureItem.setValue({ at: Date.now(), pruned, full }).catch(logFailure('recording storage pressure')),
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
    return tabStatus.restored.then(() =>
      handler(message, {
        id: sender.id,
        ...(sender.url ? { url: sender.url } : {}),
        ...(sender.tab && !fromOwnPage ? { tab: { id: sender.tab.id } } : {}),
      }),
    );
  });

  attempt('tab listener', () =>
    browser.tabs.onRemoved.addListener((tabId) => {
      tabStatus.forget(tabId);
      pageBadges.forget(tabId);
    }),
  );
  attempt('alarm listener', () =>
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REEVALUATE_ALARM) reevaluation.run();
    }),
  );

  const start = () => {
    void reevaluation.ensureAlarm().catch(logFailure('scheduling re-evaluation'));
    void sites.sync().catch(logFailure('registering granted sites'));
    void refreshCount(db).catch(logFailure('badge update'));
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
        void reevaluation.ensureAlarm().catch(logFailure('scheduling re-evaluation'));
        void applyToolbarClick(settings.toolbarClick).catch(logFailure('setting what the toolbar icon opens'));
        // Content scripts cannot open the extension's database: they read this mirror.
        void contentConfigItem
          .setValue({ language: settings.language, disabledAdapters: settings.disabledAdapters })
          .catch(logFailure('sharing settings with pages'));
      },
      error: logFailure('watching settings'),
    });
    liveQuery(() => countNow(db)).subscribe({
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
