// Shared by the held-out page modules: one cell's text lines from a held-out order (../../heldout.mjs),
// by the column's kind; each module wraps them in its library's own components.
import { P } from './common.js';

export const COLUMNS = P.options.columns;
export const TONE = {
  awaiting_payment: 'warning', awaiting_shipment: 'processing', shipped: 'info', delivered: 'success', completed: 'success',
  cancelled: 'default', refund_requested: 'error', refunded: 'default', return_requested: 'error', returned: 'default', disputed: 'error',
};

export function lines(o, kind) {
  switch (kind) {
    case 'id': return [o.orderId];
    case 'placed': return [o.dateText];
    case 'total': return [o.totalText];
    case 'status': return [o.statusText];
    case 'buyer': return [o.buyer];
    case 'buyerPhone': return [o.buyer, o.phone];
    case 'items': return o.items.map((it) => `${it.name} ×${it.qty}`);
    case 'skus': return o.items.map((it) => it.sku);
    case 'tracking': return [o.tracking || '—'];
    case 'pkg': return [o.pkg || '—'];
    case 'invoice': return [o.invoice || '—'];
    case 'refund': return [o.refundText];
    case 'shipping': return [o.shippingText];
    case 'updated': return [o.updatedText || '—'];
    case 'phone': return [o.phone];
    case 'customerId': return [o.customerId];
    case 'totalBase': return [o.totalText];
    default: throw new Error('column kind ' + kind);
  }
}
