import { useEffect, useState } from 'preact/hooks';
import { CaseLine, detectorLabel } from '../../components/CaseLine';
import { useDb, useLanguage, useLive, useNow } from '../../components/hooks';
import { listCases, listNotes, loadOrder, type SentinelDB } from '../../lib/db';
import { caseStatusLabel, dismissReasonLabel, formatDue, severityLabel, t } from '../../lib/i18n';
import { CASE_STATUSES, DISMISS_REASONS, isLiveCaseStatus, type Case, type CaseStatus, type Language, type Message } from '../../lib/schema';
import { formatEvidence } from '../../lib/i18n/evidence';

/** Live cases first by due time (no deadline last), then by severity. */
function byDue(a: Case, b: Case): number {
  return (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.severity.localeCompare(b.severity) || a.key.localeCompare(b.key);
}

function caseFromHash(): string | undefined {
  const match = /^#case=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

export function App() {
  const db = useDb();
  const lang = useLanguage(db);
  const now = useNow();
  useEffect(() => {
    document.title = t(lang, 'appName');
  }, [lang]);
  const [showClosed, setShowClosed] = useState(false);
  const [selected, setSelected] = useState<string | undefined>(caseFromHash);
  const cases = useLive(() => listCases(db), [db]);

  useEffect(() => {
    const onHash = () => setSelected(caseFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const select = (key: string | undefined) => {
    history.replaceState(null, '', key ? `#case=${encodeURIComponent(key)}` : '#');
    setSelected(key);
  };

  const visible = (cases ?? []).filter((c) => showClosed || isLiveCaseStatus(c.status)).sort(byDue);
  const current = cases?.find((c) => c.key === selected);

  return (
    <>
      <header>
        <h1>
          {t(lang, 'appName')} · {t(lang, 'openCases')}
        </h1>
        <label class="muted">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.currentTarget.checked)} />{' '}
          {t(lang, 'showClosed')}
        </label>
      </header>
      <div class={`layout${current ? ' has-detail' : ''}`}>
        <section class="list" aria-label={t(lang, 'openCases')}>
          <div class="list-tools">{t(lang, 'casesCount', { n: visible.length })}</div>
          {cases !== undefined && visible.length === 0 && <p class="muted detail">{t(lang, 'noOpenCases')}</p>}
          <ul data-testid="case-list">
            {visible.map((c) => (
              <CaseLine key={c.key} item={c} lang={lang} now={now} selected={c.key === selected} onSelect={select} />
            ))}
          </ul>
        </section>
        <section class="detail">
          {current ? (
            <CaseDetail db={db} item={current} lang={lang} now={now} onBack={() => select(undefined)} />
          ) : (
            <p class="muted">{t(lang, 'chooseCase')}</p>
          )}
        </section>
      </div>
    </>
  );
}

async function send(message: Message): Promise<void> {
  const response = (await browser.runtime.sendMessage(message)) as { ok?: boolean; error?: string } | undefined;
  if (!response?.ok) throw new Error(response?.error ?? 'no answer from the extension');
}

function CaseDetail(props: { db: SentinelDB; item: Case; lang: Language; now: number; onBack: () => void }) {
  const { db, item, lang, now } = props;
  const notes = useLive(() => listNotes(db, item.key), [db, item.key]);
  const order = useLive(() => loadOrder(db, item.marketplace, item.orderId), [db, item.key]);
  const [draft, setDraft] = useState('');
  const [choosingReason, setChoosingReason] = useState(false);
  const [error, setError] = useState<string>();

  const act = (message: Message, after?: () => void) => {
    setError(undefined);
    send(message)
      .then(after)
      .catch((e: unknown) => setError(t(lang, 'errorPrefix', { reason: e instanceof Error ? e.message : String(e) })));
  };
  const setStatus = (status: CaseStatus) => act({ type: 'case.setStatus', caseKey: item.key, status });
  const addNote = (e: Event) => {
    e.preventDefault();
    if (draft.trim() === '') return;
    act({ type: 'case.addNote', caseKey: item.key, text: draft.trim() }, () => setDraft(''));
  };

  return (
    <article data-testid="case-detail" data-case-key={item.key}>
      <button type="button" class="back" onClick={props.onBack}>
        ← {t(lang, 'back')}
      </button>
      <h1>
        <span class={`sev sev-${item.severity}`} title={severityLabel(lang, item.severity)}>
          {item.severity}
        </span>
        {detectorLabel(lang, item.detector)}
      </h1>
      <p class="muted">
        {t(lang, 'order')} {item.orderId} · {t(lang, 'due')}: {formatDue(lang, item.dueAt, now)}
      </p>
      <p class="explanation" data-testid="case-explanation">
        {item.explanation[lang]}
      </p>
      {item.conditionCleared && <p class="cleared-note">{t(lang, 'conditionCleared')}</p>}

      {order && (
        <dl class="evidence" data-testid="case-order">
          <dt>{t(lang, 'buyer')}</dt>
          <dd>{order.buyer ?? '—'}</dd>
          <dt>{t(lang, 'items')}</dt>
          <dd>{order.items.map((i) => `${i.title} × ${i.quantity}`).join('; ')}</dd>
          <dt>{t(lang, 'paid')}</dt>
          <dd>
            {order.money.paid.toFixed(2)} {order.money.currency}
          </dd>
          <dt>{t(lang, 'orderStatus')}</dt>
          <dd>{order.statusRaw}</dd>
        </dl>
      )}

      <h2>{t(lang, 'evidence')}</h2>
      <dl class="evidence" data-testid="case-evidence">
        {formatEvidence(item.evidence, lang).map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>

      <h2>{t(lang, 'caseStatus')}</h2>
      <div class="statuses" role="group" aria-label={t(lang, 'caseStatus')} data-testid="case-status">
        {CASE_STATUSES.map((s) => (
          <button
            type="button"
            key={s}
            data-status={s}
            aria-pressed={item.status === s}
            aria-expanded={s === 'dismissed' ? choosingReason : undefined}
            // Dismissing asks why first: the reasons teach the thresholds (options page).
            onClick={() => (s === 'dismissed' ? setChoosingReason(!choosingReason) : setStatus(s))}
          >
            {caseStatusLabel(lang, s)}
          </button>
        ))}
      </div>
      {choosingReason && (
        <div class="statuses dismiss-reasons" role="group" aria-label={t(lang, 'dismissWhy')} data-testid="dismiss-reasons">
          <span class="muted">{t(lang, 'dismissWhy')}</span>
          {DISMISS_REASONS.map((reason) => (
            <button
              type="button"
              key={reason}
              data-reason={reason}
              onClick={() => {
                setChoosingReason(false);
                act({ type: 'case.setStatus', caseKey: item.key, status: 'dismissed', dismissReason: reason });
              }}
            >
              {dismissReasonLabel(lang, reason)}
            </button>
          ))}
        </div>
      )}
      {item.status === 'dismissed' && item.dismissReason && (
        <p class="muted" data-testid="dismissed-because">
          {t(lang, 'dismissedBecause', { reason: dismissReasonLabel(lang, item.dismissReason) })}
        </p>
      )}

      <h2>{t(lang, 'notes')}</h2>
      {notes !== undefined && notes.length === 0 && <p class="muted">{t(lang, 'noNotes')}</p>}
      <ul class="notes" data-testid="case-notes">
        {(notes ?? []).map((n) => (
          <li key={n.id}>
            <time dateTime={new Date(n.createdAt).toISOString()}>{new Date(n.createdAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}</time>
            {n.text}
          </li>
        ))}
      </ul>
      <form class="note-form" onSubmit={addNote}>
        <textarea
          aria-label={t(lang, 'addNote')}
          placeholder={t(lang, 'notePlaceholder')}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) addNote(e);
          }}
        />
        <div class="row">
          <span class="error" role="alert">
            {error}
          </span>
          <button type="submit" class="primary" disabled={draft.trim() === ''}>
            {t(lang, 'addNote')}
          </button>
        </div>
      </form>
    </article>
  );
}
