/**
 * Reviews and buyer messages live on pages that name orders by number only (no order time, no
 * amount), so they cannot be read as orders: their entries update the fields of orders already
 * stored, and those orders are judged again through the one ingest path. An entry for an order
 * not read yet waits (capped, oldest dropped) and is applied when that order is first read; so
 * does an after-sales request's time (lib/pagedata/requests.ts).
 */
import { ingestBatch, type IngestResult } from './index';
import { parseRows, type SentinelDB } from '../db';
import { changeStored } from './stored';
import { parseDateTime, parseMoney } from '../normalize';
import { AnnotationFields, Order, orderKey, PENDING_ANNOTATIONS_MAX, type AnnotationKey, type AnnotationRow, type Marketplace, type PendingAnnotation, type SkippedRow } from '../schema';
import { type Settings } from '../settings';

/** How a console writes its times: the zone and the order of `05/11/2026`, as its list adapter reads them. */
export interface AnnotationRules {
  readonly marketplace: Marketplace;
  readonly timeZone: string;
  readonly dateOrder: 'MDY' | 'DMY';
}

export interface Annotation {
  readonly position: number;
  readonly orderId: string;
  readonly fields: AnnotationFields;
}

/** The longest review or message kept (the order's text fields hold 2,000 characters). */
const TEXT_MAX = 2_000;
/** An order number as consoles write them: digits, letters and dashes ("241118-258288801122334", "113-5551234-7654321"), Shopify's after a "#". */
const ORDER_NUMBER = /^#?[A-Za-z0-9][A-Za-z0-9-]{3,63}$/;
const TIME_KEYS = ['reviewedAt', 'buyerMessageAt', 'sellerReplyAt'] as const satisfies readonly AnnotationKey[];
const TIME_LABELS: Record<(typeof TIME_KEYS)[number], string> = { reviewedAt: 'review time', buyerMessageAt: 'message time', sellerReplyAt: 'reply time' };

/**
 * A rating as review pages show it: ★ per star ("★★☆☆☆": two), or a number of stars ("2",
 * "2.0 out of 5 stars", "2星"); undefined when it is none of these or not 1–5.
 */
export function parseRating(text: string): number | undefined {
  const t = text.trim();
  if (/^[★☆]+$/.test(t)) {
    const stars = [...t].filter((c) => c === '★').length;
    return stars >= 1 && stars <= 5 ? stars : undefined;
  }
  const n = /^([1-5])(?:\.0)?\s*(?:星|stars?|out of 5(?: stars)?)?$/i.exec(t);
  return n === null ? undefined : Number(n[1]);
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, TEXT_MAX);

type Amounts = NonNullable<AnnotationFields['amounts']>;

/**
 * An order page's payment summary as amounts: its total is what the buyer was charged, a row it
 * does not show is zero (the summary lists every charge), a discount is read without its minus
 * sign, and a tax the prices include is not on top. The summary's subtotal may be before the
 * discount or after it, and an included tax may be shown without the word: the reading that makes
 * the page's own total is kept (the subtotal stored before the discount), else the rows as read.
 * Undefined when the page shows no summary.
 */
function amountsOf(texts: AnnotationRow['texts']): { ok: true; value: Amounts | undefined } | { ok: false; reason: string } {
  const { subtotal, discount, shipping, tax, total, otherCharges } = texts;
  if (subtotal === undefined && total === undefined) return { ok: true, value: undefined };
  // Duties, tips and fees are in the total but in no term of the check: it would call them a mismatch.
  if (otherCharges !== undefined) return { ok: false, reason: `shows ${otherCharges.slice(0, 40)}, which the amount check does not count` };
  if (subtotal === undefined || total === undefined) return { ok: false, reason: 'shows no subtotal and total' };
  const read: Record<string, { amount: number; currency: string }> = {};
  for (const [key, text] of Object.entries({ subtotal, discount, shipping, total, tax })) {
    if (text === undefined) continue;
    // A tax row names its rate or "Included" before its amount: the amount is its last line.
    const shown = text.split('\n').at(-1) ?? text;
    const money = parseMoney(shown, {});
    if (!money.ok) return { ok: false, reason: `${key} '${shown.slice(0, 40)}' is not an amount` };
    read[key] = money.value;
  }
  const currencies = new Set(Object.values(read).map((m) => m.currency));
  if (currencies.size > 1) return { ok: false, reason: `its amounts are in several currencies (${[...currencies].join(', ')})` };
  const cents = (key: string): number => Math.round(Math.abs(read[key]?.amount ?? 0) * 100);
  const [sub, off, ship, taxed, paid] = [cents('subtotal'), cents('discount'), cents('shipping'), cents('tax'), Math.round(read['total']!.amount * 100)];
  const includedSaid = tax !== undefined && /\bincluded\b/i.test(tax);
  // As read first (the subtotal before the discount, the tax on top unless the page says it is included), then the others.
  const onTops = includedSaid ? [0] : [taxed, 0];
  const readings = onTops.flatMap((onTop) => [{ gross: sub, onTop }, { gross: sub + off, onTop }]);
  const { gross, onTop } = readings.find((r) => r.gross - off + ship + r.onTop === paid) ?? readings[0]!;
  const value: Amounts = { currency: read['total']!.currency, paid: paid / 100, subtotal: gross / 100, discount: off / 100, shipping: ship / 100 };
  if (onTop > 0) value.tax = onTop / 100;
  return { ok: true, value };
}

/** One entry's texts as order fields, or why it cannot be. */
function annotationOf(row: AnnotationRow, rules: AnnotationRules, now: number): { ok: true; value: Annotation } | { ok: false; reason: string } {
  if (!ORDER_NUMBER.test(row.orderId)) return { ok: false, reason: `'${row.orderId.slice(0, 40)}' is not an order number` };
  const fields: AnnotationFields = {};
  const { rating, review, buyerMessage } = row.texts;
  if (rating !== undefined) {
    const stars = parseRating(rating);
    if (stars === undefined) return { ok: false, reason: `rating '${rating.slice(0, 40)}' is not 1–5 stars` };
    fields.rating = stars;
  }
  if (review !== undefined && flat(review) !== '') fields.review = flat(review);
  if (buyerMessage !== undefined && flat(buyerMessage) !== '') fields.buyerMessage = flat(buyerMessage);
  // An order page sends this text only where it shows an item's out-of-stock mark ("Backordered").
  if (row.texts.stockShort !== undefined) fields.stockShort = true;
  const amounts = amountsOf(row.texts);
  if (!amounts.ok) return amounts;
  if (amounts.value !== undefined) fields.amounts = amounts.value;
  for (const key of TIME_KEYS) {
    const text = row.texts[key];
    if (text === undefined) continue;
    const at = parseDateTime(text, { now, timeZone: rules.timeZone, dateOrder: rules.dateOrder });
    if (!at.ok) return { ok: false, reason: `${TIME_LABELS[key]} '${text.slice(0, 40)}' is not a date and time` };
    fields[key] = at.value;
  }
  if (Object.keys(fields).length === 0) return { ok: false, reason: 'shows no rating, review or message' };
  const parsed = AnnotationFields.safeParse(fields);
  if (!parsed.success) return { ok: false, reason: 'its fields are out of range' };
  return { ok: true, value: { position: row.position, orderId: row.orderId, fields: parsed.data } };
}

/**
 * A page's entries as order fields, each malformed one skipped with its reason; an order named
 * twice keeps its first entry (pages list the newest first).
 */
export function parseAnnotations(rows: readonly AnnotationRow[], rules: AnnotationRules, now: number): { read: Annotation[]; skipped: SkippedRow[] } {
  const read: Annotation[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const found = annotationOf(row, rules, now);
    if (!found.ok) {
      skipped.push({ row: row.position, orderId: row.orderId.slice(0, 100), reason: found.reason });
      continue;
    }
    if (seen.has(found.value.orderId)) continue;
    seen.add(found.value.orderId);
    read.push(found.value);
  }
  return { read, skipped };
}

/**
 * The order with a page's fields: a rating, review or time replaces the stored one; a buyer's
 * message text fills the order's message only where the list shows none (the list's 留言 stays);
 * an order page's amounts replace the stored ones when in the same currency (else they would not add up).
 */
export function withAnnotation(order: Order, fields: AnnotationFields): Order {
  const { buyerMessage, amounts, ...rest } = fields;
  const out: Order = { ...order, ...rest };
  if (buyerMessage !== undefined && (order.buyerMessage === undefined || order.buyerMessage.trim() === '')) out.buyerMessage = buyerMessage;
  if (amounts !== undefined && amounts.currency === order.money.currency) {
    const { tax, ...shown } = amounts;
    // A tax no longer shown on top (or never) leaves no stale tax behind.
    const { tax: _stale, ...money } = order.money;
    out.money = { ...money, ...shown, ...(tax === undefined ? {} : { tax }) };
  }
  return out;
}

/** Where the entries of orders not read yet are kept (browser storage in the extension). */
export interface PendingStore {
  get(): Promise<PendingAnnotation[]>;
  set(value: PendingAnnotation[]): Promise<void>;
}

/** A store whose reads and writes run one at a time, so two pages' entries never overwrite each other. */
export function serialized(store: PendingStore): PendingStore & { update<T>(change: (list: PendingAnnotation[]) => { list: PendingAnnotation[] | undefined; result: T }): Promise<T> } {
  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (list: PendingAnnotation[]) => { list: PendingAnnotation[] | undefined; result: T }): Promise<T> => {
    const next = queue.then(async () => {
      const { list, result } = change(await store.get());
      if (list !== undefined) await store.set(list);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return { get: () => store.get(), set: (value) => update(() => ({ list: value, result: undefined })), update };
}

export type SerializedPendingStore = ReturnType<typeof serialized>;

/** `list` with `added`, an order's newer entry replacing its older one, the oldest dropped past the cap. */
export function keepPending(list: readonly PendingAnnotation[], added: readonly PendingAnnotation[], max = PENDING_ANNOTATIONS_MAX): PendingAnnotation[] {
  const byKey = new Map(list.map((p) => [orderKey(p), p]));
  for (const p of added) {
    const key = orderKey(p);
    const known = byKey.get(key);
    byKey.delete(key);
    byKey.set(key, known === undefined ? p : { ...p, fields: { ...known.fields, ...p.fields } });
  }
  const kept = [...byKey.values()].sort((a, b) => a.at - b.at);
  return kept.slice(Math.max(0, kept.length - max));
}

export interface AnnotateResult extends IngestResult {
  /** Entries merged into stored orders. */
  applied: number;
  /** Entries kept for orders not read yet. */
  waiting: number;
}

/**
 * Merges a page's entries into the stored orders of its marketplace and judges exactly those
 * orders again (one ingest batch); entries of orders not stored yet wait in `pending`.
 */
export async function annotateOrders(
  db: SentinelDB,
  annotations: readonly Annotation[],
  marketplace: Marketplace,
  observedAt: number,
  now: number,
  settings: Settings,
  pending: SerializedPendingStore,
): Promise<AnnotateResult> {
  // The stored order's source stays: where and when the order itself was last seen.
  const entries = annotations.map((a) => ({ marketplace, orderId: a.orderId, fields: a.fields }));
  const { updated, missing, ...result } = await changeStored(db, entries, (order, a) => withAnnotation(order, a.fields), now, settings);
  return { ...result, applied: updated, waiting: await keepWaiting(pending, missing, observedAt) };
}

/**
 * Keeps the fields of orders not stored yet (a page's entries, an after-sales list's request
 * times) in `pending` until each order is first read; how many were kept.
 */
export async function keepWaiting(
  pending: SerializedPendingStore,
  missing: readonly { readonly marketplace: Marketplace; readonly orderId: string; readonly fields: AnnotationFields }[],
  observedAt: number,
): Promise<number> {
  const waiting: PendingAnnotation[] = missing.map((a) => ({ marketplace: a.marketplace, orderId: a.orderId, fields: a.fields, at: observedAt }));
  if (waiting.length > 0) await pending.update((list) => ({ list: keepPending(list, waiting), result: undefined }));
  return waiting.length;
}

/**
 * Stored orders of the marketplace whose buyer's message is on the reply clock and that a message
 * page shows answered (a whole inbox view of threads awaiting a reply that no longer lists them,
 * or a thread shown as answered) were answered, or marked as needing none, by the time it was
 * read: they are judged again.
 */
export async function answeredWhere(
  db: SentinelDB,
  marketplace: Marketplace,
  isAnswered: (orderId: string) => boolean,
  observedAt: number,
  now: number,
  settings: Settings,
): Promise<IngestResult & { answered: number }> {
  // Read only when the seller opens the inbox, and only the orders whose buyer wrote.
  const waiting = await db.orders
    .where('marketplace')
    .equals(marketplace)
    .filter((o) => o.buyerMessageAt !== undefined && o.buyerMessageAt <= observedAt && !(o.sellerReplyAt !== undefined && o.sellerReplyAt >= o.buyerMessageAt) && isAnswered(o.orderId))
    .toArray();
  const answered = parseRows(Order, waiting, 'order').map((o) => ({ ...o, sellerReplyAt: observedAt }));
  const result = answered.length === 0 ? { written: 0, changed: 0, findings: 0 } : await ingestBatch(db, answered, now, settings);
  return { ...result, answered: answered.length };
}

/**
 * Orders being read, each with the entries that waited for it (removed from `pending`); the
 * orders unchanged when none waited.
 */
export async function withPendingAnnotations(orders: readonly Order[], pending: SerializedPendingStore): Promise<Order[]> {
  if (orders.length === 0) return [...orders];
  return pending.update((list) => {
    if (list.length === 0) return { list: undefined, result: [...orders] };
    const waiting = new Map(list.map((p) => [orderKey(p), p]));
    const used = new Set<string>();
    const out = orders.map((order) => {
      const key = orderKey(order);
      const entry = waiting.get(key);
      if (entry === undefined) return order;
      used.add(key);
      return withAnnotation(order, entry.fields);
    });
    return { list: used.size === 0 ? undefined : list.filter((p) => !used.has(orderKey(p))), result: out };
  });
}
