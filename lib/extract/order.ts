/** Raw cells → canonical Order, with a reason a seller understands when a row cannot be read. */
import type { Adapter, CellPart } from '../adapters/types';
import { combineStatuses, instantOfWallTime, parseDateTime, parseMoney, parseQuantity, wallTimeAt } from '../normalize';
import { MARKETPLACES, ORDER_STATUSES, type Marketplace, type Order, type OrderItem } from '../schema';
import { CellText, collapse, safeQueryAll } from './dom';
import { CELL_KEYS, HEADER_SYNONYMS, type CellKey } from './keys';
import type { RawOrder } from './raw';

export type Built = { ok: true; order: Order } | { ok: false; orderId?: string; reason: string };

export interface ReadContext {
  readonly url: string;
  readonly now: number;
}

type Cells = Partial<Record<CellKey, Element>>;

/** A cell showing only a dash means "nothing here" (unpaid orders' 付款时间). */
const BLANK = /^[\s\-—–−/]*$/;
/** A digit, a Latin letter, a CJK character or ¥ first: not blank, without the pattern (issue 7). */
const startsWithValue = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x4e00 && c <= 0x9fff) || c === 0xa5 || c === 0xffe5;
const isBlank = (text: string): boolean => !startsWithValue(text.charCodeAt(0)) && BLANK.test(text);

/** One element's text for a part: an attribute, or its text without the part's ignored elements. */
const readOne = (e: Element, part: CellPart | undefined, cellText: CellText): string =>
  part?.attribute !== undefined ? collapse(e.getAttribute(part.attribute) ?? '') : cellText.of(e, part?.ignore);

function readPart(el: Element, part: CellPart | undefined, cellText: CellText): string | undefined {
  let text: string | undefined;
  if (part?.select) {
    // The first selector that matches anything; the first match with text (or all, joined).
    for (const sel of part.select) {
      if (part.join !== undefined) {
        let found: NodeListOf<Element>;
        try {
          found = el.querySelectorAll(sel);
        } catch {
          continue; // a selector the page's DOM implementation rejects matches nothing
        }
        const n = found.length;
        if (n === 0) continue;
        text = '';
        // An index loop: a NodeList's iterator cost more than the SKU lines' text (issue 7).
        for (let i = 0; i < n; i++) {
          const t = readOne(found[i]!, part, cellText);
          if (t !== '') text = text === '' ? t : text + part.join + t;
        }
        break;
      }
      let first: Element | null;
      try {
        first = el.querySelector(sel);
      } catch {
        continue; // a selector the page's DOM implementation rejects matches nothing
      }
      if (first === null) continue;
      // Only the first match with text counts: most often the first match, found without
      // listing every match (issue 7).
      text = readOne(first, part, cellText);
      if (text === '') text = safeQueryAll(el, sel).map((e) => readOne(e, part, cellText)).find((t) => t !== '');
      break;
    }
  } else {
    text = readOne(el, part, cellText);
  }
  if (text !== undefined && part?.pattern) text = part.pattern.exec(text)?.[1]?.trim();
  return text === undefined || isBlank(text) ? undefined : text;
}

function cleanOrderId(text: string): string {
  // A bare number ("3712804412345678901"): nothing to strip (the label pattern cannot match a digit first).
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 && !text.includes(' ')) return text;
  const bare = text.replace(/^(订单号|订单编号|order\s*(id|no\.?|number|#)?)\s*[:：#]?\s*/i, '');
  // A copy button or a tag may share the cell: the id is the first token with a digit.
  return bare.split(' ').find((t) => /\d/.test(t)) ?? bare;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The page's URL, parsed once per address rather than twice per order (issue 7). */
let lastUrl: { text: string; url: URL | undefined } | undefined;
function parsedUrl(text: string): URL | undefined {
  if (lastUrl?.text !== text) {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    lastUrl = { text, url };
  }
  return lastUrl.url;
}

function marketplaceOf(adapter: Adapter, url: string): Marketplace {
  const parsed = parsedUrl(url);
  if (parsed === undefined) return adapter.marketplace;
  try {
    return adapter.marketplaceFor?.(parsed) ?? adapter.marketplace;
  } catch {
    return adapter.marketplace;
  }
}

/** The page's defaults: one console may serve several marketplaces' domains (Amazon, eBay). */
function localeOf(adapter: Adapter, url: string): { currency: string; timeZone: string } {
  const parsed = parsedUrl(url);
  return {
    currency: (parsed && adapter.currencyFor?.(parsed)) ?? adapter.currency,
    timeZone: (parsed && adapter.timeZoneFor?.(parsed)) ?? adapter.timeZone,
  };
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
 * schema would report. The background parses every message with zod; here a zod parse per
 * row was a sixth of a page read, and the Order schema with zod's messages 1 KB gzipped of the
 * content script (issue 7). Exact by test (test/extract/shape.test.ts).
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
    (KNOWN_STATUSES.has(order.status) ? undefined : `status: ${oneOf(ORDER_STATUSES)}`) ??
    (order.items.length <= 500 ? undefined : 'items: Too big: expected array to have <=500 items') ??
    (/^[A-Z]{3}$/.test(m.currency) ? undefined : 'money.currency: Invalid string: must match pattern /^[A-Z]{3}$/') ??
    at('money.paid', numberProblem(m.paid)) ??
    at('money.subtotal', m.subtotal === undefined ? undefined : numberProblem(m.subtotal)) ??
    at('money.shipping', m.shipping === undefined ? undefined : numberProblem(m.shipping)) ??
    at('money.discount', m.discount === undefined ? undefined : numberProblem(m.discount)) ??
    at('source.adapter', lengthProblem(order.source.adapter, 1, 64)) ??
    at('source.observedAt', instantProblem(order.source.observedAt))
  );
}

export function buildOrder(raw: RawOrder, adapter: Adapter, ctx: ReadContext, cellText: CellText): Built {
  return orderBuilder(adapter, ctx, cellText)(raw);
}

/**
 * Builds orders from raw rows of one page read: what every row of the read shares (the page's
 * currency, zone and marketplace, the parse options) is worked out once (issue 7).
 */
export function orderBuilder(adapter: Adapter, ctx: ReadContext, cellText: CellText): (raw: RawOrder) => Built {
  const parts = adapter.cellParts ?? {};
  const locale = localeOf(adapter, ctx.url);
  const marketplace = marketplaceOf(adapter, ctx.url);
  const moneyOptions = { currency: locale.currency };
  const dateOptions = { now: ctx.now, timeZone: locale.timeZone };
  const sourceUrl = ctx.url.slice(0, 4000);
  // Each key's part and the column it is read from, once per read; and whether a raw order can
  // hold a value for it at all: only when that column (or the key itself) has a label
  // (RawOrder.labels), worked out once per list. Looking up each of the twenty keys of every
  // order, most of them absent, was a tenth of building it (issue 7).
  const specs = {} as Record<CellKey, { part: CellPart | undefined; col: CellKey; readable: boolean }>;
  for (const key of CELL_KEYS) specs[key] = { part: parts[key], col: parts[key]?.column ?? key, readable: false };
  let labelled: ReadonlyMap<CellKey, string> | undefined;
  return (raw) => {
    if (raw.labels !== labelled) {
      labelled = raw.labels;
      for (const key of CELL_KEYS) specs[key].readable = raw.labels.has(key) || raw.labels.has(specs[key].col);
    }
    const label = (key: CellKey): string => raw.labels.get(specs[key].col) ?? raw.labels.get(key) ?? HEADER_SYNONYMS[key][0]!;
    const value = (key: CellKey, cells: Cells = raw.orderCells, fallback?: Cells): string | undefined => {
      const spec = specs[key];
      if (!spec.readable) return undefined;
      const given = raw.given[key];
      if (given !== undefined && cells === raw.orderCells) return isBlank(given) ? undefined : given;
      const col = spec.col;
      // An order-level value read from an item column (Amazon's "Item subtotal" in the product
      // cell) comes from the order's first item row.
      const el = cells[col] ?? fallback?.[col] ?? (cells === raw.orderCells ? raw.itemCells[0]?.[col] : undefined);
      return el ? readPart(el, spec.part, cellText) : undefined;
    };
    const money = (key: CellKey, text: string | undefined): number | undefined => {
      if (text === undefined) return undefined;
      const r = parseMoney(text, moneyOptions);
      if (!r.ok) throw new Unreadable(`${label(key)} '${text}' is not an amount`);
      return r.value.amount;
    };
    const instant = (key: CellKey, text: string | undefined): number | undefined => {
      if (text === undefined) return undefined;
      const r = parseDateTime(text, dateOptions);
      if (!r.ok) throw new Unreadable(`${label(key)} '${text}' is not a date and time`);
      return parts[key]?.endOfDay && !/\d:\d{2}/.test(text) ? endOfDayAt(r.value, locale.timeZone) : r.value;
    };

    const idText = value('orderId');
    const orderId = idText === undefined ? undefined : cleanOrderId(idText);
    if (!orderId) return { ok: false, reason: `no order number (${label('orderId')}) in this row` };
    try {
      const placedText = value('placedAt');
      if (placedText === undefined) throw new Unreadable(`no order time (${label('placedAt')}) in this row`);
      const paidText = value('paid');
      if (paidText === undefined) throw new Unreadable(`no paid amount (${label('paid')}) in this row`);
      const paidParsed = parseMoney(paidText, moneyOptions);
      if (!paidParsed.ok) throw new Unreadable(`${label('paid')} '${paidText}' is not an amount`);

      const items: OrderItem[] = [];
      for (const cells of raw.itemCells) {
        const title = value('item', cells, raw.orderCells);
        const sku = value('sku', cells, raw.orderCells);
        const qtyText = value('quantity', cells, raw.orderCells);
        const priceText = value('unitPrice', cells, raw.orderCells);
        if (title === undefined && qtyText === undefined && priceText === undefined) continue;
        let quantity = 1;
        if (qtyText !== undefined) {
          const q = parseQuantity(qtyText);
          if (!q.ok) throw new Unreadable(`${label('quantity')} '${qtyText}' is not a quantity`);
          quantity = q.value;
        }
        const unitPrice = money('unitPrice', priceText);
        // Keys assigned in the schema's order, without spreading objects per key (issue 7).
        const item = { title: (title ?? '').slice(0, 2000) } as OrderItem;
        if (sku !== undefined) item.sku = sku.slice(0, 200);
        item.quantity = quantity;
        if (unitPrice !== undefined) item.unitPrice = unitPrice;
        items.push(item);
      }

      const shown = money('subtotal', value('subtotal'));
      const priced = items.length > 0 && items.every((i) => i.unitPrice !== undefined);
      const subtotal = shown ?? (priced ? round2(items.reduce((s, i) => s + i.quantity * i.unitPrice!, 0)) : undefined);
      const shipping = money('shipping', value('shipping'));
      const discountShown = money('discount', value('discount'));
      // Consoles write a discount as "-¥5.00" or "¥5.00"; the order keeps it as a positive amount.
      const discount = discountShown === undefined ? undefined : Math.abs(discountShown);

      // 待发货 with 售后状态 退款中 is a refund to answer, not a parcel to ship; "无售后" changes nothing.
      const { status, statusRaw } = combineStatuses(
        { fulfilment: value('status') ?? '', afterSales: value('afterSales'), payment: value('paymentStatus') },
        adapter.statusVocabulary,
      );
      const paidAt = instant('paidAt', value('paidAt'));
      const shipBy = instant('shipBy', value('shipBy'));
      const placedAt = instant('placedAt', placedText)!;

      const candidate = { marketplace, orderId, placedAt } as Order;
      if (paidAt !== undefined) candidate.paidAt = paidAt;
      if (shipBy !== undefined) candidate.shipBy = shipBy;
      candidate.status = status;
      candidate.statusRaw = statusRaw.slice(0, 200);
      const buyer = value('buyer');
      if (buyer !== undefined) candidate.buyer = buyer.slice(0, 200);
      candidate.items = items;
      const amounts: Order['money'] = { currency: paidParsed.value.currency, paid: paidParsed.value.amount };
      if (subtotal !== undefined) amounts.subtotal = subtotal;
      if (shipping !== undefined) amounts.shipping = shipping;
      if (discount !== undefined) amounts.discount = discount;
      candidate.money = amounts;
      const carrier = value('carrier');
      if (carrier !== undefined) candidate.carrier = carrier.slice(0, 100);
      const trackingNo = value('trackingNo');
      if (trackingNo !== undefined) candidate.trackingNo = trackingNo.slice(0, 100);
      const buyerMessage = value('buyerMessage');
      if (buyerMessage !== undefined) candidate.buyerMessage = buyerMessage.slice(0, 2000);
      const sellerRemark = value('sellerRemark');
      if (sellerRemark !== undefined) candidate.sellerRemark = sellerRemark.slice(0, 2000);
      candidate.source = { url: sourceUrl, adapter: adapter.id, observedAt: ctx.now };

      const problem = orderShapeProblem(candidate);
      return problem === undefined ? { ok: true, order: candidate } : { ok: false, orderId, reason: problem };
    } catch (e) {
      if (e instanceof Unreadable) return { ok: false, orderId, reason: e.message };
      throw e;
    }
  };
}
