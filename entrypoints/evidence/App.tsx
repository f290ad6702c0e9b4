/**
 * The printable evidence pack of one case (`evidence.html#case=<key>`), with its Markdown and
 * JSON downloads: what a seller sends with a platform appeal or a carrier claim. Every value is
 * rendered as text (scraped words never become markup).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useDb, useLanguage, useLive } from '../../components/hooks';
import { t } from '../../lib/i18n';
import { checklistLines, evidenceFileName, evidenceJson, evidenceMarkdown, isoTime, loadEvidence, packSections, templateTitle, timelineLines } from '../../lib/cases/evidence';
import { kindOfCase } from '../../lib/cases/store';
import { kindLabel } from '../../lib/cases/words';
import type { HandlingKind } from '../../lib/cases/handling';

const caseKeyOf = (): string | undefined => {
  const match = /^#case=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
};

/** Saves text as a file through a Blob URL and `<a download>`: nothing leaves the machine. */
function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function App() {
  const db = useDb();
  const lang = useLanguage(db);
  const [key] = useState(caseKeyOf);
  // The moment of export is the moment the page was opened: the pack does not change under the seller's eyes.
  const [openedAt] = useState(() => Date.now());
  const pack = useLive(async () => (key === undefined ? null : ((await loadEvidence(db, key, openedAt, kindOfCase)) ?? null)), [db, key]);
  const title = pack ? t(lang, 'evidenceTitle', { orderId: pack.case.orderId }) : t(lang, 'evidenceOpen');
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [title, lang]);
  const sections = useMemo(() => (pack ? packSections(pack, lang) : []), [pack, lang]);
  if (pack === undefined) return null;
  if (pack === null) return <p class="pack muted" data-testid="evidence-missing">{t(lang, 'evidenceNoCase')}</p>;
  const c = pack.case;
  const timeline = timelineLines(pack, lang);
  const none = <p class="muted">{t(lang, 'evidenceNone')}</p>;
  return (
    <article class="pack" data-testid="evidence-pack" data-case-key={c.key}>
      <h1>{title}</h1>
      <p class="muted">{t(lang, 'evidenceExported', { time: isoTime(pack.exportedAt) })}</p>
      <div class="actions">
        <button type="button" data-testid="evidence-print" onClick={() => print()}>
          {t(lang, 'evidencePrint')}
        </button>
        <button type="button" data-testid="evidence-markdown" onClick={() => saveText(evidenceFileName(pack, 'md'), evidenceMarkdown(pack, lang), 'text/markdown;charset=utf-8')}>
          {t(lang, 'evidenceDownloadMarkdown')}
        </button>
        <button type="button" data-testid="evidence-json" onClick={() => saveText(evidenceFileName(pack, 'json'), evidenceJson(pack, lang), 'application/json')}>
          {t(lang, 'evidenceDownloadJson')}
        </button>
      </div>
      {sections.map((s) => (
        <section key={s.title}>
          <h2>{s.title}</h2>
          {s.rows.length === 0 ? (
            none
          ) : (
            <table>
              <tbody>
                {s.rows.map(([k, v]) => (
                  <tr key={k}>
                    <th scope="row">{k}</th>
                    <td>{v}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <section>
        <h2>{t(lang, 'caseRecordChecklist', { kind: kindLabel(lang, pack.kind as HandlingKind) })}</h2>
        <ul class="list" data-testid="evidence-checklist">
          {checklistLines(pack, lang).map((i) => (
            <li key={i.text}>
              {i.done ? '☑' : '☐'} {i.text}
              {i.doneAt !== undefined && <time> {isoTime(i.doneAt)}</time>}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t(lang, 'evidenceHistory')}</h2>
        {pack.statusHistory.length === 0 ? (
          none
        ) : (
          <ol data-testid="evidence-history">
            {pack.statusHistory.map((h) => (
              <li key={h.observedAt}>
                <time>{isoTime(h.observedAt)}</time>
                {h.statusRaw}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h2>{t(lang, 'evidenceTimeline')}</h2>
        {timeline.length === 0 ? (
          none
        ) : (
          <ol data-testid="evidence-timeline">
            {timeline.map((l, i) => (
              <li key={i} data-kind={l.kind}>
                <time>{isoTime(l.at)}</time>
                {l.kind === 'note' ? <span class="note-text">{`${t(lang, 'evidenceNote')}: ${l.text}`}</span> : l.text}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h2>{t(lang, 'evidenceReplies')}</h2>
        {(c.repliesUsed ?? []).length === 0 ? (
          none
        ) : (
          <ol>
            {c.repliesUsed!.map((r) => (
              <li key={`${r.at}${r.templateId}`}>
                <time>{isoTime(r.at)}</time>
                {templateTitle(r.templateId, lang)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h2>{t(lang, 'evidenceAttachments')}</h2>
        {(c.attachments ?? []).length === 0 ? (
          none
        ) : (
          <ul class="list" data-testid="evidence-attachments">
            {c.attachments!.map((a) => (
              <li key={a.name}>{a.name}</li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
