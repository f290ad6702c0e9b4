import type { CellKey } from '../../extract/keys';
import type { Bilingual, Marketplace, OrderStatus } from '../../schema';

/** What a report column can mean: the page reader's cell meanings plus a few only reports carry. */
/** `reason`: the refund, return, cancel or dispute reason as the report writes it (classified on import). */
export type ImportKey = CellKey | 'currency' | 'shippedAt' | 'deliveredAt' | 'refunded' | 'cancelledAt' | 'reason';

/** What the file shows about an order when it has no status column. */
export interface StatusFacts {
  paidAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  cancelledAt?: number;
  refunded?: number;
  paid: number;
  /** The file has a payment time column (an empty one then means unpaid). */
  hasPaidAtColumn: boolean;
}

/**
 * One kind of order report a console exports. Declarative: which headers identify it, which
 * columns mean what (in priority order; the first non-empty one wins), its currency, zone and
 * status words. Columns not named here are mapped with the page reader's synonyms.
 */
export interface ImportFormat {
  readonly id: string;
  readonly label: Bilingual;
  readonly marketplace: Marketplace | ((fileName: string) => Marketplace);
  /** Headers (any spelling normalizeHeader folds together) that all must be present. */
  readonly required: readonly string[];
  readonly columns: Partial<Record<ImportKey, readonly string[]>>;
  /** Default currency when neither the cell nor a currency column names one. */
  readonly currency: string;
  /** IANA zone the report writes wall times in. */
  readonly timeZone: string;
  readonly dateOrder?: 'MDY' | 'DMY';
  readonly statusVocabulary?: Readonly<Record<string, OrderStatus>>;
  /** One row per item line, each with its own amount: the order's amount is their sum. */
  readonly paidPerRow?: boolean;
  /**
   * A column with the order's total (总金额): where the paid column plus the refund make exactly
   * that total, the paid column was net of the refund (the Tmall report, on every paid row), and
   * the order keeps what the buyer paid before the refund.
   */
  readonly grossTotalColumn?: string;
  /** Status from the other columns when the report has no status column. */
  readonly deriveStatus?: (facts: StatusFacts) => { status: OrderStatus; statusRaw: string };
  /** Summary lines after the orders ("4 record(s) downloaded"): not orders, not errors. */
  readonly isFooter?: (cells: readonly string[]) => boolean;
}
