import type { RowTexts } from '../extract/row';

/**
 * Remembers what was last sent for each order read on the page, so a re-read of an unchanged
 * page sends nothing (a console re-renders its table on every hover and timer; the background
 * should not re-ingest 100 orders each time), and which sent rows the background could not
 * read, so the page's read health keeps naming them while they stay as they are.
 */
export class ChangeTracker {
  private readonly sent = new Map<string, string>();
  private readonly rejected = new Map<string, { signature: string; reason: string }>();
  /** Orders the background stored from this page (in some version): they carry the overlay. */
  private readonly accepted = new Set<string>();

  /** Whether the row's texts differ from what was last sent (where it stands in the list is ignored). */
  isChanged(row: RowTexts): boolean {
    return this.sent.get(row.orderId) !== signature(row);
  }

  markSent(rows: readonly RowTexts[]): void {
    for (const r of rows) {
      this.sent.set(r.orderId, signature(r));
      this.rejected.delete(r.orderId);
    }
  }

  /** The background could not read this row as sent: why (its reason until the row changes). */
  markRejected(row: RowTexts, reason: string): void {
    this.rejected.set(row.orderId, { signature: signature(row), reason });
  }

  /** The background stored these rows as orders. */
  markAccepted(rows: readonly RowTexts[]): void {
    for (const r of rows) this.accepted.add(r.orderId);
  }

  /** Whether the background holds this row's order: stored once, and not refused as it is now. */
  isStored(row: RowTexts): boolean {
    return this.accepted.has(row.orderId) && this.rejection(row) === undefined;
  }

  /** Why the background could not read this row, when it was sent exactly so. */
  rejection(row: RowTexts): string | undefined {
    const known = this.rejected.get(row.orderId);
    return known !== undefined && known.signature === signature(row) ? known.reason : undefined;
  }

  /** Everything goes again on the next read (the seller asked to read the page anew); what is stored stays so. */
  clear(): void {
    this.sent.clear();
    this.rejected.clear();
  }

  /** After a failed send the rows must go again on the next read. */
  forget(rows: readonly RowTexts[]): void {
    for (const r of rows) this.sent.delete(r.orderId);
  }
}

/**
 * Rows kept from an earlier read are the same objects (lib/extract/incremental): each is
 * serialised once, not on every read after a row is added.
 */
const signatures = new WeakMap<RowTexts, string>();

function signature(row: RowTexts): string {
  let s = signatures.get(row);
  if (s === undefined) {
    s = JSON.stringify([row.cells, row.items]);
    signatures.set(row, s);
  }
  return s;
}
