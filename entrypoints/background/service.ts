/**
 * The shape of the background's services (WXT's examples: a thin background that registers
 * typed services): each service answers a few message types, one handler per type, and the
 * router (router.ts) parses every message once before it reaches one.
 */
import type { SentinelDB } from '../../lib/db';
import type { Adapter } from '../../lib/adapters';
import type { ErrorResponse, ResponseOf } from '../../lib/messaging/responses';
import type { Marketplace, Message, MessageOf, ReadStatus, RowFinding, TaughtMapping } from '../../lib/schema';
import type { Settings } from '../../lib/settings';

export interface Sender {
  tab?: { id?: number };
  id?: string;
  /** The sending page's address (a console page for content scripts). */
  url?: string;
}

/** One message type's handler: its message is already parsed; a throw is answered `{ ok: false }`. */
export type Handler<T extends Message['type']> = (message: MessageOf<T>, sender: Sender) => Promise<ResponseOf<T>>;

/** A service: the handlers of the message types it owns. */
export type Service<T extends Message['type']> = { readonly [K in T]: Handler<K> };

export interface TabStatusStore {
  get(tabId: number): ReadStatus | undefined;
  set(tabId: number, status: ReadStatus): void;
}

export interface SiteRegistry {
  enable(origin: string, adapter: string, tabId?: number): Promise<void>;
  disable(origin: string): Promise<void>;
  saveMapping(origin: string, mapping: TaughtMapping, tabId?: number): Promise<void>;
}

/** The orders each console tab shows, so a change of their cases reaches that tab alone (badges.ts). */
export interface ShownOrders {
  /** The tab shows these orders with these badges (the answer to its read). */
  show(tabId: number, marketplace: Marketplace, orderIds: readonly string[], badges: readonly RowFinding[]): void;
}

export interface HandlerDeps {
  db: SentinelDB;
  now(): number;
  settings(): Promise<Settings>;
  /** Called after anything that may change cases (the toolbar count, the badges of tabs showing them). */
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
  /** When given, the orders each tab shows are remembered for pushing their badges. */
  shown?: ShownOrders;
  /** When given, messages from any other extension id are refused. */
  extensionId?: string;
  /**
   * When given, a message from a tab is accepted only if the extension may read that page
   * (a supported console, or a site the seller granted).
   */
  mayReadPage?(url: string): Promise<boolean>;
  /** Sites read through an optional host permission (browser work lives in sites.ts). */
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

/** A refusal the seller's page can show, logged once here. */
export function reject(error: string): ErrorResponse {
  console.warn(`order-sentinel: ${error}`);
  return { ok: false, error };
}
