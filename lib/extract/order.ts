/**
 * A page row's texts → canonical Order, with a reason a seller understands when a row cannot be
 * read. The background runs this on what content scripts send (lib/extract/row.ts reads the
 * texts in the page); tests, the evaluation and teach mode's preview read pages whole with
 * `orderBuilder`, the two in one.
 */
import type { Adapter } from '../adapters/types';
import { combineStatuses, instantOfWallTime, parseDateTime, parseMoney, parseLeadingQuantity, parseQuantity, wallTimeAt } from '../normalize';
import { buildOrder, type ReadItem } from '../normalize/order';
import { MARKETPLACES, ORDER_STATUSES, type CellLabels, type Order, type PageRow, type SkippedRow } from '../schema';
import type { CellText } from './dom';
import { CELL_KEYS, HEADER_SYNONYMS, type CellKey } from './keys';
import type { RawOrder } from './raw';
import { buildSafely, headersOf, marketplaceOf, parsedUrl, rowReader, specsOf, type Built, type RowTexts } from './row';

export type { Built } from './row';

export interface ReadContext {
  readonly url: string;
  readonly now: number;
}

/**
 * The page's words for each key, from its list's header texts by column meaning (what a
 * content script sends): a key read from another column is named by that column's header.
 */
export function labelsByKey(adapter: Adapter, headers: CellLabels): CellLabels {
  const specs = specsOf(adapter);
  const out: CellLabels = {};
  for (const key of CELL_KEYS) {
    const label = headers[specs[key].col] ?? headers[key];
    if (label !== undefined) out[key] = label;
  }
  return out;
}

/** A key's label where the page shows none: the first of its header synonyms, else the key. */
const labelOf = (labels: CellLabels, key: CellKey): string => labels[key] ?? HEADER_SYNONYMS[key]?.[0] ?? key;

/** The page's defaults: one console may serve several marketplaces' domains (Amazon, eBay). */
function localeOf(adapter: Adapter, url: string): { currency: string; timeZone: string } {
  const parsed = parsedUrl(url);
  return {
    currency: (parsed && adapter.currencyFor?.(parsed)) ?? adapter.currency,
    timeZone: (parsed && adapter.timeZoneFor?.(parsed)) ?? adapter.timeZone,
  };
}

const headerUnits = new Map<string, string | undefined>();
/**
 * The currency a column's header names as its unit: `实付金额(元)`, `Total (USD)`, `金额（¥）`.
 * Its bare amounts are in that currency, whatever the console's default.
 */
export function currencyOfHeader(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (headerUnits.has(header)) return headerUnits.get(header);
  const unit = /[（(]\s*([^（()）]{1,8}?)\s*[）)]\s*$/.exec(header)?.[1];
  let currency: string | undefined;
  if (unit !== undefined && !/\d/.test(unit)) {
    const r = parseMoney(/^[A-Za-z]/.test(unit) ? `1 ${unit}` : /^[$€£¥￥]$/.test(unit) ? `${unit}1` : `1${unit}`);
    currency = r.ok ? r.value.currency : undefined;
  }
  if (headerUnits.size > 200) headerUnits.clear();
  headerUnits.set(header, currency);
  return currency;
}

/** The next midnight after `instant`'s day in `timeZone` (the end of a date-only deadline). */
function endOfDayAt(instant: number, timeZone: string): number {
  const wall = wallTimeAt(instant, timeZone);
  // Only a bare date (read as midnight) is widened; "2 days ago" keeps its exact instant.
  if (wall.hour !== 0 || wall.minute !== 0 || wall.second !== 0 || wall.millisecond !== 0) return instant;
  const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
  const day = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  return instantOfWallTime({ ...day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

class Unreadable extends Error {}

/** A feedback word as stars: eBay's and Taobao's three-level feedback, the middle one neutral. */
const RATING_WORDS: Readonly<Record<string, number>> = { positive: 5, neutral: 3, negative: 1, 好评: 5, 中评: 3, 差评: 1 };

/**
 * Stars from a rating's text: a feedback word, the first number ("2 out of 5 stars", "4.0"),
 * else the filled stars drawn ("★★☆☆☆"); undefined when it is none of these or outside 1–5.
 */
export function ratingOf(text: string): number | undefined {
  const word = /positive|neutral|negative|好评|中评|差评/i.exec(text)?.[0];
  const number = /\d+(?:[.,]\d+)?/.exec(text)?.[0];
  const stars = word !== undefined ? RATING_WORDS[word.toLowerCase()]! : number !== undefined ? Number(number.replace(',', '.')) : [...text].filter((c) => c === '★').length;
  return stars >= 1 && stars <= 5 ? stars : undefined;
}

const KNOWN_MARKETPLACES: ReadonlySet<string> = new Set(MARKETPLACES);
const KNOWN_STATUSES: ReadonlySet<string> = new Set(ORDER_STATUSES);
const oneOf = (values: readonly string[]): string => `Invalid option: expected one of ${values.map((v) => `"${v}"`).join('|')}`;
const numberProblem = (n: number): string | undefined =>
  Number.isFinite(n) ? undefined : `Invalid input: expected number, received ${n}`;
const instantProblem = (n: number | undefined): string | undefined => {
  if (n === undefined || (Number.isSafeInteger(n) && n >= 0)) return undefined;
  if (!Number.isInteger(n)) return numberProblem(n) ?? 'Invalid input: expected int, received number';
  if (n > Number.MAX_SAFE_INTEGER) return `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`;
  if (n < Number.MIN_SAFE_INTEGER) return `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`;
  return 'Too small: expected number to be >=0';
};
const lengthProblem = (text: string, min: number, max: number): string | undefined =>
  text.length < min
    ? `Too small: expected string to have >=${min} characters`
    : text.length > max
      ? `Too big: expected string to have <=${max} characters`
      : undefined;

/**
 * What in `order` the Order schema would refuse, in the schema's own words ("items: Too big:
 * expected array to have <=500 items"), or undefined when it fits. The values are built above
 * (texts cut to their limits, quantities positive whole numbers), so only these can be out of
 * shape; they are checked in the schema's field order, so the reason is the first issue the
 * schema would report. A zod parse per row cost a sixth of a page read when the page built the
 * orders; ingest stores what this lets through. Exact by test (test/extract/shape.test.ts).
 */
export function orderShapeProblem(order: Order): string | undefined {
  const m = order.money;
  const at = (path: string, problem: string | undefined): string | undefined => problem && `${path}: ${problem}`;
  return (
    (KNOWN_MARKETPLACES.has(order.marketplace) ? undefined : `marketplace: ${oneOf(MARKETPLACES)}`) ??
    at('orderId', lengthProblem(order.orderId, 1, 100)) ??
    at('placedAt', instantProblem(order.placedAt)) ??
    at('paidAt', instantProblem(order.paidAt)) ??
    at('shipBy', instantProblem(order.shipBy)) ??
    at('deliveredAt', instantProblem(order.deliveredAt)) ??
    at('deliverBy', instantProblem(order.deliverBy)) ??
    (KNOWN_STATUSES.has(order.status) ? undefined : `status: ${oneOf(ORDER_STATUSES)}`) ??
    (order.items.length <= 500 ? undefined : 'items: Too big: expected array to have <=500 items') ??
    (/^[A-Z]{3}$/.test(m.currency) ? undefined : 'money.currency: Invalid string: must match pattern /^[A-Z]{3}$/') ??
    at('money.paid', numberProblem(m.paid)) ??
    at('money.subtotal', m.subtotal === undefined ? undefined : numberProblem(m.subtotal)) ??
    at('money.shipping', m.shipping === undefined ? undefined : numberProblem(m.shipping)) ??
    at('money.discount', m.discount === undefined ? undefined : numberProblem(m.discount)) ??
    at('lastTrackingAt', instantProblem(order.lastTrackingAt)) ??
    at('buyerMessageAt', instantProblem(order.buyerMessageAt)) ??
    at('source.adapter', lengthProblem(order.source.adapter, 1, 64)) ??
    at('source.observedAt', instantProblem(order.source.observedAt))
  );
}

/**
 * Reads raw rows of one page read into orders: the texts as a content script reads them, then
 * parsed as the background parses them. Tests, the evaluation and teach mode's preview read
 * with this; a content script reads texts only.
 */
export function orderBuilder(adapter: Adapter, ctx: ReadContext, cellText: CellText): (raw: RawOrder) => Built<Order> {
  const read = rowReader(adapter, cellText);
  const parse = orderParser(adapter, ctx);
  let labelled: RawOrder['labels'] | undefined;
  let labels: CellLabels = {};
  return (raw) => {
    const texts = read(raw);
    if (!texts.ok) return texts;
    if (raw.labels !== labelled) {
      labelled = raw.labels;
      labels = labelsByKey(adapter, headersOf(raw.labels));
    }
    return parse(texts.order, labels);
  };
}

/**
 * Parses page rows of one page read into orders: what every row shares (the page's currency,
 * zone and marketplace, the parse options, each amount column's currency) is worked out once,
 * and a row makes no closures of its own. `labels` are the page's words for the keys, used in
 * the reasons a row cannot be read.
 */
export function orderParser(adapter: Adapter, ctx: ReadContext): (row: RowTexts, labels: CellLabels) => Built<Order> {
  const parts = adapter.cellParts ?? {};
  const locale = localeOf(adapter, ctx.url);
  const marketplace = marketplaceOf(adapter, ctx.url);
  // A page read by its structure may not know its currency ('' from its language): then only
  // amounts that show one are read.
  const moneyOptions: { currency?: string } = locale.currency ? { currency: locale.currency } : {};
  const dateOptions = { now: ctx.now, timeZone: locale.timeZone, dateOrder: adapter.dateOrder ?? 'MDY' };
  // Amounts are read in the currency their column's header names, else the page's: looked up
  // once per key and list.
  let headed: CellLabels | undefined;
  const optionsByKey = new Map<CellKey, { currency?: string }>();
  const optionsFor = (key: CellKey, labels: CellLabels): { currency?: string } => {
    if (labels !== headed) {
      headed = labels;
      optionsByKey.clear();
    }
    let options = optionsByKey.get(key);
    if (options === undefined) {
      const unit = currencyOfHeader(labels[key]);
      options = unit === undefined ? moneyOptions : { currency: unit };
      optionsByKey.set(key, options);
    }
    return options;
  };
  const sourceUrl = ctx.url.slice(0, 4000);

  const money = (key: CellKey, text: string | undefined, labels: CellLabels): number | undefined => {
    if (text === undefined) return undefined;
    const r = parseMoney(text, optionsFor(key, labels));
    if (!r.ok) throw new Unreadable(`${labelOf(labels, key)} '${text}' is not an amount`);
    return r.value.amount;
  };
  const instant = (key: CellKey, text: string | undefined, labels: CellLabels): number | undefined => {
    if (text === undefined) return undefined;
    const r = parseDateTime(text, dateOptions);
    if (!r.ok) throw new Unreadable(`${labelOf(labels, key)} '${text}' is not a date and time`);
    return parts[key]?.endOfDay && !/\d:\d{2}/.test(text) ? endOfDayAt(r.value, locale.timeZone) : r.value;
  };

  return ({ orderId, cells, items: lines }, labels) => {
    try {
      const placedText = cells.placedAt;
      if (placedText === undefined) throw new Unreadable(`no order time (${labelOf(labels, 'placedAt')}) in this row`);
      const paidText = cells.paid;
      if (paidText === undefined) throw new Unreadable(`no paid amount (${labelOf(labels, 'paid')}) in this row`);
      const paidParsed = parseMoney(paidText, optionsFor('paid', labels));
      if (!paidParsed.ok) throw new Unreadable(`${labelOf(labels, 'paid')} '${paidText}' is not an amount`);

      const items: ReadItem[] = [];
      let lineAfterSales = false;
      for (const line of lines) {
        const qtyText = line.quantity;
        let quantity: number | undefined;
        if (qtyText !== undefined) {
          // A cell of a count and more (its items' SKUs under it) gives its leading count rather than losing the order.
          const whole = parseQuantity(qtyText);
          const q = whole.ok ? whole : parseLeadingQuantity(qtyText);
          if (!q.ok) throw new Unreadable(`${labelOf(labels, 'quantity')} '${qtyText}' is not a quantity`);
          quantity = q.value;
        }
        items.push({ title: line.item, sku: line.sku, quantity, unitPrice: money('unitPrice', line.unitPrice, labels) });
        if (line.afterSales !== undefined) lineAfterSales = true;
      }
      const subtotal = money('subtotal', cells.subtotal, labels);
      const shipping = money('shipping', cells.shipping, labels);
      const discount = money('discount', cells.discount, labels);

      // 待发货 with 售后状态 退款中 is a refund to answer, not a parcel to ship; "无售后" changes nothing.
      // Taobao's 售后 is one cell per item row: each line's own text, where the page shows them.
      const { status, statusRaw, afterSales } = combineStatuses(
        { fulfilment: cells.status ?? '', afterSales: cells.afterSales, payment: cells.paymentStatus, items: lineAfterSales ? lines.map((l) => l.afterSales) : undefined },
        adapter.statusVocabulary,
      );
      const paidAt = instant('paidAt', cells.paidAt, labels);
      const shipBy = instant('shipBy', cells.shipBy, labels);
      const placedAt = instant('placedAt', placedText, labels)!;
      const deliverBy = instant('deliverBy', cells.deliverBy, labels);
      const deliveredAt = instant('deliveredAt', cells.deliveredAt, labels);

      const ratingText = cells.rating;
      const rating = ratingText === undefined ? undefined : ratingOf(ratingText);
      if (ratingText !== undefined && rating === undefined) throw new Unreadable(`${labelOf(labels, 'rating')} '${ratingText}' is not a rating of 1 to 5 stars`);
      const candidate = buildOrder({
        marketplace,
        orderId,
        placedAt,
        paidAt,
        shipBy,
        deliveredAt,
        deliverBy,
        status,
        statusRaw,
        buyer: cells.buyer,
        items,
        currency: paidParsed.value.currency,
        paid: paidParsed.value.amount,
        subtotal,
        shipping,
        discount,
        carrier: cells.carrier,
        trackingNo: cells.trackingNo,
        lastTrackingAt: instant('lastTrackingAt', cells.lastTrackingAt, labels),
        buyerMessage: cells.buyerMessage,
        sellerRemark: cells.sellerRemark,
        buyerMessageAt: instant('buyerMessageAt', cells.buyerMessageAt, labels),
        rating,
        review: cells.review,
        // The cell part reads the console's out-of-stock words only: any text read is the flag.
        stockShort: cells.stockShort !== undefined ? true : undefined,
        afterSales,
        source: { url: sourceUrl, adapter: adapter.id, observedAt: ctx.now },
      });

      const problem = orderShapeProblem(candidate);
      return problem === undefined ? { ok: true, order: candidate } : { ok: false, orderId, reason: problem };
    } catch (e) {
      if (e instanceof Unreadable) return { ok: false, orderId, reason: e.message };
      throw e;
    }
  };
}

/**
 * A page's rows, as a content script sent them, parsed into orders; a row that is no order is
 * skipped with its position and reason, and never stops the others (the background
 * parses, the page only reads).
 */
export function parseRows(
  adapter: Adapter,
  ctx: ReadContext,
  headers: CellLabels,
  rows: readonly PageRow[],
): { orders: Order[]; skipped: SkippedRow[] } {
  const parse = orderParser(adapter, ctx);
  const labels = labelsByKey(adapter, headers);
  const orders: Order[] = [];
  const skipped: SkippedRow[] = [];
  const parseListed = (texts: RowTexts): Built<Order> => parse(texts, labels);
  for (const row of rows) {
    const built = buildSafely(parseListed, row);
    if (built.ok) orders.push(built.order);
    else skipped.push({ row: row.position, orderId: row.orderId.slice(0, 100), reason: built.reason.slice(0, 500) });
  }
  return { orders, skipped };
}
