/** The rows of one order in a report → canonical Order, or the reason a seller reads. */
import { AFTER_SALES_STATUSES, combineStatuses, parseDateTime, parseMoney, parseQuantity } from '../normalize';
import { buildOrder, type ReadItem } from '../normalize/order';
import { withAfterSalesReason } from '../cases/reasons';
import { normalizeHeader } from '../extract/keys';
import { Order, type Marketplace, type OrderStatus } from '../schema';
import type { ImportKey } from './formats';
import type { ColumnMapping } from './mapping';

export type BuiltImport = { ok: true; order: Order } | { ok: false; orderId?: string; reason: string };

export interface BuildContext {
  readonly fileName: string;
  readonly now: number;
  readonly marketplace: Marketplace;
  /** The first currency the file named in its currency column (for rows that leave it empty). */
  readonly fileCurrency: string | undefined;
}

/** A dash or nothing means "no value" (unpaid orders' 付款时间). */
const isBlank = (text: string | undefined): boolean => text === undefined || /^[\s\-—–−/]*$/.test(text);

/**
 * Spreadsheet guards around long numbers (`="2536857072"`, `'2536857072`, a trailing tab that
 * Taobao adds) are not part of the order number.
 */
export function cleanOrderId(text: string): string {
  return text
    .trim()
    .replace(/^="?(.*?)"?$/, '$1')
    .replace(/^'/, '')
    .trim();
}

/** Report dates with two-digit years (`04-30-22`, `07/16/22`, eBay's `Jan-18-16`) get their century. */
export function expandReportDate(text: string): string {
  const t = text.trim();
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?!\d)(.*)$/.exec(t);
  if (numeric) return `${numeric[1]}/${numeric[3]}/20${numeric[4]}${numeric[5]}`;
  const named = /^([A-Za-z]{3,9})-(\d{1,2})-(\d{2}|\d{4})(?!\d)(.*)$/.exec(t);
  if (named) return `${named[1]} ${named[2]} ${named[3]!.length === 2 ? `20${named[3]}` : named[3]}${named[4]}`;
  return t;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

class Unreadable extends Error {}

export function buildImportedOrder(rows: readonly (readonly string[])[], mapping: ColumnMapping, ctx: BuildContext): BuiltImport {
  const { format, headers, columns } = mapping;
  const first = rows[0]!;
  const label = (key: ImportKey): string => headers[columns.get(key)?.[0] ?? -1]?.trim() ?? key;
  const cell = (key: ImportKey, row: readonly string[] = first): string | undefined => {
    for (const at of columns.get(key) ?? []) {
      const text = row[at];
      // Whitespace only: titles and messages keep their own punctuation (，not ,).
      if (!isBlank(text)) return text!.replace(/\s+/gu, ' ').trim();
    }
    return undefined;
  };
  const rowCurrency = (row: readonly string[]): string => {
    const named = cell('currency', row)?.toUpperCase();
    return named !== undefined && /^[A-Z]{3}$/.test(named) ? named : (ctx.fileCurrency ?? format.currency);
  };
  const amount = (key: ImportKey, row: readonly string[] = first): { amount: number; currency: string } | undefined => {
    const text = cell(key, row);
    if (text === undefined) return undefined;
    const r = parseMoney(text, { currency: rowCurrency(row) });
    if (!r.ok) throw new Unreadable(`${label(key)} "${text}" is not an amount`);
    return r.value;
  };
  const sum = (key: ImportKey): { amount: number; currency: string } | undefined => {
    const parts = rows.map((row) => amount(key, row)).filter((a) => a !== undefined);
    if (parts.length === 0) return undefined;
    return { amount: round2(parts.reduce((s, a) => s + a.amount, 0)), currency: parts[0]!.currency };
  };
  const instant = (key: ImportKey): number | undefined => {
    const text = cell(key);
    if (text === undefined) return undefined;
    const r = parseDateTime(expandReportDate(text), { now: ctx.now, timeZone: format.timeZone, dateOrder: format.dateOrder ?? 'MDY' });
    if (!r.ok) throw new Unreadable(`${label(key)} "${text}" is not a date and time`);
    return r.value;
  };

  const grossAt = format.grossTotalColumn === undefined ? -1 : headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(format.grossTotalColumn!));
  /** A paid amount net of the refund (paid + refund = the order's total exactly) → the total: what the buyer paid. */
  const grossOfRefund = (
    paid: { amount: number; currency: string } | undefined,
    refunded: number | undefined,
  ): { amount: number; currency: string } | undefined => {
    const text = grossAt === -1 ? undefined : first[grossAt];
    if (paid === undefined || refunded === undefined || refunded <= 0 || isBlank(text)) return paid;
    const gross = parseMoney(text!, { currency: paid.currency });
    if (!gross.ok || paid.amount >= gross.value.amount || Math.abs(paid.amount + refunded - gross.value.amount) >= 0.005) return paid;
    return { amount: gross.value.amount, currency: paid.currency };
  };

  const orderId = cleanOrderId(cell('orderId') ?? '');
  if (orderId === '') return { ok: false, reason: `no order number (${label('orderId')})` };
  try {
    const placedAt = instant('placedAt');
    if (placedAt === undefined) throw new Unreadable(`no order time (${label('placedAt')})`);
    const paidAt = instant('paidAt');
    const shipBy = instant('shipBy');
    const shippedAt = instant('shippedAt');
    const deliveredAt = instant('deliveredAt');
    const cancelledAt = instant('cancelledAt');

    const items: ReadItem[] = [];
    for (const row of rows) {
      const title = cell('item', row);
      const sku = cell('sku', row);
      const qtyText = cell('quantity', row);
      if (title === undefined && sku === undefined && qtyText === undefined) continue;
      let quantity = 1;
      if (qtyText !== undefined) {
        // A cancelled line shows quantity 0 (Amazon): nothing of it is to be shipped.
        if (/^0+$/.test(qtyText)) continue;
        const q = parseQuantity(qtyText);
        if (!q.ok) throw new Unreadable(`${label('quantity')} "${qtyText}" is not a quantity`);
        quantity = q.value;
      }
      items.push({ title, sku, quantity, unitPrice: amount('unitPrice', row)?.amount });
    }

    const shippingAmount = format.paidPerRow ? sum('shipping') : amount('shipping');
    const refunded = amount('refunded')?.amount;
    const paidAmount = grossOfRefund(format.paidPerRow ? sum('paid') : amount('paid'), refunded);
    const subtotal = amount('subtotal')?.amount;
    const discount = amount('discount')?.amount;

    // Status: the fulfilment column, outranked by an open after-sales state or by a payment
    // state that means nothing is to ship (the same rules as the page reader's orderParser).
    const vocabulary = format.statusVocabulary;
    const fulfilmentRaw = cell('status') ?? '';
    const afterSalesRaw = cell('afterSales');
    const paymentRaw = cell('paymentStatus');
    let status: OrderStatus;
    let statusRaw: string;
    if (fulfilmentRaw === '' && afterSalesRaw === undefined && paymentRaw === undefined && format.deriveStatus) {
      const paid = paidAmount?.amount ?? 0;
      ({ status, statusRaw } = format.deriveStatus({
        paid,
        hasPaidAtColumn: columns.has('paidAt'),
        ...(paidAt !== undefined && { paidAt }),
        ...(shippedAt !== undefined && { shippedAt }),
        ...(deliveredAt !== undefined && { deliveredAt }),
        ...(cancelledAt !== undefined && { cancelledAt }),
        ...(refunded !== undefined && { refunded }),
      }));
    } else {
      ({ status, statusRaw } = combineStatuses({ fulfilment: fulfilmentRaw, afterSales: afterSalesRaw, payment: paymentRaw }, vocabulary));
    }
    if (cancelledAt !== undefined && !AFTER_SALES_STATUSES.has(status)) {
      status = 'cancelled';
      statusRaw = statusRaw === '' ? 'cancelled' : `${statusRaw} / cancelled`;
    }

    // A cancelled line may show no amount at all (Amazon): nothing was paid.
    const paid = paidAmount ?? (status === 'cancelled' ? { amount: 0, currency: rowCurrency(first) } : undefined);
    if (paid === undefined) throw new Unreadable(`no amount (${label('paid')})`);
    const total = format.paidPerRow && shippingAmount !== undefined ? round2(paid.amount + shippingAmount.amount) : paid.amount;
    const candidate = buildOrder({
      marketplace: ctx.marketplace,
      orderId,
      placedAt,
      paidAt,
      shipBy,
      shippedAt,
      deliveredAt,
      status,
      statusRaw,
      buyer: cell('buyer'),
      items: items.slice(0, 500),
      currency: paid.currency,
      paid: total,
      subtotal,
      shipping: shippingAmount?.amount,
      discount,
      refunded,
      carrier: cell('carrier'),
      trackingNo: cell('trackingNo'),
      buyerMessage: cell('buyerMessage'),
      sellerRemark: cell('sellerRemark'),
      source: { url: `file:${ctx.fileName}`.slice(0, 4000), adapter: `import:${format.id}`, observedAt: ctx.now },
    });
    // The reason column when the report has one, else a reason its status or the buyer's message names.
    const parsed = Order.safeParse(withAfterSalesReason(candidate, cell('reason')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, orderId, reason: `${issue?.path.join('.') || 'order'}: ${issue?.message ?? 'does not fit the order shape'}` };
    }
    return { ok: true, order: parsed.data };
  } catch (e) {
    if (e instanceof Unreadable) return { ok: false, orderId, reason: e.message };
    throw e;
  }
}
