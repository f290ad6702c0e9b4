/**
 * The content script's work on a console page, shared by every content script (one per
 * console, and the granted sites' one: lib/content/define.ts): each passes its own adapters.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterForUrl } from '../adapters';
import type { PageAdapter } from '../adapters/types';
import { EMPTY_LIST, READ_TEXTS, type LayoutReaders, type ReadRow, type ReadResult, type RowTexts } from '../extract/read';
import { headersOf, marketplaceOf } from '../extract/row';
import { readChanges, readPageWith, type PageRead } from '../extract/incremental';
import { declaredRowCount } from '../extract/extent';
import { READER_GLOBAL, TOOLS_GLOBAL, type PageTools } from './tools';
import { TEACH_GLOBAL, type StartTeach } from './taught';
import { resolveLanguage, t, type MessageKey } from '../i18n';
import { ObservedAnswer, PlainAnswer } from '../messaging/responses';
import { ensureMessages, provideBrowserMessages } from '../i18n/browser';
import { ChangeTracker } from '../observe/changes';
import {
  CONTENT_CONFIG_KEY,
  ContentConfig,
  ContentMessage,
  MessagesResponse,
  RowFinding,
  RowFindings,
  type Language,
  type Marketplace,
  type Message,
  type PageRow,
  type ReadStatus,
  type SkippedRow,
} from '../schema';
import { HOST_ATTRIBUTE, isOwnMutation, removeOverlay, renderRow, type Overlay } from './overlay';
import { NOTES_GLOBAL, type OpenNote } from './note-popover';

/** Re-read at most this long after the page stops changing (consoles re-render in bursts). */
const SETTLE_MS = 250;
/** Badges are refreshed this often so countdowns move and alarm-raised cases appear. */
const REFRESH_MS = 60_000;
const MAX_SKIPPED_SENT = 50;

/** What one content script reads: its consoles, and (the granted sites' script) taught sites. */
export interface ScriptReads {
  /** The script's name, `contentScriptOf` an adapter (lib/adapters). */
  readonly script: string;
  readonly adapters: readonly PageAdapter[];
  /** The readers of those adapters' layouts (and a taught site's table), and no other. */
  readonly readers: LayoutReaders;
  /** The taught mapping of this origin, if the seller taught one (lib/content/taught.ts). */
  readonly taught?: (origin: string) => Promise<PageAdapter | undefined>;
}

/** Reads the page with the script's adapters (else a taught site's mapping), draws badges, answers the popup. */
export function runContentScript(ctx: ContentScriptContext, reads: ScriptReads): void {
  // Two scripts can arrive in one page: a console's, declared in the manifest, and the granted
  // sites' one (sites.js, registered and injected when the seller grants the origin or teaches
  // a page of it), or the same one twice. One reads the page: a later one hands it what it
  // reads and stands down. Each script carries only its own console's adapter, so a console's
  // page the seller taught, or a WooCommerce admin granted on a console's host, is read with
  // what the granted sites' script brings (no console script carries the taught lookup).
  const flag = '__orderSentinelContent';
  const page = window as unknown as Record<string, ((more: ScriptReads) => void) | undefined>;
  const running = page[flag];
  if (running) {
    running(reads);
    return;
  }
  const scripts = new Set([reads.script]);
  let adapters = reads.adapters;
  let readers = reads.readers;
  let taught = reads.taught;
  page[flag] = (more) => {
    if (scripts.has(more.script)) return;
    scripts.add(more.script);
    adapters = [...adapters, ...more.adapters];
    readers = { ...readers, ...more.readers };
    taught ??= more.taught;
    lastStatus = '';
    readWholeNext();
    schedule();
  };
  ctx.onInvalidated(() => delete page[flag]);

  // Texts: the browser's language from its own message file; the other one, when the
  // seller picked it, from the background (no message file is bundled here).
  provideBrowserMessages((key) => browser.i18n.getMessage(key));
  const textsReady = (): Promise<void> =>
    ensureMessages(labels.language, async (language: Language) => {
      const answer = MessagesResponse.safeParse(await send({ type: 'i18n.messages', language }));
      if (!answer.success) throw new Error(`no ${language} texts from the background`);
      return answer.data.messages;
    }).catch((error: unknown) => console.warn('[Order Sentinel] could not load texts', error));

  /**
   * Code the background injects into this tab the first time it is needed (teach mode, the note
   * popover), which leaves its entry point on a global of the content script's world.
   */
  const injected = async <T>(global: string, type: 'teach.inject' | 'notes.inject' | 'tools.inject' | 'reader.inject', what: string): Promise<T> => {
    const shared = globalThis as unknown as Record<string, T | undefined>;
    if (shared[global] === undefined) {
      const answer = PlainAnswer.safeParse(await send({ type }));
      if (!answer.success || !answer.data.ok) throw new Error(answer.success && !answer.data.ok ? answer.data.error : 'no answer');
    }
    const entry = shared[global];
    if (entry === undefined) throw new Error(`the ${what} script did not load`);
    return entry;
  };
  const loadTeach = (): Promise<StartTeach> => injected(TEACH_GLOBAL, 'teach.inject', 'teach');
  const loadTools = (): Promise<PageTools> => injected(TOOLS_GLOBAL, 'tools.inject', 'page tools');
  /**
   * Asked once per page when the console's layout finds no list: the reader by meaning, which
   * reads it by its structure. Not loaded, the layout's problem stands in read health.
   */
  let readerAsked = false;
  const loadReader = (): Promise<unknown> | false =>
    !readerAsked &&
    (readerAsked = true) &&
    injected<(readers: LayoutReaders) => LayoutReaders>(READER_GLOBAL, 'reader.inject', 'reader').then(
      (withMeaning) => (readers = withMeaning(readers)),
      () => false,
    );

  const tracker = new ChangeTracker();
  // After the first read only what the page changed is read (a new order on a
  // 500-row page must not cost a full read): the last read and the mutations since.
  let lastRead: PageRead<RowTexts> | undefined;
  let pending: MutationRecord[] = [];
  /** Read the page whole next time (settings, address or the seller's request changed). */
  const readWholeNext = () => {
    lastRead = undefined;
  };
  /** The findings last asked for, and for which orders: an unchanged re-read redraws from them. */
  let shown: { orders: string; byOrder: Map<string, RowFinding[]> } | undefined;
  let rows: ReadRow<RowTexts>[] = [];
  /** The marketplace of the orders on this page (from its address). */
  let marketplace: Marketplace | undefined;
  let lastStatus = '';
  /** Order ids read on this page since it was opened (virtualised lists unmount rows). */
  const seenOnPage = new Set<string>();
  let settleTimer: number | undefined;
  let frame: number | undefined;
  let config: ContentConfig = { language: 'auto', disabledAdapters: [] };
  const labels = {
    get language() {
      return resolveLanguage(config.language, browser.i18n.getUILanguage());
    },
  };
  // The seller's settings, mirrored by the background (content scripts cannot open the
  // extension's database); a change (an adapter switched off) re-reads the page.
  const configLoaded = browser.storage.local
    .get(CONTENT_CONFIG_KEY)
    .then((stored) => {
      const parsed = ContentConfig.safeParse(stored[CONTENT_CONFIG_KEY]);
      if (parsed.success) config = parsed.data;
    })
    .catch(() => undefined);
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[CONTENT_CONFIG_KEY];
    if (area !== 'local' || !change) return;
    const parsed = ContentConfig.safeParse(change.newValue);
    if (!parsed.success) return;
    config = parsed.data;
    lastStatus = '';
    readWholeNext();
    schedule();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  const send = (message: Message): Promise<unknown> => browser.runtime.sendMessage(message);

  const loadNotes = (): Promise<OpenNote> => injected(NOTES_GLOBAL, 'notes.inject', 'note');
  const overlay: Overlay = {
    labels,
    send: (message) => send(message),
    openNote: async (options) => {
      const open = await loadNotes();
      const language = options.language;
      return open({ ...options, texts: (key: MessageKey) => t(language, key) });
    },
  };

  async function readPage(): Promise<void> {
    frame = undefined;
    if (!ctx.isValid) return;
    const now = Date.now();
    const url = location.href;
    await configLoaded;
    await textsReady();
    // A built-in console first, else a site the seller taught (teach mode).
    const adapter: PageAdapter | undefined = adapterForUrl(url, adapters) ?? (await taught?.(location.origin));
    if (!adapter || !adapter.isOrderList(new URL(url))) {
      rows = [];
      await sendStatus({ kind: 'unsupported', url, reason: 'not an order list page', at: now });
      return;
    }
    if (config.disabledAdapters.includes(adapter.id)) {
      rows = [];
      clearBadges();
      await sendStatus({ kind: 'unsupported', url, reason: `reading ${adapter.label.en} is switched off in the options`, at: now });
      return;
    }
    // The records up to this moment belong to this read; later ones to the next.
    const records = pending.concat(observer.takeRecords().filter((r) => !isOwnMutation(r)));
    pending = [];
    const read =
      lastRead !== undefined && lastRead.adapter === adapter
        ? readChanges(lastRead, records, document, { url, now })
        : readPageWith(readers, adapter, document, { url, now }, READ_TEXTS);
    lastRead = read;
    const result = read.result;
    if (result.problem && result.problem !== EMPTY_LIST && (await loadReader())) {
      readWholeNext();
      return readPage();
    }
    rows = result.rows;
    marketplace = marketplaceOf(adapter, url);
    const declared = result.rows[0] ? declaredRowCount(result.rows[0].row) : undefined;
    const statusNow = (): ReadStatus => readStatus(result, adapter.id, url, now, declared);
    const status = statusNow();
    const changedRows = result.rows.filter((r) => tracker.isChanged(r.order));
    const changed = changedRows.map((r) => r.order);
    if (changed.length > 0) {
      tracker.markSent(changed);
      const sent: PageRow[] = changedRows.map((r) => ({ position: r.position, ...r.order }));
      const labels = result.labels === undefined ? {} : headersOf(result.labels);
      try {
        const answer = ObservedAnswer.safeParse(
          await send({ type: 'orders.observed', adapter: adapter.id, url, observedAt: now, labels, rows: sent, status }),
        );
        lastStatus = statusSignature(status);
        // Not stored (the database refused the batch): the rows go again with the next read.
        if (!answer.success) throw new Error('the background did not store the orders');
        // The rows the background could not read as orders: skipped in the page's read health
        // (and without an overlay) until they change.
        const byPosition = new Map(sent.map((row, i) => [row.position, changed[i]!]));
        for (const skip of answer.data.skipped) {
          const texts = byPosition.get(skip.row);
          if (texts === undefined) continue;
          tracker.markRejected(texts, skip.reason);
          seenOnPage.delete(texts.orderId);
        }
        tracker.markAccepted(changed.filter((texts) => tracker.rejection(texts) === undefined));
        if (answer.data.skipped.length > 0) await sendStatus(statusNow());
      } catch (error) {
        tracker.forget(changed);
        readWholeNext();
        console.warn('[Order Sentinel] could not send orders', error);
        return;
      }
    } else {
      await sendStatus(status);
    }
    // Nothing sent: the cases cannot have changed through this read, so the badges are
    // redrawn from the findings already held (alarm-raised cases arrive by badges.refresh).
    await refreshBadges({ ask: changed.length > 0 });
  }

  /**
   * What the popup's read health says of this read: the rows read, and the rows skipped, by the
   * page (no order number) or by the background (a row whose texts are no order).
   */
  function readStatus(result: ReadResult<RowTexts>, adapter: string, url: string, at: number, declared: number | undefined): ReadStatus {
    if (result.problem && result.problem !== EMPTY_LIST && result.rows.length === 0) {
      return { kind: 'unsupported', url, reason: result.problem, at };
    }
    let skipped: SkippedRow[] = result.skipped;
    let ordersRead = 0;
    for (const r of result.rows) {
      const reason = tracker.rejection(r.order);
      if (reason === undefined) {
        ordersRead++;
        seenOnPage.add(r.order.orderId);
      } else {
        if (skipped === result.skipped) skipped = [...result.skipped];
        skipped.push({ row: r.position, orderId: r.order.orderId.slice(0, 100), reason: reason.slice(0, 500) });
      }
    }
    if (skipped !== result.skipped) skipped.sort((a, b) => a.row - b.row);
    return {
      kind: 'read',
      adapter,
      ...(marketplace !== undefined && result.rows.length > 0 ? { marketplace } : {}),
      url,
      // A lazily rendered list drops rows as it scrolls: count every order seen in it.
      ordersRead: declared === undefined ? ordersRead : seenOnPage.size,
      rowsSkipped: skipped.length,
      skipped: skipped.slice(0, MAX_SKIPPED_SENT),
      ...(declared !== undefined && declared > seenOnPage.size + skipped.length ? { listTotal: declared } : {}),
      byStructure: result.byStructure,
      at,
    };
  }

  /** Reads the page; a failure is reported in the popup's read health, never thrown. */
  function readSafely(): Promise<void> {
    return safely(readPage, (error) =>
      sendStatus({
        kind: 'unsupported',
        url: location.href,
        reason: `reading failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
        at: Date.now(),
      }),
    );
  }

  async function sendStatus(status: ReadStatus): Promise<void> {
    const signature = statusSignature(status);
    if (signature === lastStatus) return;
    lastStatus = signature;
    await send({ type: 'page.status', status }).catch((error: unknown) =>
      console.warn('[Order Sentinel] could not report page status', error),
    );
  }

  function clearBadges(): void {
    for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
  }

  async function refreshBadges({ ask = true }: { ask?: boolean } = {}): Promise<void> {
    if (!ctx.isValid || marketplace === undefined) return;
    // The rows the background stored as orders: not those it could not read, nor those whose
    // answer is still on its way. A row refused after a change loses its overlay.
    const stored: ReadRow<RowTexts>[] = [];
    for (const r of rows) {
      if (tracker.isStored(r.order)) stored.push(r);
      else removeOverlay(r.anchor);
    }
    if (stored.length === 0) return;
    const orderIds = stored.map((r) => r.order.orderId);
    const ordersSignature = JSON.stringify([marketplace, orderIds]);
    let byOrder: Map<string, RowFinding[]>;
    if (!ask && shown?.orders === ordersSignature) {
      byOrder = shown.byOrder;
    } else {
      const response = await send({ type: 'cases.forOrders', marketplace, orderIds }).catch(() => undefined);
      const findings = RowFindings.safeParse((response as { findings?: unknown } | undefined)?.findings);
      if (!findings.success) return;
      byOrder = new Map<string, RowFinding[]>();
      for (const f of findings.data) byOrder.set(f.orderId, [...(byOrder.get(f.orderId) ?? []), f]);
      shown = { orders: ordersSignature, byOrder };
    }
    const now = Date.now();
    for (const row of stored) {
      if (!row.anchor.isConnected) continue;
      // Every stored row gets the note button; rows with findings get the badge too.
      const orderId = row.order.orderId;
      renderRow(row.anchor, { marketplace, orderId }, byOrder.get(orderId) ?? [], overlay, now);
    }
  }

  // Debounced, then at most once per animation frame.
  function schedule(): void {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(() => {
      settleTimer = undefined;
      if (frame === undefined) frame = ctx.requestAnimationFrame(() => void readSafely());
    }, SETTLE_MS);
  }

  const observer = new MutationObserver((records) => {
    const theirs = records.filter((r) => !isOwnMutation(r));
    if (theirs.length === 0) return;
    // Past a few thousand records the page is read whole anyway (lib/extract/incremental).
    if (pending.length < 5000) pending.push(...theirs);
    else readWholeNext();
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    lastStatus = '';
    readWholeNext();
    seenOnPage.clear();
    schedule();
  });
  ctx.setInterval(() => void safely(() => refreshBadges()), REFRESH_MS);

  // Requests from the popup. Unknown or malformed messages are ignored (parsed with zod).
  const onMessage = (raw: unknown): Promise<{ ok: boolean }> | undefined => {
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'list.readAll') {
      const first = rows[0]?.row;
      if (!first) return Promise.resolve({ ok: false });
      return loadTools()
        .then((tools) => tools.readWholeList(first, () => readSafely(), ctx))
        .then(() => ({ ok: true }))
        .catch((error: unknown) => {
          console.warn('[Order Sentinel] could not read the whole list', error);
          return { ok: false };
        });
    }
    if (message.type === 'badges.refresh') {
      return safely(() => refreshBadges()).then(() => ({ ok: true }));
    }
    if (message.type === 'page.reread') {
      tracker.clear();
      lastStatus = '';
      readWholeNext();
      return readSafely().then(() => ({ ok: true }));
    }
    if (message.type === 'template.insert') {
      // A reply template from the side panel: fills the console's reply box, never sends it.
      const boxes = adapterForUrl(location.href, adapters)?.replyBoxes;
      return loadTools()
        .then((tools) => tools.insertReply(document, boxes, message.orderId, message.text, seenOnPage))
        .catch((error: unknown) => {
          console.warn('[Order Sentinel] could not put the reply in', error);
          return { ok: false };
        });
    }
    if (message.type === 'teach.start') {
      // Teach mode: after a save the page is read again with the new mapping.
      return textsReady()
        .then(loadTeach)
        .then((startTeach) => {
          const language = labels.language;
          const texts = (key: MessageKey) => t(language, key);
          const teach = startTeach({ language, texts, onSaved: () => void onMessage({ type: 'page.reread' }) });
          ctx.onInvalidated(() => teach.close());
          return { ok: true };
        })
        .catch((error: unknown) => {
          console.warn('[Order Sentinel] could not start teach mode', error);
          return { ok: false };
        });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  void readSafely();
}

function statusSignature(status: ReadStatus): string {
  const { at: _at, ...rest } = status;
  return JSON.stringify(rest);
}

/** Nothing the page contains may throw inside the page: log and carry on. */
async function safely(task: () => Promise<void>, report?: (error: unknown) => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    console.warn('[Order Sentinel] could not read this page', error);
    await report?.(error).catch(() => undefined);
  }
}
