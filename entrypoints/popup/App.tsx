import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { CaseLine } from '../../components/CaseLine';
import { useNow } from '../../components/clock';
import type { PopupFirstRead } from '../../lib/db/read';
import { severityLabel, t } from '../../lib/i18n';
import { pageLanguage } from '../../components/language';
import { usePageTheme, usePageTitle } from '../../components/look';
import { ReadStatus, type Case, type Severity } from '../../lib/schema';
import { type Settings } from '../../lib/settings';
import { z } from 'zod/mini';
import { openInbox, type InboxTarget } from '../../components/inbox';
import { StorageBanner } from '../../components/StorageBanner';
import { lazy, usePainted } from '../../components/lazy';
import { popupTabId } from './tab';

// The page's read health and site access know every adapter: their code loads once the most
// urgent cases are shown, not before (components/lazy.tsx).
const PageStatus = lazy(() => import('./PageStatus').then((m) => m.PageStatus));
const SiteAccess = lazy(() => import('../../components/SiteAccess').then((m) => m.SiteAccess));

const SEVERITIES: Severity[] = ['P1', 'P2', 'P3'];
const TabStatusResponse = z.object({ ok: z.literal(true), status: z.nullable(ReadStatus) });

/**
 * `first`: the first screen, asked for before the first render (main.tsx) on plain IndexedDB
 * (lib/db/read.ts) — the most urgent cases, then the counts and settings. Nothing here loads
 * Dexie before that is drawn: live updates (./live) and the page's read health load after.
 */
export function App(props: { first: PopupFirstRead }) {
  const [urgent, setUrgent] = useState<Case[]>();
  const [counts, setCounts] = useState<Record<Severity, number>>();
  const [settings, setSettings] = useState<Settings>();
  const now = useNow();
  const lang = pageLanguage(settings === undefined ? undefined : (settings.language ?? 'auto'), browser.i18n.getUILanguage());
  const urgentShown = urgent !== undefined;
  // The page's read health, site access and live updates (their code and Dexie's, ~160 KB to
  // compile) load once the most urgent cases are painted (or their read failed) and the page
  // is idle: compiled before, they held up that frame, and right after it, the seller's first click.
  const [urgentFailed, setUrgentFailed] = useState(false);
  const painted = usePainted(urgentShown || urgentFailed);
  const [paintedGate] = useState(() => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  });
  useEffect(() => {
    if (painted) paintedGate.open();
  }, [painted, paintedGate]);

  // A layout effect, so the answers already in are drawn before the first paint.
  useLayoutEffect(() => {
    let stopped = false;
    let unfollow: (() => void) | undefined;
    // Once a live answer came, a late first-read answer (older) must not replace it.
    const live = { urgent: false, counts: false, settings: false };
    const first = <T,>(answer: Promise<T>, part: keyof typeof live, set: (v: T) => void) =>
      answer.then(
        (v) => !stopped && !live[part] && set(v),
        (error: unknown) => {
          console.warn('[Order Sentinel] first read failed; waiting for the live query', error);
          if (part === 'urgent' && !stopped) setUrgentFailed(true);
        },
      );
    void first(props.first.urgent, 'urgent', setUrgent);
    void first(props.first.counts, 'counts', setCounts);
    void first(props.first.settings, 'settings', setSettings);
    // Live updates once the first screen is read and painted (loading and opening Dexie earlier
    // would compete with it); also when the first read failed (e.g. a schema the background has
    // yet to upgrade): Dexie opens, upgrades and answers then.
    void Promise.allSettled([props.first.counts, props.first.settings])
      .then(() => paintedGate.opened)
      .then(() => (stopped ? undefined : import('./live')))
      .then((m) => {
        if (m === undefined || stopped) return;
        unfollow = m.follow({
          urgent: (v) => ((live.urgent = true), setUrgent(v)),
          counts: (v) => ((live.counts = true), setCounts(v)),
          settings: (v) => ((live.settings = true), setSettings(v)),
        });
      })
      .catch((error: unknown) => console.warn('[Order Sentinel] live updates unavailable', error));
    return () => {
      stopped = true;
      unfollow?.();
    };
  }, [props.first, paintedGate]);

  usePageTheme(settings?.theme ?? 'auto');
  usePageTitle(t(lang, 'appName'));
  const [pageStatus, setPageStatus] = useState<ReadStatus | null | undefined>(undefined);

  const loadPageStatus = () =>
    void (async () => {
      const tabId = await popupTabId();
      if (tabId === undefined) return setPageStatus(null);
      const response = TabStatusResponse.safeParse(await browser.runtime.sendMessage({ type: 'tab.status', tabId }));
      setPageStatus(response.success ? response.data.status : null);
    })().catch(() => setPageStatus(null));
  useEffect(loadPageStatus, []);

  const [windowId, setWindowId] = useState<number>();
  useEffect(() => void browser.windows.getCurrent().then((w) => setWindowId(w.id)), []);
  // Opening a side panel must happen inside the click itself (a user gesture), so the
  // window id is looked up before the seller clicks.
  const open = (target?: InboxTarget) => {
    openInbox(windowId, target);
    window.close();
  };

  return (
    <>
      <header>
        <h1>{t(lang, 'appName')}</h1>
        <span>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t(lang, 'options')}
          </button>{' '}
          <button type="button" class="link" data-testid="open-summary" onClick={() => open({ view: 'summary' })}>
            {t(lang, 'popupWeeklySummary')}
          </button>{' '}
          <button type="button" class="primary" onClick={() => open()}>
            {t(lang, 'openSidePanel')}
          </button>
        </span>
      </header>
      <main>
        <StorageBanner lang={lang} />
        <div class="counts" data-testid="severity-counts" aria-busy={counts === undefined}>
          {SEVERITIES.map((s) => (
            <div class={`count sev-${s}`} data-severity={s} key={s}>
              <strong>{counts?.[s] ?? '…'}</strong>
              {s} · {severityLabel(lang, s)}
            </div>
          ))}
        </div>
        <h2>{t(lang, 'mostUrgent')}</h2>
        {urgent !== undefined && urgent.length === 0 ? (
          <p class="muted">{t(lang, 'noOpenCases')}</p>
        ) : (
          <ul data-testid="urgent-cases">
            {(urgent ?? []).map((c) => (
              <CaseLine key={c.key} item={c} lang={lang} now={now} onSelect={open} />
            ))}
          </ul>
        )}
        <h2>{t(lang, 'thisPage')}</h2>
        {painted && <PageStatus status={pageStatus} lang={lang} now={now} onReread={loadPageStatus} />}
        {painted && <SiteAccess status={pageStatus} lang={lang} findTab={popupTabId} />}
      </main>
    </>
  );
}
