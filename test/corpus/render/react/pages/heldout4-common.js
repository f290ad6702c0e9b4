// Shared by the fourth held-out set's page modules: one cell's text lines from a held-out order
// (../../heldout4.mjs), by the column's kind; each module wraps them in its library's own markup.
import { P } from './common.js';

export const COLUMNS = P.options.columns || [];
export const TONE = {
  awaiting_payment: 'warning', awaiting_shipment: 'info', shipped: 'primary', delivered: 'success', completed: 'success',
  cancelled: 'secondary', return_requested: 'danger', returned: 'secondary',
};

export function lines4(o, kind) {
  switch (kind) {
    case 'id': return [o.orderId];
    case 'placed': return [o.dateText];
    case 'total': return [o.totalText];
    case 'status': return [o.statusText];
    case 'buyer': return [o.buyer];
    case 'buyerPhone': return [o.buyer, o.phone];
    case 'phone': return [o.phone];
    case 'items': return o.items.map((it) => `${it.name} ×${it.qty}`);
    case 'skus': return o.items.map((it) => it.sku);
    case 'asins': return o.items.map((it) => it.asin);
    case 'fsns': return o.items.map((it) => it.fsn);
    case 'subIds': return o.items.map((it) => it.subId);
    case 'tracking': return [o.tracking || '—'];
    case 'pkg': return [o.pkg || '—'];
    case 'shipping': return [o.shippingText];
    default: throw new Error('column kind ' + kind);
  }
}

/** A column's label from the page's options (the console's own word). */
export const label = (kind) => (P.options.labels || {})[kind];
