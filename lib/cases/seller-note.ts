/** Cases a seller opened by writing a note on an order no detector flagged. */
export const SELLER_NOTE = 'seller-note';
