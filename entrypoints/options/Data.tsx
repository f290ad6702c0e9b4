/**
 * The seller's data: back up to a file, restore from one (with a summary to confirm first),
 * erase everything (confirmed by typing a word inside the page), retention and sync status.
 * The options page writes the database directly, as it does for settings; the background's
 * live queries follow (badge, alarm, sync).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  backupFileName,
  backupSummary,
  backupText,
  eraseAll,
  exportBackup,
  parseBackup,
  restoreBackup,
  type Backup,
} from '../../lib/backup/format';
import { problemText } from '../../lib/backup/messages';
import { QUOTA_BYTES_PER_ITEM, type SyncStatus } from '../../lib/backup/sync';
import { syncStatusItem } from '../../lib/storage/items';
import type { SentinelDB } from '../../lib/db';
import { t } from '../../lib/i18n';
import { formatTime, tn } from '../../lib/i18n/format';
import type { Language } from '../../lib/schema';
import type { Settings } from '../../lib/settings';

type Props = { db: SentinelDB; lang: Language; settings: Settings; save: (next: Settings) => void };
type Result = { ok: boolean; text: string };

export function Data({ db, lang, settings, save }: Props) {
  const [result, setResult] = useState<Result>();
  const [pending, setPending] = useState<Backup>();
  const [erasing, setErasing] = useState(false);
  const [word, setWord] = useState('');
  const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const download = async () => {
    try {
      const now = new Date();
      const backup = await exportBackup(db, now.getTime());
      const url = URL.createObjectURL(new Blob([backupText(backup)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = backupFileName(now);
      a.click();
      // Revoked later: the download reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setResult({ ok: true, text: tn(lang, 'backupDone', backupSummary(backup)) });
    } catch (e) {
      setResult({ ok: false, text: t(lang, 'errorPrefix', { reason: reason(e) }) });
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPending(undefined);
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (parsed.ok) {
      setPending(parsed.backup);
      setResult(undefined);
    } else setResult({ ok: false, text: t(lang, 'restoreFailed', { reason: problemText(lang, parsed.problem) }) });
  };

  const restore = async (backup: Backup) => {
    setPending(undefined);
    try {
      const counts = await restoreBackup(db, backup);
      setResult({
        ok: true,
        text: tn(lang, 'restoreDone', {
          orders: counts.orders.added + counts.orders.updated,
          cases: counts.cases.added + counts.cases.updated,
          notes: counts.notes,
        }),
      });
    } catch (e) {
      setResult({ ok: false, text: t(lang, 'restoreFailed', { reason: reason(e) }) });
    }
  };

  const erase = async () => {
    try {
      await eraseAll(db);
      setErasing(false);
      setWord('');
      setResult({ ok: true, text: t(lang, 'eraseDone') });
    } catch (e) {
      setResult({ ok: false, text: t(lang, 'errorPrefix', { reason: reason(e) }) });
    }
  };

  const eraseWord = t(lang, 'eraseWord');
  const summary = pending && backupSummary(pending);
  return (
    <section data-testid="data">
      <h2>{t(lang, 'dataTitle')}</h2>
      <p class="muted">{t(lang, 'dataIntro')}</p>
      <div class="row">
        <button type="button" data-testid="backup-download" onClick={() => void download()}>
          {t(lang, 'backupDownload')}
        </button>
        <label class="file-pick">
          {t(lang, 'restoreChoose')}
          <input type="file" accept=".json,application/json" data-testid="restore-file" onChange={(e) => void choose(e.currentTarget)} />
        </label>
      </div>
      {pending && summary && (
        <p data-testid="restore-summary">
          {tn(lang, 'restoreSummary', { ...summary, date: formatTime(lang, pending.exportedAt) })}{' '}
          <button type="button" data-testid="restore-confirm" onClick={() => void restore(pending)}>
            {t(lang, 'restoreConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setPending(undefined)}>
            {t(lang, 'dataCancel')}
          </button>
        </p>
      )}
      {result && (
        <p class={result.ok ? 'saved' : 'error'} role="status" data-testid="data-result">
          {result.text}
        </p>
      )}

      <label class="row">
        <span class="grow">
          {t(lang, 'retentionDays')}
          <small>{t(lang, 'retentionHint')}</small>
        </span>
        <input
          type="number"
          min={7}
          step={1}
          data-testid="retention-days"
          value={settings.retentionDays}
          onChange={(e) => {
            const days = e.currentTarget.valueAsNumber;
            if (Number.isFinite(days)) save({ ...settings, retentionDays: Math.round(days) });
          }}
        />
      </label>

      <SyncState lang={lang} />

      <div class="row">
        <span class="grow">
          <small>{t(lang, 'eraseHint')}</small>
        </span>
        {!erasing && (
          <button type="button" data-testid="erase-open" onClick={() => setErasing(true)}>
            {t(lang, 'eraseAll')}
          </button>
        )}
      </div>
      {erasing && (
        <p data-testid="erase-confirmation">
          <label>
            {t(lang, 'erasePrompt', { word: eraseWord })}{' '}
            <input type="text" data-testid="erase-word" value={word} onInput={(e) => setWord(e.currentTarget.value)} />
          </label>{' '}
          <button type="button" data-testid="erase-confirm" disabled={word.trim() !== eraseWord} onClick={() => void erase()}>
            {t(lang, 'eraseConfirm')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setErasing(false);
              setWord('');
            }}
          >
            {t(lang, 'dataCancel')}
          </button>
        </p>
      )}
    </section>
  );
}

/** What the background last reported about syncing settings. */
function SyncState({ lang }: { lang: Language }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void syncStatusItem.getValue().then(setStatus);
    return syncStatusItem.watch(setStatus);
  }, []);
  const text =
    status === null
      ? t(lang, 'syncPending')
      : status.state === 'synced'
        ? t(lang, 'syncSynced', { time: formatTime(lang, status.at), bytes: status.bytes })
        : status.state === 'too-large'
          ? t(lang, 'syncTooLarge', { bytes: status.bytes, max: QUOTA_BYTES_PER_ITEM })
          : t(lang, 'syncFailed', { reason: status.reason });
  return (
    <div data-testid="sync-status">
      <h3>{t(lang, 'syncTitle')}</h3>
      <p class={status?.state === 'synced' || status === undefined ? 'muted' : 'error'}>{text}</p>
    </div>
  );
}
