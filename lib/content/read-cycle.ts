/**
 * The read cycle: the page is read when it settles after a change, the rows that changed go
 * to the background in one message, and its answer carries what it could not read and the
 * badges of the orders shown, so a read with a change costs one request and one answer.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterForUrl } from '../adapters';
import type { PageAdapter } from '../adapters/types';
import { EMPTY_LIST, READ_TEXTS, type LayoutReaders, type ReadRow, type ReadResult, type RowTexts } from '../extract/read';
import { headersOf, marketplaceOf } from '../extract/row';
import { readChanges, readPageWith, type PageRead } from '../extract/incremental';
import { declaredRowCount } from '../extract/extent';
import { PageReadAnswer } from '../messaging/responses';
import { ChangeTracker } from '../observe/changes';
import { type Marketplace, type PageRow, type ReadStatus, type SkippedRow, NOT_A_LIST, SWITCHED_OFF } from '../schema';
import type { Badges } from './badges';
import type { Config } from './config';
import { isOwnMutation } from './overlay';
import { loadReader, safely, send, warn } from './page-code';

/** Re-read at most this long after the page stops changing (consoles re-render in bursts). */
const SETTLE_MS = 250;
/** What the page's observer watches, in the body and in the shadow roots that hold read orders. */
const WATCH: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Shadow roots watched besides the body; past this the observer starts over with the last read's (a tab lives long). */
const MAX_ROOTS = 64;

/**
 * The open shadow roots new to `watched` that hold the rows' elements (a body observer sees no
 * change inside a shadow root: a web-component table redraws its rows there).
 */
export function newShadowRoots(rows: readonly { row: Element }[], watched: WeakSet<Node>): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const { row } of rows) {
    const root = row.getRootNode();
    if (root instanceof ShadowRoot && !watched.has(root)) {
      watched.add(root);
      found.push(root);
    }
  }
  return found;
}

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

export interface ReadCycle {
  init(ctx: ContentScriptContext): void;
  /**
   * A second script arrived in the page (run.ts): its adapters and readers join, and the page is
   * read whole again with them.
   */
  add(more: ScriptReads): void;
  /** The adapter of the page at the last read (a reply box may be on a page that lists no orders). */
  adapter?: PageAdapter | undefined;
  /** The rows of the last read. */
  rows: readonly ReadRow<RowTexts>[];
  /** Order ids read on this page since it was opened (virtualised lists unmount rows). */
  readonly seenOnPage: Set<string>;
  /** Reads the page now; a failure is reported in the popup's read health, never thrown. */
  readNow(): Promise<void>;
  /** Reads the page whole once it settles (settings, scripts or address changed). */
  rereadWhole(): void;
  /** Sends every row again and reads now (the seller asked to read the page anew). */
  resend(): Promise<void>;
}

export function createReadCycle(script: ScriptReads, config: Config, badges: Badges): ReadCycle {
  let { adapters, readers, taught } = script;
  let ctx: ContentScriptContext;
  const tracker = new ChangeTracker();
  // After the first read only what the page changed is read (a new order on a
  // 500-row page must not cost a full read): the last read and the mutations since.
  let lastRead: PageRead<RowTexts> | undefined;
  let pending: MutationRecord[] = [];
  let lastStatus = '';
  const seenOnPage = new Set<string>();
  let settleTimer: number | undefined;
  let frame: number | undefined;
  /**
   * The reader by meaning, asked once per page when the console's layout finds no list: true when
   * it came. Not loaded, the layout's problem stands in read health.
   */
  let readerAsked = false;
  const withReader = async () =>
    !readerAsked && (readerAsked = true) && (await loadReader().then((add) => !!(readers = add(readers)), () => false));
  let observer: MutationObserver;
  let watched = new WeakSet<Node>();
  let roots = 0;

  /** Watches the shadow roots of the rows read, as the body is watched. */
  function watchRoots(rows: readonly ReadRow<RowTexts>[]): void {
    let found = newShadowRoots(rows, watched);
    if (found.length > 0 && (roots += found.length) > MAX_ROOTS) {
      // Started over: the records so far stay for the next read.
      pending.push(...observer.takeRecords().filter((r) => !isOwnMutation(r)));
      observer.disconnect();
      observer.observe(document.body, WATCH);
      found = newShadowRoots(rows, (watched = new WeakSet()));
      roots = found.length;
    }
    for (const root of found) observer.observe(root, WATCH);
  }

  async function readPage(): Promise<void> {
    frame = undefined;
    if (!ctx.isValid) return;
    const now = Date.now();
    const url = location.href;
    await config.loaded;
    await config.textsReady();
    // A built-in console first, else a site the seller taught (teach mode).
    const adapter: PageAdapter | undefined = (cycle.adapter = adapterForUrl(url, adapters) ?? (await taught?.(location.origin)));
    if (!adapter || !adapter.isOrderList(new URL(url))) {
      cycle.rows = [];
      return unsupported(NOT_A_LIST);
    }
    if (config.current.disabledAdapters.includes(adapter.id)) {
      cycle.rows = [];
      badges.clear();
      return unsupported(SWITCHED_OFF);
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
    if (result.problem && result.problem !== EMPTY_LIST && (await withReader())) {
      lastRead = undefined;
      return readPage();
    }
    const rows = (cycle.rows = result.rows);
    watchRoots(rows);
    const shownOn = marketplaceOf(adapter, url);
    const declared = rows[0] && declaredRowCount(rows[0].row);
    const statusNow = (): ReadStatus => readStatus(result, adapter.id, shownOn, url, now, declared);
    const status = statusNow();
    const changedRows = result.rows.filter((r) => tracker.isChanged(r.order));
    const changed = changedRows.map((r) => r.order);
    // The orders the page draws badges for: every row but those the background refused.
    const shown = rows.filter((r) => tracker.rejection(r.order) === undefined).map((r) => r.order.orderId);
    if (changed.length > 0 || !badges.covers(shownOn, shown)) {
      tracker.markSent(changed);
      const sent: PageRow[] = changedRows.map((r) => ({ position: r.position, ...r.order }));
      const labels = result.labels === undefined ? {} : headersOf(result.labels);
      try {
        // Not stored (the database refused the batch, or no answer): the rows go again with the next read.
        const answer = PageReadAnswer.parse(
          await send({
            type: 'orders.observed',
            adapter: adapter.id,
            url,
            observedAt: now,
            labels,
            rows: sent,
            status,
            shown: { marketplace: shownOn, orderIds: shown },
          }),
        );
        // The rows the background could not read as orders: skipped in the page's read health
        // (and without an overlay) until they change.
        const byPosition = new Map(sent.map((row, i) => [row.position, changed[i]!]));
        for (const skip of answer.skipped) {
          const texts = byPosition.get(skip.row);
          if (texts === undefined) continue;
          tracker.markRejected(texts, skip.reason);
          seenOnPage.delete(texts.orderId);
        }
        tracker.markAccepted(changed.filter((texts) => tracker.rejection(texts) === undefined));
        badges.take(answer.badges, shownOn, shown);
        // The status the background now keeps: as sent (a later read's may have overtaken it), or
        // with the rows it skipped counted in, as the page counts them from now on (no message).
        lastStatus = statusSignature(answer.skipped.length > 0 ? statusNow() : status);
      } catch (error) {
        tracker.forget(changed);
        lastRead = undefined;
        warn(error);
        return;
      }
    } else {
      await sendStatus(status);
    }
    badges.draw(rows, (r) => tracker.isStored(r.order));
  }

  /**
   * What the popup's read health says of this read: the rows read, and the rows skipped, by the
   * page (no order number) or by the background (a row whose texts are no order).
   */
  function readStatus(
    result: ReadResult<RowTexts>,
    adapter: string,
    marketplace: Marketplace,
    url: string,
    at: number,
    declared: number | undefined,
  ): ReadStatus {
    if (result.problem && result.problem !== EMPTY_LIST && result.rows.length === 0) {
      return { kind: 'unsupported', url, reason: result.problem, at };
    }
    const skipped: SkippedRow[] = [...result.skipped];
    let ordersRead = 0;
    for (const r of result.rows) {
      const reason = tracker.rejection(r.order);
      if (reason === undefined) {
        ordersRead++;
        seenOnPage.add(r.order.orderId);
      } else skipped.push({ row: r.position, orderId: r.order.orderId.slice(0, 100), reason: reason.slice(0, 500) });
    }
    skipped.sort((a, b) => a.row - b.row);
    return {
      kind: 'read',
      adapter,
      ...(result.rows.length > 0 ? { marketplace } : {}),
      url,
      // A lazily rendered list drops rows as it scrolls: count every order seen in it.
      ordersRead: declared === undefined ? ordersRead : seenOnPage.size,
      rowsSkipped: skipped.length,
      // The first skipped rows name the problem; the count says how many.
      skipped: skipped.slice(0, 50),
      ...(declared !== undefined && declared > seenOnPage.size + skipped.length ? { listTotal: declared } : {}),
      byStructure: result.byStructure,
      at,
    };
  }

  async function sendStatus(status: ReadStatus): Promise<void> {
    const signature = statusSignature(status);
    if (signature === lastStatus) return;
    lastStatus = signature;
    await send({ type: 'page.status', status }).catch(warn);
  }

  /** This page is not read: the popup's read health says why. */
  const unsupported = (reason: string): Promise<void> =>
    sendStatus({ kind: 'unsupported', url: location.href, reason: reason.slice(0, 500), at: Date.now() });

  function readNow(): Promise<void> {
    // String(error) names the error's kind with its message ("TypeError: …"), for whoever reports it.
    return safely(readPage, (error) => unsupported(`reading failed: ${String(error)}`));
  }

  // Debounced, then at most once per animation frame.
  function schedule(): void {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(() => {
      settleTimer = undefined;
      if (frame === undefined) frame = ctx.requestAnimationFrame(() => void readNow());
    }, SETTLE_MS);
  }

  /** The next read reads the page whole and reports its status even if unchanged. */
  function forgetRead(): void {
    lastStatus = '';
    lastRead = undefined;
  }

  function rereadWhole(): void {
    forgetRead();
    schedule();
  }

  const cycle: ReadCycle = {
    rows: [],
    add(more) {
      adapters = [...adapters, ...more.adapters];
      readers = { ...readers, ...more.readers };
      taught ??= more.taught;
      rereadWhole();
    },
    init(context) {
      ctx = context;
      observer = new MutationObserver((records) => {
        const theirs = records.filter((r) => !isOwnMutation(r));
        if (theirs.length === 0) return;
        // Past a few thousand records the page is read whole anyway (lib/extract/incremental).
        if (pending.length < 5000) pending.push(...theirs);
        else lastRead = undefined;
        schedule();
      });
      observer.observe(document.body, WATCH);
      ctx.onInvalidated(() => observer.disconnect());
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        seenOnPage.clear();
        rereadWhole();
      });
    },
    seenOnPage,
    readNow,
    rereadWhole,
    resend() {
      tracker.clear();
      forgetRead();
      return readNow();
    },
  };
  return cycle;
}

/** A status as the popup shows it: the same status read again later is no news. */
const statusSignature = (status: ReadStatus): string => JSON.stringify({ ...status, at: 0 });
