import { useEffect, useState } from 'preact/hooks';
import { CAUSES_BY_KIND, RESPONSIBLE_PARTIES_SHOWN, type HandlingKind } from '../lib/cases/handling';
import { checklistOf, itemLabel } from '../lib/cases/record';
import { causeLabel, kindLabel, partyLabel } from '../lib/cases/words';
import { t } from '../lib/i18n';
import type { Case, CaseChange, Language, Message } from '../lib/schema';
import { countdownText } from './Countdown';
import { useDb, useLive } from './hooks';
import { loadSettings } from '../lib/db';

const localTime = (lang: Language, at: number) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });

/** A `datetime-local` value for an instant, in this browser's zone (what the seller types in). */
export function toLocalInput(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The seller's record of a case, in the seed's steps: the cause, who is responsible, the
 * checklist of measures (tick, rename, remove, add), a follow-up time with its countdown, and the
 * names of their attachments. Every change is a `case.record` message; the case comes back live.
 */
export function CaseRecord(props: { item: Case; kind: HandlingKind; lang: Language; now: number; act: (m: Message) => void }) {
  const { item, kind, lang, now } = props;
  // The seller's own starting lists (options page), for a case whose list nobody edited yet.
  const db = useDb();
  const own = useLive(async () => (await loadSettings(db)).checklists, [db]);
  const checklist = checklistOf(item, kind, own);
  const record = (change: CaseChange) => props.act({ type: 'case.record', caseKey: item.key, change });
  const [causeCode, setCauseCode] = useState(item.cause?.code ?? '');
  const [causeText, setCauseText] = useState(item.cause?.text ?? '');
  const [newItem, setNewItem] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; text: string }>();
  const [followUp, setFollowUp] = useState(() => toLocalInput(item.followUpAt ?? now + 24 * 3_600_000));
  const [attachment, setAttachment] = useState('');
  // A tick shows at once; the stored case confirms it a moment later (or the tick is undone with it).
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  useEffect(() => {
    // Ticks the stored case now shows are confirmed: the case speaks for them again.
    const stored = new Map(checklist.map((i) => [i.id, i.doneAt !== undefined]));
    setTicking((now) => Object.fromEntries(Object.entries(now).filter(([id, done]) => stored.get(id) !== done)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item, kind, own]);
  const causes = CAUSES_BY_KIND[kind];
  const codes = item.cause && !causes.includes(item.cause.code as never) ? [item.cause.code, ...causes] : causes;

  const saveCause = (e: Event) => {
    e.preventDefault();
    const text = causeText.trim();
    record({ field: 'cause', ...(causeCode === '' ? {} : { cause: { code: causeCode, ...(text === '' ? {} : { text }) } }) });
  };
  const addItem = (e: Event) => {
    e.preventDefault();
    if (newItem.trim() === '') return;
    record({ field: 'addItem', text: newItem.trim() });
    setNewItem('');
  };
  const setFollowUpTime = (e: Event) => {
    e.preventDefault();
    const at = new Date(followUp).getTime();
    if (Number.isFinite(at) && at >= 0) record({ field: 'followUp', followUpAt: at });
  };
  const addAttachment = (e: Event) => {
    e.preventDefault();
    if (attachment.trim() === '') return;
    record({ field: 'addAttachment', name: attachment.trim() });
    setAttachment('');
  };

  return (
    <div class="case-record" data-testid="case-record">
      <form class="record-row" data-testid="case-cause" onSubmit={saveCause}>
        <label>
          {t(lang, 'caseRecordCause')}{' '}
          <select name="cause" value={causeCode} onChange={(e) => setCauseCode(e.currentTarget.value)}>
            <option value="">{t(lang, 'caseRecordCauseNone')}</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {causeLabel(lang, code)}
              </option>
            ))}
          </select>
        </label>
        <input name="cause-text" maxLength={2000} placeholder={t(lang, 'caseRecordCauseText')} aria-label={t(lang, 'caseRecordCauseText')} value={causeText} onInput={(e) => setCauseText(e.currentTarget.value)} />
        <button type="submit">{t(lang, 'inboxSave')}</button>
      </form>

      <div class="statuses" role="group" aria-label={t(lang, 'caseRecordResponsible')} data-testid="case-responsible">
        <span class="muted">{t(lang, 'caseRecordResponsible')}</span>
        {RESPONSIBLE_PARTIES_SHOWN.map((p) => (
          <button type="button" key={p} data-party={p} aria-pressed={item.responsible === p} onClick={() => record(item.responsible === p ? { field: 'responsible' } : { field: 'responsible', responsible: p })}>
            {partyLabel(lang, p)}
          </button>
        ))}
      </div>

      <h3>{t(lang, 'caseRecordChecklist', { kind: kindLabel(lang, kind) })}</h3>
      <ul class="checklist" data-testid="case-checklist">
        {checklist.map((i) => (
          <li key={i.id} data-item={i.id} data-done={i.doneAt !== undefined}>
            {renaming?.id === i.id ? (
              <form
                class="record-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (renaming.text.trim() !== '') record({ field: 'renameItem', itemId: i.id, text: renaming.text.trim() });
                  setRenaming(undefined);
                }}
              >
                <input name="rename" maxLength={300} value={renaming.text} autoFocus aria-label={t(lang, 'caseRecordRename')} onInput={(e) => setRenaming({ id: i.id, text: e.currentTarget.value })} />
                <button type="submit">{t(lang, 'inboxSave')}</button>
                <button type="button" class="link" onClick={() => setRenaming(undefined)}>
                  {t(lang, 'inboxCancel')}
                </button>
              </form>
            ) : (
              <>
                <label>
                  <input
                    type="checkbox"
                    checked={ticking[i.id] ?? i.doneAt !== undefined}
                    onChange={(e) => {
                      const done = e.currentTarget.checked;
                      setTicking({ ...ticking, [i.id]: done });
                      record({ field: 'check', itemId: i.id, done });
                    }}
                  />{' '}
                  {itemLabel(i, lang)}
                </label>
                {i.doneAt !== undefined && <span class="muted done-at">{t(lang, 'caseRecordDoneAt', { time: localTime(lang, i.doneAt) })}</span>}
                <button type="button" class="link" data-action="rename" onClick={() => setRenaming({ id: i.id, text: itemLabel(i, lang) })}>
                  {t(lang, 'caseRecordRename')}
                </button>
                <button type="button" class="link" data-action="remove" onClick={() => record({ field: 'removeItem', itemId: i.id })}>
                  {t(lang, 'caseRecordRemove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form class="record-row" data-testid="checklist-add" onSubmit={addItem}>
        <input name="measure" maxLength={300} placeholder={t(lang, 'caseRecordAddMeasure')} aria-label={t(lang, 'caseRecordAddMeasure')} value={newItem} onInput={(e) => setNewItem(e.currentTarget.value)} />
        <button type="submit" disabled={newItem.trim() === ''}>
          {t(lang, 'caseRecordAdd')}
        </button>
      </form>

      <h3>{t(lang, 'caseRecordFollowUp')}</h3>
      <p class={`follow-up${item.followUpAt !== undefined && item.followUpAt <= now ? ' overdue' : ''}`} data-testid="follow-up-countdown">
        {item.followUpAt === undefined
          ? t(lang, 'caseRecordFollowUpNone')
          : t(lang, item.followUpAt <= now ? 'caseRecordFollowUpDue' : 'caseRecordFollowUpIn', { time: countdownText(lang, item.followUpAt - now), at: localTime(lang, item.followUpAt) })}
      </p>
      <form class="record-row" data-testid="follow-up" onSubmit={setFollowUpTime}>
        <input type="datetime-local" name="follow-up" value={followUp} aria-label={t(lang, 'caseRecordFollowUp')} onInput={(e) => setFollowUp(e.currentTarget.value)} />
        <button type="submit">{t(lang, 'caseRecordFollowUpSet')}</button>
        {item.followUpAt !== undefined && (
          <button type="button" class="link" data-action="clear" onClick={() => record({ field: 'followUp' })}>
            {t(lang, 'caseRecordFollowUpClear')}
          </button>
        )}
      </form>
      <p class="muted hint">{t(lang, 'caseRecordFollowUpHint')}</p>

      <h3>{t(lang, 'caseRecordAttachments')}</h3>
      {(item.attachments ?? []).length > 0 && (
        <ul class="attachments" data-testid="case-attachments">
          {item.attachments!.map((a) => (
            <li key={a.name}>
              {a.name}{' '}
              <button type="button" class="link" onClick={() => record({ field: 'removeAttachment', name: a.name })}>
                {t(lang, 'caseRecordRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="record-row" data-testid="attachment-add" onSubmit={addAttachment}>
        <input name="attachment" maxLength={300} placeholder={t(lang, 'caseRecordAttachmentPlaceholder')} aria-label={t(lang, 'caseRecordAttachments')} value={attachment} onInput={(e) => setAttachment(e.currentTarget.value)} />
        <button type="submit" disabled={attachment.trim() === ''}>
          {t(lang, 'caseRecordAdd')}
        </button>
      </form>
    </div>
  );
}
