/**
 * Teach mode in the page: the seller points at the order table, then confirms what each
 * column holds while a live preview shows how many orders that reads. Everything we draw
 * lives in one shadow root (an outline box and a panel): the page's own styles and layout are
 * never touched, and page text only ever arrives through textContent.
 *
 * Rarely used, so not part of the content script (its size budget): the background
 * injects entrypoints/teach.ts when the seller starts teach mode, and the content script,
 * which shares the injected script's isolated world, calls it through TEACH_GLOBAL (./taught).
 */
import { readOrders } from '../extract';
import { t, type MessageKey } from '../i18n';
import { createClient } from '../messaging/client';
import { ORDER_STATUSES, TaughtMapping, type Language, type OrderStatus } from '../schema';
import { TAUGHT_ADAPTER_ID, taughtParser } from '../teach/adapter';
import { MEANINGS, meaningLabel, STATUS_LABELS, type Meaning } from '../teach/meanings';
import { detectOrderTable, pickTable, proposeMapping, TABLE_LIKE, type PickedTable } from '../teach/propose';
import { problemText, validateMapping } from '../teach/validate';

export const TEACH_HOST_ATTRIBUTE = 'data-os-teach';
/** Status words offered at most (TaughtMapping keeps up to 30). */
const MAX_STATUS_WORDS = 12;


const STYLE = `
:host { all: initial; }
* { box-sizing: border-box; font: 13px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; }
.outline { position: absolute; pointer-events: none; border: 3px solid #1565c0; background: rgba(21, 101, 192, .08);
  border-radius: 4px; display: none; }
.panel { position: fixed; right: 16px; bottom: 16px; width: 400px; max-height: 75vh; overflow: auto; background: #fff;
  border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 8px 24px rgba(0, 0, 0, .2); padding: 12px 14px;
  z-index: 2147483647; }
h2 { font-size: 15px; font-weight: 600; margin: 0 0 6px; }
h3 { font-size: 13px; font-weight: 600; margin: 10px 0 4px; }
p { margin: 4px 0 8px; }
.tables { display: flex; flex-direction: column; gap: 4px; margin: 8px 0; }
.tables button { text-align: start; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.row { display: grid; grid-template-columns: 1fr 1.4fr; gap: 8px; align-items: center; margin: 4px 0; }
.row label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
select, input { width: 100%; padding: 3px 4px; border: 1px solid #8c959f; border-radius: 4px; background: #fff; }
.preview { background: #f6f8fa; border-radius: 4px; padding: 6px 8px; }
.problems { color: #b3261e; margin: 6px 0; padding-inline-start: 18px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; }
button { padding: 4px 10px; border: 1px solid #8c959f; border-radius: 4px; background: #f6f8fa; cursor: pointer; }
button.primary { background: #1565c0; border-color: #1565c0; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
.error { color: #b3261e; }
`;

export interface TeachOptions {
  readonly language: Language;
  /** Called after the mapping was saved: the page is read again with it. */
  onSaved(): void;
}

export interface TeachSession {
  close(): void;
}

let active: TeachSession | undefined;

/** Opens teach mode on this page (one at a time: a second start restarts it). */
export function startTeach(options: TeachOptions): TeachSession {
  active?.close();
  const lang = options.language;
  const say = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const doc = document;
  const abort = new AbortController();
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn, { capture: true, signal: abort.signal });

  const host = doc.createElement('div');
  host.setAttribute(TEACH_HOST_ATTRIBUTE, '');
  // Zero-sized and out of the flow: the page's layout does not move.
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
    const node = doc.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  };
  const style = el('style');
  style.textContent = STYLE;
  const outline = el('div', { className: 'outline' });
  const panel = el('div', { className: 'panel' });
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', say('siteTeach'));
  root.append(style, outline, panel);
  doc.documentElement.append(host);

  let outlined: readonly Element[] = [];
  const drawOutline = () => {
    const rects = outlined.filter((e) => e.isConnected).map((e) => e.getBoundingClientRect());
    if (rects.length === 0) {
      outline.style.display = 'none';
      return;
    }
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    Object.assign(outline.style, {
      display: 'block',
      left: `${left + scrollX - 3}px`,
      top: `${top + scrollY - 3}px`,
      width: `${right - left + 6}px`,
      height: `${bottom - top + 6}px`,
    });
  };
  const outlineTable = (picked: PickedTable | undefined) => {
    outlined = picked?.elements ?? [];
    drawOutline();
  };
  addEventListener('scroll', drawOutline, { passive: true, signal: abort.signal });
  addEventListener('resize', drawOutline, { signal: abort.signal });

  const close = () => {
    abort.abort();
    host.remove();
    if (active === session) active = undefined;
  };
  const session: TeachSession = { close };
  active = session;

  on('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  });
  const inOwnUi = (e: Event) => e.composedPath().includes(host);

  // ---- Step 1: point at the order table. ----
  let picking = true;
  const tableCandidates = (): PickedTable[] => {
    const out: PickedTable[] = [];
    for (const table of Array.from(doc.querySelectorAll(TABLE_LIKE))) {
      if (out.some((p) => p.elements.includes(table))) continue;
      const picked = pickTable(table);
      if (picked && picked.elements.includes(table) && picked.headers.some((h) => h !== '')) out.push(picked);
    }
    return out;
  };

  const showPicker = () => {
    picking = true;
    outlineTable(undefined);
    const candidates = tableCandidates();
    const list = el('div', { className: 'tables' });
    candidates.forEach((picked, i) => {
      const headers = picked.headers.filter((h) => h !== '').join(' · ');
      const button = el('button', { type: 'button', textContent: say('teachTableOption', { n: i + 1, headers }) });
      button.addEventListener('focus', () => outlineTable(picked));
      button.addEventListener('mouseenter', () => outlineTable(picked));
      button.addEventListener('click', () => showEditor(picked));
      list.append(button);
    });
    const cancel = el('button', { type: 'button', textContent: say('teachCancel') });
    cancel.addEventListener('click', close);
    panel.replaceChildren(
      el('h2', { textContent: say('teachPickTitle') }),
      el('p', { textContent: say('teachPickHint') }),
      candidates.length > 0 ? list : el('p', { className: 'error', textContent: say('teachNoTables') }),
      el('div', { className: 'actions' }, cancel),
    );
    (list.querySelector('button') ?? cancel).focus();
  };

  on('mousemove', (e) => {
    if (!picking || inOwnUi(e) || !(e.target instanceof Element)) return;
    outlineTable(pickTable(e.target));
  });
  on('click', (e) => {
    if (!picking || inOwnUi(e) || !(e.target instanceof Element)) return;
    const picked = pickTable(e.target);
    if (!picked) return;
    // The click chooses the table: it must not also follow a link or tick a box on the page.
    e.preventDefault();
    e.stopPropagation();
    showEditor(picked);
  });

  // ---- Step 2: confirm what each column holds. ----
  const showEditor = (picked: PickedTable) => {
    picking = false;
    outlineTable(picked);
    // The detected list's column meanings (header words checked against the cells) when the seller kept it.
    const same = detected !== undefined && detected.picked.elements.every((e, i) => picked.elements[i] === e);
    const draft: TaughtMapping = proposeMapping(
      picked,
      { path: location.pathname, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, language: doc.documentElement.lang || navigator.language },
      same ? detected.columns : [],
    );
    const preview = el('p', { className: 'preview' });
    preview.setAttribute('aria-live', 'polite');
    preview.setAttribute('data-os-teach-preview', '');
    const problems = el('ul', { className: 'problems' });
    const status = el('p', { className: 'error' });
    const save = el('button', { type: 'button', className: 'primary', textContent: say('teachSave') });

    const rows = draft.columns.map((column, i) => {
      const id = `os-teach-col-${i}`;
      const select = el('select', { id });
      select.setAttribute('data-os-column', column.header);
      for (const meaning of MEANINGS) {
        select.append(el('option', { value: meaning, textContent: meaningLabel(lang, meaning), selected: meaning === column.key }));
      }
      select.addEventListener('change', () => {
        draft.columns[i] = { header: column.header, key: select.value as Meaning };
        refresh();
      });
      return el('div', { className: 'row' }, el('label', { htmlFor: id, textContent: column.header, title: column.header }), select);
    });

    const currency = el('input', { id: 'os-teach-currency', value: draft.currency, maxLength: 3, autocomplete: 'off' });
    currency.addEventListener('input', () => {
      draft.currency = currency.value.trim().toUpperCase();
      refresh();
    });
    const zones = el('datalist', { id: 'os-teach-zones' });
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    for (const zone of supported) zones.append(el('option', { value: zone }));
    const timeZone = el('input', { id: 'os-teach-zone', value: draft.timeZone, autocomplete: 'off' });
    timeZone.setAttribute('list', zones.id);
    timeZone.addEventListener('input', () => {
      draft.timeZone = timeZone.value.trim();
      refresh();
    });

    // 07/12/2026: the 7th of December or July 12th. Proposed from the table's own dates, shown so the seller can say.
    const dates = el('select', { id: 'os-teach-dates' });
    for (const [order, key] of [['DMY', 'teachDayFirst'], ['MDY', 'teachMonthFirst']] as const) {
      dates.append(el('option', { value: order, textContent: say(key), selected: draft.dateOrder === order }));
    }
    dates.addEventListener('change', () => {
      draft.dateOrder = dates.value === 'DMY' ? 'DMY' : 'MDY';
      refresh();
    });

    // Status words the shared words do not know ("Nowe", "Created"): the seller says what each means.
    const words = el('div', { className: 'words' });
    let shownWords: string[] = [];
    const showWords = (unknown: readonly string[]): void => {
      const mapped = (draft.statusWords ?? []).map((w) => w.word);
      const next = [...shownWords.filter((w) => mapped.includes(w) || unknown.includes(w))];
      for (const w of [...mapped, ...unknown]) if (!next.includes(w) && next.length < MAX_STATUS_WORDS) next.push(w);
      if (next.length === shownWords.length && next.every((w, i) => w === shownWords[i])) return;
      shownWords = next;
      words.replaceChildren(
        ...(next.length === 0 ? [] : [el('h3', { textContent: say('teachStatusWords') })]),
        ...next.map((word, i) => {
          const select = el('select', { id: `os-teach-word-${i}` });
          select.setAttribute('data-os-status-word', word);
          const chosen = draft.statusWords?.find((w) => w.word === word)?.status ?? 'unknown';
          for (const state of ORDER_STATUSES) select.append(el('option', { value: state, textContent: STATUS_LABELS[state][lang], selected: state === chosen }));
          select.addEventListener('change', () => {
            const rest = (draft.statusWords ?? []).filter((w) => w.word !== word);
            const state = select.value as OrderStatus;
            const all = state === 'unknown' ? rest : [...rest, { word, status: state }];
            if (all.length > 0) draft.statusWords = all;
            else delete draft.statusWords;
            refresh();
          });
          return el('div', { className: 'row' }, el('label', { htmlFor: select.id, textContent: word, title: word }), select);
        }),
      );
    };

    function refresh(): void {
      const found = validateMapping(draft);
      problems.replaceChildren(...found.map((p) => el('li', { textContent: problemText(lang, p) })));
      save.disabled = found.length > 0;
      status.textContent = '';
      if (found.length > 0) {
        preview.textContent = '';
        return;
      }
      const adapter = taughtParser({ origin: location.origin, adapter: TAUGHT_ADAPTER_ID, mapping: draft, grantedAt: 0 });
      const result = adapter ? readOrders(adapter, doc, { url: location.href, now: Date.now() }) : undefined;
      if (!result || (result.rows.length === 0 && result.problem)) {
        preview.textContent = say('teachPreviewNone', { reason: result?.problem ?? '' });
        return;
      }
      const unknown: string[] = [];
      for (const { order } of result.rows) {
        const word = order.statusRaw.trim();
        if (order.status === 'unknown' && word !== '' && !unknown.includes(word)) unknown.push(word);
      }
      showWords(unknown);
      const skipped = result.skipped
        .slice(0, 3)
        .map((s) => `${t(lang, 'rowLabel', { row: s.row })}${s.orderId ? ` (${s.orderId})` : ''}: ${s.reason}`);
      preview.textContent = say('teachPreview', { orders: result.rows.length, skipped: result.skipped.length }) + (skipped.length > 0 ? `: ${skipped.join('; ')}` : '');
    }

    save.addEventListener('click', () => {
      const mapping = TaughtMapping.safeParse(draft);
      if (!mapping.success || validateMapping(mapping.data).length > 0) return refresh();
      save.disabled = true;
      void createClient((m) => browser.runtime.sendMessage(m))
        .request({ type: 'teach.save', origin: location.origin, mapping: mapping.data })
        .then((response) => {
          if (!response.ok) {
            status.textContent = say('teachSaveFailed', { reason: response.error });
            save.disabled = false;
            return;
          }
          close();
          options.onSaved();
        });
    });
    const again = el('button', { type: 'button', textContent: say('teachPickAgain') });
    again.addEventListener('click', showPicker);
    const cancel = el('button', { type: 'button', textContent: say('teachCancel') });
    cancel.addEventListener('click', close);

    panel.replaceChildren(
      el('h2', { textContent: say('teachMapTitle') }),
      ...rows,
      el('div', { className: 'row' }, el('label', { htmlFor: currency.id, textContent: say('teachCurrency') }), currency),
      el('div', { className: 'row' }, el('label', { htmlFor: timeZone.id, textContent: say('teachTimeZone') }), timeZone),
      el('div', { className: 'row' }, el('label', { htmlFor: dates.id, textContent: say('teachDateOrder') }), dates),
      words,
      zones,
      preview,
      problems,
      status,
      el('div', { className: 'actions' }, again, cancel, save),
    );
    refresh();
    rows[0]?.querySelector('select')?.focus();
  };

  // Teach mode opens on the order list the reader by meaning found: the seller usually only confirms.
  const detected = detectOrderTable(doc);
  if (detected) showEditor(detected.picked);
  else showPicker();
  return session;
}
