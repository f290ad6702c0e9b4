/**
 * Drop an order report file (or choose it): decode it, show the detected format, the column
 * mapping and the first rows, then import it in chunks of at most 5000 orders through the
 * background (`orders.imported`), with a progress bar and what was skipped and why.
 */
import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';
import { tn } from '../lib/i18n/format';
import { decodeBytes, importText, previewText, type ImportKey, type ImportPreview, type ReportEncoding, type SkippedLine } from '../lib/import';
import { createClient } from '../lib/messaging/client';
import type { Language } from '../lib/schema';
import { meaningLabel } from '../lib/teach/meanings';
import './ImportDrop.css';

const send = createClient((m) => browser.runtime.sendMessage(m));
/** Skipped lines listed under the result; the rest are counted. */
const SKIPPED_SHOWN = 20;

const REPORT_ONLY_KEYS: Partial<Record<ImportKey, MessageKey>> = {
  shippedAt: 'importKeyShippedAt',
  deliveredAt: 'importKeyDeliveredAt',
  cancelledAt: 'importKeyCancelledAt',
  refunded: 'importKeyRefunded',
  reason: 'importKeyReason',
  currency: 'importKeyCurrency',
};

function keyLabel(lang: Language, key: ImportKey): string {
  const own = REPORT_ONLY_KEYS[key];
  return own !== undefined ? t(lang, own) : meaningLabel(lang, key as Exclude<ImportKey, keyof typeof REPORT_ONLY_KEYS>);
}

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'preview'; fileName: string; text: string; encoding: ReportEncoding; preview: ImportPreview }
  | { phase: 'importing'; fileName: string; rows: number; orders: number; chars: number; totalChars: number }
  | {
      phase: 'done';
      fileName: string;
      imported: number;
      findings: number;
      changed: number;
      skipped: SkippedLine[];
      skippedCount: number;
    }
  | { phase: 'error'; message: string };

const number = (lang: Language, n: number): string => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');

export function ImportDrop({ lang }: { lang: Language }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const open = async (file: File) => {
    setState({ phase: 'reading', fileName: file.name });
    try {
      const { text, encoding } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
      const preview = previewText(text, file.name);
      if (preview.format === undefined) {
        const reason = 'no header row with an order number, an order time and an amount';
        setState({ phase: 'error', message: t(lang, 'importNoHeader', { file: file.name, reason }) });
        return;
      }
      setState({ phase: 'preview', fileName: file.name, text, encoding, preview });
    } catch (err) {
      setState({ phase: 'error', message: t(lang, 'importFailed', { error: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const run = async (fileName: string, text: string) => {
    let findings = 0;
    let changed = 0;
    setState({ phase: 'importing', fileName, rows: 0, orders: 0, chars: 0, totalChars: text.length });
    try {
      const result = await importText(text, {
        fileName,
        now: Date.now(),
        // Small chunks: the page gets its turn every few thousand rows.
        chunkSize: 128 * 1024,
        onProgress: (p) => setState({ phase: 'importing', fileName, ...p }),
        async onOrders(orders) {
          const answer = await send.request({ type: 'orders.imported', fileName, orders });
          if (!answer.ok) throw new Error(answer.error);
          findings += answer.findings;
          changed += answer.changed;
        },
      });
      if (result.error !== undefined) {
        setState({ phase: 'error', message: t(lang, 'importNoHeader', { file: fileName, reason: result.error }) });
        return;
      }
      setState({
        phase: 'done',
        fileName,
        imported: result.imported,
        findings,
        changed,
        skipped: result.skipped,
        skippedCount: result.skippedCount,
      });
    } catch (err) {
      setState({ phase: 'error', message: t(lang, 'importFailed', { error: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const reset = () => {
    if (input.current) input.current.value = '';
    setState({ phase: 'idle' });
  };

  return (
    <section class="import-drop" data-testid="import-drop" aria-labelledby="import-title">
      <h2 id="import-title">{t(lang, 'importTitle')}</h2>
      {(state.phase === 'idle' || state.phase === 'error' || state.phase === 'reading') && (
        <div
          class={`import-zone${over ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            const file = e.dataTransfer?.files[0];
            if (file) void open(file);
          }}
        >
          <p class="muted">{t(lang, 'importHint')}</p>
          <label class="import-choose">
            {t(lang, 'importChoose')}
            <input
              ref={input}
              type="file"
              data-testid="import-file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
              onChange={(e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (file) void open(file);
              }}
            />
          </label>
          {state.phase === 'reading' && <p class="muted">{t(lang, 'importReading', { file: state.fileName })}</p>}
          {state.phase === 'error' && (
            <p class="error" role="alert" data-testid="import-error">
              {state.message}
            </p>
          )}
        </div>
      )}

      {state.phase === 'preview' && (
        <div data-testid="import-preview">
          <p data-testid="import-format" data-format={state.preview.format!.id}>
            {t(lang, 'importDetected', {
              file: state.fileName,
              format: state.preview.format!.label[lang],
              encoding: state.encoding.toUpperCase(),
              line: state.preview.headerLine ?? 1,
            })}
          </p>
          <div class="import-table-wrap">
            <table class="import-mapping" data-testid="import-mapping">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'importColumn')}</th>
                  <th scope="col">{t(lang, 'importMeaning')}</th>
                  <th scope="col">{t(lang, 'importFirstRows')}</th>
                </tr>
              </thead>
              <tbody>
                {state.preview.headers.map((header, i) => {
                  const key = state.preview.mapping[i];
                  return (
                    <tr key={i} data-key={key ?? ''} class={key === undefined ? 'unused' : ''}>
                      <th scope="row">{header}</th>
                      <td>{key === undefined ? t(lang, 'importNotUsed') : keyLabel(lang, key)}</td>
                      <td class="import-sample">{state.preview.rows.map((r) => r[i] ?? '').filter((v) => v !== '').slice(0, 3).join(' · ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div class="import-actions">
            <button type="button" class="primary" data-testid="import-start" onClick={() => void run(state.fileName, state.text)}>
              {t(lang, 'importStart')}
            </button>
            <button type="button" onClick={reset}>
              {t(lang, 'importCancel')}
            </button>
          </div>
        </div>
      )}

      {state.phase === 'importing' && (
        <div data-testid="import-progress">
          <progress max={Math.max(1, state.totalChars)} value={state.chars} />
          <p class="muted">{tn(lang, 'importProgress', { rows: number(lang, state.rows), orders: number(lang, state.orders) })}</p>
        </div>
      )}

      {state.phase === 'done' && (
        <div data-testid="import-result" data-imported={state.imported} data-skipped={state.skippedCount}>
          <p>
            {tn(lang, 'importDone', { orders: number(lang, state.imported), file: state.fileName })}{' '}
            {tn(lang, 'importFindings', { findings: number(lang, state.findings), changed: number(lang, state.changed) })}
          </p>
          {state.skippedCount > 0 && (
            <>
              <p>{tn(lang, 'importSkipped', { count: number(lang, state.skippedCount) })}</p>
              <ul class="import-skipped" data-testid="import-skipped">
                {state.skipped.slice(0, SKIPPED_SHOWN).map((s) => (
                  <li key={s.line}>{t(lang, 'importSkippedLine', { line: s.line, reason: s.orderId ? `${s.orderId}: ${s.reason}` : s.reason })}</li>
                ))}
                {state.skippedCount > SKIPPED_SHOWN && <li>{t(lang, 'importMore', { count: number(lang, state.skippedCount - SKIPPED_SHOWN) })}</li>}
              </ul>
            </>
          )}
          <button type="button" onClick={reset}>
            {t(lang, 'importAnother')}
          </button>
        </div>
      )}
    </section>
  );
}
