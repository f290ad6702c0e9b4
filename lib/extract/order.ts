/** Raw cells → canonical Order, with a reason a seller understands when a row cannot be read. */
import type { Adapter, CellPart } from '../adapters/types';
import { combineStatuses, instantOfWallTime, parseDateTime, parseMoney, parseQuantity, wallTimeAt } from '../normalize';
import { Order, type Marketplace, type OrderItem } from '../schema';
import { collapse, queryFirstList, textOf } from './dom';
import { HEADER_SYNONYMS, type CellKey } from './keys';
import type { RawOrder } from './raw';

export type Built = { ok: true; order: Order } | { ok: false; orderId?: string; reason: string };

export interface ReadContext {
  readonly url: string;
  readonly now: number;
}

type Cells = Partial<Record<CellKey, Element>>;

/** A cell showing only a dash means "nothing here" (unpaid orders' 付款时间). */
const isBlank = (text: string): boolean => /^[\s\-—–−/]*$/.test(text);

function readPart(el: Element, part: CellPart | undefined): string | undefined {
  const read = (e: Element): string =>
    part?.attribute !== undefined ? collapse(e.getAttribute(part.attribute) ?? '') : textOf(e, part?.ignore);
  let text: string | undefined;
  if (part?.select) {
    const found = queryFirstList(el, part.select);
    const texts = found.map(read).filter((t) => t !== '');
    text = part.join !== undefined ? texts.join(part.join) : texts[0];
  } else {
    text = read(el);
  }
  if (text !== undefined && part?.pattern) text = part.pattern.exec(text)?.[1]?.trim();
  return text === undefined || isBlank(text) ? undefined : text;
}

function cleanOrderId(text: string): string {
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

export function buildOrder(raw: RawOrder, adapter: Adapter, ctx: ReadContext): Built {
  const parts = adapter.cellParts ?? {};
  const locale = localeOf(adapter, ctx.url);
  const label = (key: CellKey): string => {
    const col = parts[key]?.column ?? key;
    return raw.labels.get(col) ?? raw.labels.get(key) ?? HEADER_SYNONYMS[key][0]!;
  };
  const value = (key: CellKey, cells: Cells = raw.orderCells, fallback?: Cells): string | undefined => {
    const given = raw.given[key];
    if (given !== undefined && cells === raw.orderCells) return isBlank(given) ? undefined : given;
    const part = parts[key];
    const col = part?.column ?? key;
    // An order-level value read from an item column (Amazon's "Item subtotal" in the product
    // cell) comes from the order's first item row.
    const el = cells[col] ?? fallback?.[col] ?? (cells === raw.orderCells ? raw.itemCells[0]?.[col] : undefined);
    return el ? readPart(el, part) : undefined;
  };
  const money = (key: CellKey, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const r = parseMoney(text, { currency: locale.currency });
    if (!r.ok) throw new Unreadable(`${label(key)} '${text}' is not an amount`);
    return r.value.amount;
  };
  const instant = (key: CellKey, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const r = parseDateTime(text, { now: ctx.now, timeZone: locale.timeZone });
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
    const paidParsed = parseMoney(paidText, { currency: locale.currency });
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
      items.push({
        title: (title ?? '').slice(0, 2000),
        ...(sku !== undefined && { sku: sku.slice(0, 200) }),
        quantity,
        ...(unitPrice !== undefined && { unitPrice }),
      });
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
    const optionalText = (key: CellKey, max: number) => {
      const t = value(key);
      return t === undefined ? {} : { [key]: t.slice(0, max) };
    };

    const candidate = {
      marketplace: marketplaceOf(adapter, ctx.url),
      orderId,
      placedAt: instant('placedAt', placedText)!,
      ...(paidAt !== undefined && { paidAt }),
      ...(shipBy !== undefined && { shipBy }),
      status,
      statusRaw: statusRaw.slice(0, 200),
      ...optionalText('buyer', 200),
      items,
      money: {
        currency: paidParsed.value.currency,
        paid: paidParsed.value.amount,
        ...(subtotal !== undefined && { subtotal }),
        ...(shipping !== undefined && { shipping }),
        ...(discount !== undefined && { discount }),
      },
      ...optionalText('carrier', 100),
      ...optionalText('trackingNo', 100),
      ...optionalText('buyerMessage', 2000),
      ...optionalText('sellerRemark', 2000),
      source: { url: ctx.url.slice(0, 4000), adapter: adapter.id, observedAt: ctx.now },
    };
    const parsed = Order.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'order';
      return { ok: false, orderId, reason: `${where}: ${issue?.message ?? 'does not fit the order shape'}` };
    }
    return { ok: true, order: parsed.data };
  } catch (e) {
    if (e instanceof Unreadable) return { ok: false, orderId, reason: e.message };
    throw e;
  }
}
