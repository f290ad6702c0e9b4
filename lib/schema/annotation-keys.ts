/**
 * What a review, message or order page can show of an order it names by number only (lib/adapters/pages),
 * owned by the schema and free of zod, so those pages' content scripts carry no schema code.
 */
export const ANNOTATION_KEYS = [
  'rating', 'review', 'reviewedAt', 'buyerMessage', 'buyerMessageAt', 'sellerReplyAt', 'stockShort',
  // An order's own page's payment summary: its rows as shown, and any charge the amount check does not count.
  'subtotal', 'discount', 'shipping', 'tax', 'total', 'otherCharges',
] as const;
export type AnnotationKey = (typeof ANNOTATION_KEYS)[number];

/** The longest text an entry sends for one field. */
export const ANNOTATION_TEXT_MAX = 4_000;

/** The most entries one read sends. */
export const ANNOTATION_ROWS_MAX = 2_000;

/** One entry as a page's script sends it (the schema's AnnotationRow checks it on arrival). */
export interface AnnotationEntry {
  /** 1-based position of the entry on the page. */
  position: number;
  orderId: string;
  texts: Partial<Record<AnnotationKey, string>>;
}
