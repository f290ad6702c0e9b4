import { useState } from 'preact/hooks';
import { hasOwnChecklist, type ChecklistEdit } from '../../lib/cases/checklists';
import { HANDLING_KINDS, type HandlingKind } from '../../lib/cases/handling';
import { itemLabel, startingChecklist } from '../../lib/cases/record';
import { editOwnChecklist } from '../../lib/cases/store';
import { kindLabel } from '../../lib/cases/words';
import type { SentinelDB } from '../../lib/db';
import { t } from '../../lib/i18n';
import type { Language } from '../../lib/schema';
import type { Settings } from '../../lib/settings';

/**
 * The seller's own starting checklist for each kind of case: add, rename or remove a measure, or
 * go back to the built-in list. Cases opened from then on start from it; cases already opened
 * keep the list they had (lib/cases/store editOwnChecklist).
 */
export function Checklists(props: { db: SentinelDB; lang: Language; settings: Settings }) {
  const { db, lang, settings } = props;
  const [kind, setKind] = useState<HandlingKind>('late_shipment');
  const [adding, setAdding] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; text: string }>();
  const [said, setSaid] = useState<{ ok: boolean; text: (lang: Language) => string }>();
  const own = hasOwnChecklist(settings, kind);
  const list = startingChecklist(kind, settings.checklists);

  const edit = (change: ChecklistEdit) =>
    void editOwnChecklist(db, kind, change)
      .then(() => setSaid({ ok: true, text: (l) => t(l, change.op === 'reset' ? 'checklistsResetDone' : 'checklistsSaved') }))
      .catch((e: unknown) => setSaid({ ok: false, text: (l) => t(l, 'errorPrefix', { reason: e instanceof Error ? e.message : String(e) }) }));

  return (
    <section data-testid="checklists">
      <h2>{t(lang, 'checklistsTitle')}</h2>
      <p class="muted">{t(lang, 'checklistsHint')}</p>
      <label>
        {t(lang, 'checklistsKind')}{' '}
        <select
          data-testid="checklist-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.currentTarget.value as HandlingKind);
            setRenaming(undefined);
            setSaid(undefined);
          }}
        >
          {HANDLING_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(lang, k)}
            </option>
          ))}
        </select>
      </label>
      <p data-testid="checklist-source" data-own={own}>
        {t(lang, own ? 'checklistsOwn' : 'checklistsBuiltIn')}
      </p>
      {list.length === 0 ? (
        <p class="muted">{t(lang, 'checklistsEmpty')}</p>
      ) : (
        <ol data-testid="checklist-defaults">
          {list.map((i) => (
            <li key={i.id} data-item={i.id}>
              {renaming?.id === i.id ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    edit({ op: 'rename', id: i.id, text: renaming.text });
                    setRenaming(undefined);
                  }}
                >
                  <input name="rename" maxLength={300} value={renaming.text} aria-label={t(lang, 'caseRecordRename')} onInput={(e) => setRenaming({ id: i.id, text: e.currentTarget.value })} />{' '}
                  <button type="submit" disabled={renaming.text.trim() === ''}>
                    {t(lang, 'inboxSave')}
                  </button>{' '}
                  <button type="button" class="link" onClick={() => setRenaming(undefined)}>
                    {t(lang, 'inboxCancel')}
                  </button>
                </form>
              ) : (
                <>
                  <span class="measure">{itemLabel(i, lang)}</span>{' '}
                  <button type="button" class="link" data-action="rename" onClick={() => setRenaming({ id: i.id, text: itemLabel(i, lang) })}>
                    {t(lang, 'caseRecordRename')}
                  </button>{' '}
                  <button type="button" class="link" data-action="remove" onClick={() => edit({ op: 'remove', id: i.id })}>
                    {t(lang, 'caseRecordRemove')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        data-testid="checklist-default-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (adding.trim() === '') return;
          edit({ op: 'add', text: adding });
          setAdding('');
        }}
      >
        <input name="measure" maxLength={300} placeholder={t(lang, 'caseRecordAddMeasure')} aria-label={t(lang, 'caseRecordAddMeasure')} value={adding} onInput={(e) => setAdding(e.currentTarget.value)} />{' '}
        <button type="submit" disabled={adding.trim() === ''}>
          {t(lang, 'caseRecordAdd')}
        </button>
      </form>
      <p>
        <button type="button" data-testid="checklist-reset" disabled={!own} onClick={() => edit({ op: 'reset' })}>
          {t(lang, 'checklistsReset')}
        </button>
      </p>
      {said && (
        <p class={said.ok ? 'saved' : 'error'} role="status" data-testid="checklist-said">
          {said.text(lang)}
        </p>
      )}
    </section>
  );
}
