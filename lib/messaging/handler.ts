/**
 * The background's message handler, free of browser calls: every message is parsed with
 * zod, an invalid one is answered `{ ok: false, error }` (never thrown), and a failure while
 * handling one message leaves the handler ready for the next.
 */
import type { z } from 'zod/mini';
import type { SentinelDB } from '../db';
import {
  addNote,
  addNoteToOrder,
  findingsForOrders,
  ingestBatch,
  reevaluateOpen,
  setCaseStatus,
} from '../ingest';
import { Message, type ReadStatus, type Settings, type TaughtMapping } from '../schema';
import { MESSAGE_TABLES } from '../i18n/bundled';
import { adapterById, type Adapter } from '../adapters';
import { parseRows } from '../extract/order';
import { withAfterSalesReason } from '../cases/reasons';
import { TAUGHT_ADAPTER_ID } from '../teach/adapter';
import { blockBuyer, recordChange, recordReplyUsed } from '../cases/store';
import { errorText } from './client';
import { StorageFullError, withStoragePressure } from '../ingest/pressure';
import type { ErrorResponse, OkResponseOf, Response } from './responses';
import { keepingPageData, pageDataOrders, withPageData } from '../pagedata/ingest';

export interface Sender {
  tab?: { id?: number };
  id?: string;
  /** The sending page's address (a console page for content scripts). */
  url?: string;
}

/**
 * What a content script may send: reports about the page it reads, and the seller's clicks
 * in it. Everything else (statuses, settings, sites, imports) only comes from the
 * extension's own pages, so a compromised or hostile page cannot change a case.
 */
const FROM_PAGES: ReadonlySet<Message['type']> = new Set([
  'orders.observed',
  'pagedata.observed',
  'page.status',
  'cases.forOrders',
  'order.addNote',
  'ui.openCase',
  'teach.save',
  'i18n.messages',
  'teach.inject',
  'notes.inject',
  'tools.inject',
  'reader.inject',
]);

export interface TabStatusStore {
  get(tabId: number): ReadStatus | undefined;
  set(tabId: number, status: ReadStatus): void;
}

export interface HandlerDeps {
  db: SentinelDB;
  now(): number;
  settings(): Promise<Settings>;
  /** Called after anything that may change cases (the badge count). */
  onCasesChanged(): void;
  /** Storage ran out during an ingest: old orders were pruned (and the write retried), or it is still full. */
  onStoragePressure?(event: { pruned: number; full: boolean }): void;
  /**
   * Called after a batch was stored. `changed`: it changed what the detectors read of the shop,
   * so every open order is to be judged again; else (a page opened again, its orders as they
   * were) only time has passed, which the alarm's run judges at a fraction of the cost.
   */
  onOrdersIngested?(changed: boolean): void;
  tabStatus: TabStatusStore;
  /** When given, messages from any other extension id are refused. */
  extensionId?: string;
  /**
   * When given, a message from a tab is accepted only if the extension may read that page
   * (a supported console, or a site the seller granted).
   */
  mayReadPage?(url: string): Promise<boolean>;
  /** Sites read through an optional host permission (browser work lives in the background). */
  sites: SiteRegistry;
  /** Opens the side panel on a case, in the sender's tab/window (browser work). */
  openCase?(caseKey: string, tabId?: number): Promise<void>;
  /** Injects teach mode's script into a tab (browser work; see entrypoints/teach.ts). */
  injectTeach?(tabId: number): Promise<void>;
  /** Injects the note popover's script into a tab (browser work; see entrypoints/notes.ts). */
  injectNotes?(tabId: number): Promise<void>;
  /** Injects the page tools' script into a tab (browser work; see entrypoints/page-tools.ts). */
  injectTools?(tabId: number): Promise<void>;
  /** Injects the reader by meaning into a tab whose console layout found no order list. */
  injectReader?(tabId: number): Promise<void>;
  /** The adapter of the site the seller taught for this page's origin (stored by the background). */
  taughtAdapter?(url: string): Promise<Adapter | undefined>;
}

export interface SiteRegistry {
  enable(origin: string, adapter: string, tabId?: number): Promise<void>;
  disable(origin: string): Promise<void>;
  saveMapping(origin: string, mapping: TaughtMapping, tabId?: number): Promise<void>;
}

export type MessageHandler = (raw: unknown, sender: Sender) => Promise<Response>;

function issueSummary(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function createMessageHandler(deps: HandlerDeps): MessageHandler {
  // A page's read of its text keeps the page data read on the same list (lib/pagedata).
  deps = { ...deps, tabStatus: keepingPageData(deps.tabStatus) };
  const reject = (error: string): ErrorResponse => {
    console.warn(`order-sentinel: ${error}`);
    return { ok: false, error };
  };

  /** Ingest under storage pressure: prune unneeded old orders and retry once; tell the seller. */
  async function ingest<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await withStoragePressure(deps.db, write, (pruned) => deps.onStoragePressure?.({ pruned, full: false }));
    } catch (error) {
      if (error instanceof StorageFullError) deps.onStoragePressure?.({ pruned: error.pruned, full: true });
      throw error;
    }
  }

  async function handle(msg: Message, sender: Sender): Promise<Response> {
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case 'orders.observed': {
        if (tabId !== undefined) deps.tabStatus.set(tabId, msg.status);
        const adapter = adapterById(msg.adapter) ?? (msg.adapter === TAUGHT_ADAPTER_ID ? await deps.taughtAdapter?.(msg.url) : undefined);
        if (adapter === undefined) return reject(`no adapter '${msg.adapter}' for ${msg.url.slice(0, 200)}`);
        const { orders: read, skipped } = parseRows(adapter, { url: msg.url, now: msg.observedAt }, msg.labels, msg.rows);
        // A refund, return or cancellation whose status or buyer message names a reason is counted by it.
        const orders = read.map((o) => withAfterSalesReason(o));
        const settings = await deps.settings();
        const result = await ingest(() => ingestBatch(deps.db, orders, deps.now(), settings));
        deps.onCasesChanged();
        deps.onOrdersIngested?.(result.changed > 0);
        return { ok: true, ...result, skipped } satisfies OkResponseOf<'orders.observed'>;
      }
      case 'pagedata.observed': {
        // The console's own data, seen in its page: read like its text, never trusted more.
        const settings = await deps.settings();
        const found = pageDataOrders(msg, (id) => adapterById(id), settings.disabledAdapters);
        if (found.kind === 'refused') return reject(`page data refused: ${found.reason}`);
        if (found.kind === 'none') return { ok: true, written: 0, changed: 0, findings: 0 } satisfies OkResponseOf<'pagedata.observed'>;
        const result = found.orders.length === 0 ? { written: 0, changed: 0, findings: 0 } : await ingest(() => ingestBatch(deps.db, found.orders, deps.now(), settings));
        if (tabId !== undefined) deps.tabStatus.set(tabId, withPageData(deps.tabStatus.get(tabId), msg.url, found.adapter, found.health));
        if (found.orders.length > 0) {
          deps.onCasesChanged();
          deps.onOrdersIngested?.(result.changed > 0);
        }
        return { ok: true, written: result.written, changed: result.changed, findings: result.findings } satisfies OkResponseOf<'pagedata.observed'>;
      }
      case 'orders.imported': {
        const settings = await deps.settings();
        const result = await ingest(() => ingestBatch(deps.db, msg.orders, deps.now(), settings, { origin: msg.fileName }));
        deps.onCasesChanged();
        deps.onOrdersIngested?.(result.changed > 0);
        return { ok: true, ...result } satisfies OkResponseOf<'orders.imported'>;
      }
      case 'page.status':
        if (tabId !== undefined) deps.tabStatus.set(tabId, msg.status);
        return { ok: true } satisfies OkResponseOf<'page.status'>;
      case 'cases.forOrders':
        return {
          ok: true,
          findings: await findingsForOrders(deps.db, msg.marketplace, msg.orderIds),
        } satisfies OkResponseOf<'cases.forOrders'>;
      case 'tab.status':
        return { ok: true, status: deps.tabStatus.get(msg.tabId) ?? null } satisfies OkResponseOf<'tab.status'>;
      case 'case.addNote': {
        const note = await addNote(deps.db, msg.caseKey, msg.text, deps.now());
        deps.onCasesChanged();
        return { ok: true, note } satisfies OkResponseOf<'case.addNote'>;
      }
      case 'case.setStatus': {
        const updated = await setCaseStatus(deps.db, msg.caseKey, msg.status, deps.now(), {
          ...(msg.dismissReason ? { dismissReason: msg.dismissReason } : {}),
          ...(msg.waitingOn ? { waitingOn: msg.waitingOn } : {}),
          ...(msg.resolution ? { resolution: msg.resolution } : {}),
        });
        deps.onCasesChanged();
        return { ok: true, case: updated } satisfies OkResponseOf<'case.setStatus'>;
      }
      case 'detect.now': {
        const result = await reevaluateOpen(deps.db, deps.now(), await deps.settings());
        deps.onCasesChanged();
        return { ok: true, ...result } satisfies OkResponseOf<'detect.now'>;
      }
      case 'case.templateUsed':
        await recordReplyUsed(deps.db, msg.caseKey, { templateId: msg.templateId, language: msg.language, action: msg.action }, deps.now());
        return { ok: true } satisfies OkResponseOf<'case.templateUsed'>;
      case 'case.record': {
        const updated = await recordChange(deps.db, msg.caseKey, msg.change, deps.now());
        deps.onCasesChanged();
        return { ok: true, case: updated } satisfies OkResponseOf<'case.record'>;
      }
      case 'buyer.block': {
        const result = await blockBuyer(deps.db, msg.caseKey, msg.reason, deps.now());
        return { ok: true, ...result } satisfies OkResponseOf<'buyer.block'>;
      }
      case 'order.addNote': {
        const result = await addNoteToOrder(deps.db, msg.marketplace, msg.orderId, msg.text, deps.now());
        deps.onCasesChanged();
        return { ok: true, ...result } satisfies OkResponseOf<'order.addNote'>;
      }
      case 'ui.openCase':
        if (!deps.openCase) throw new Error('the side panel cannot be opened here');
        await deps.openCase(msg.caseKey, tabId);
        return { ok: true } satisfies OkResponseOf<'ui.openCase'>;
      case 'site.enable':
        await deps.sites.enable(msg.origin, msg.adapter, msg.tabId);
        return { ok: true } satisfies OkResponseOf<'site.enable'>;
      case 'site.disable':
        await deps.sites.disable(msg.origin);
        return { ok: true } satisfies OkResponseOf<'site.disable'>;
      case 'teach.save':
        await deps.sites.saveMapping(msg.origin, msg.mapping, tabId);
        return { ok: true } satisfies OkResponseOf<'teach.save'>;
      case 'teach.inject':
        if (!deps.injectTeach || tabId === undefined) throw new Error('teach mode can only be started in a tab');
        await deps.injectTeach(tabId);
        return { ok: true } satisfies OkResponseOf<'teach.inject'>;
      case 'notes.inject':
        if (!deps.injectNotes || tabId === undefined) throw new Error('a note can only be opened in a tab');
        await deps.injectNotes(tabId);
        return { ok: true } satisfies OkResponseOf<'notes.inject'>;
      case 'tools.inject':
        if (!deps.injectTools || tabId === undefined) throw new Error('page tools only work in a tab');
        await deps.injectTools(tabId);
        return { ok: true } satisfies OkResponseOf<'tools.inject'>;
      case 'reader.inject':
        if (!deps.injectReader || tabId === undefined) throw new Error('the page reader only works in a tab');
        await deps.injectReader(tabId);
        return { ok: true } satisfies OkResponseOf<'reader.inject'>;
      case 'i18n.messages':
        return { ok: true, messages: MESSAGE_TABLES[msg.language] } satisfies OkResponseOf<'i18n.messages'>;
    }
  }

  return async (raw, sender) => {
    if (deps.extensionId !== undefined && sender.id !== deps.extensionId) {
      return reject(`message refused: sender ${String(sender.id)} is not this extension`);
    }
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return reject(`invalid message: ${issueSummary(parsed.error)}`);
    if (sender.tab !== undefined && deps.mayReadPage !== undefined) {
      const type = parsed.data.type;
      if (!FROM_PAGES.has(type)) return reject(`message refused: ${type} cannot come from a web page`);
      if (sender.url === undefined || !(await deps.mayReadPage(sender.url).catch(() => false))) {
        return reject(`message refused: ${type} from a page the extension does not read (${String(sender.url).slice(0, 200)})`);
      }
    }
    try {
      return await handle(parsed.data, sender);
    } catch (err) {
      return reject(`${parsed.data.type} failed: ${errorText(err)}`);
    }
  };
}
