import { useEffect, useState } from 'preact/hooks';
import { CaseLine } from '../../components/CaseLine';
import { useLive, usePage } from '../../components/hooks';
import { liveCounts, mostUrgent } from '../../lib/db';
import { severityLabel, t } from '../../lib/i18n';
import { ReadStatus, type Case, type Language, type Severity } from '../../lib/schema';
import { z } from 'zod/mini';
import { openInbox, type InboxTarget } from '../../components/inbox';
import { StorageBanner } from '../../components/StorageBanner';
import { lazy } from '../../components/lazy';
import { popupTabId } from './tab';

// The page's read health and site access know every adapter: their code loads once the most
// urgent cases are shown, not before (components/lazy.tsx).
const PageStatus = lazy(() => import('./PageStatus').then((m) => m.PageStatus));
const SiteAccess = lazy(() => import('../../components/SiteAccess').then((m) => m.SiteAccess));

const SEVERITIES: Severity[] = ['P1', 'P2', 'P3'];
const TabStatusResponse = z.object({ ok: z.literal(true), status: z.nullable(ReadStatus) });

/** `urgent`: the most urgent cases, asked for before the first render (main.tsx). */
export function App(props: { urgent?: Promise<Case[]> }) {
  const { db, lang, now } = usePage();
  // The five most urgent (a few indexed reads) first; the counts only after them, since
  // IndexedDB counts by walking every live case's index entry (~50 ms with 10 000 cases)
  // and would hold up the reads behind it.
  const urgent = useLive(() => mostUrgent(db), [db], { eager: props.urgent ?? true });
  const urgentShown = urgent !== undefined;
  const counts = useLive(async () => (urgentShown ? liveCounts(db) : undefined), [db, urgentShown]);
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
        {urgentShown && <PageStatus status={pageStatus} lang={lang} db={db} now={now} onReread={loadPageStatus} />}
        {urgentShown && <SiteAccess status={pageStatus} lang={lang} findTab={popupTabId} />}
      </main>
    </>
  );
}
