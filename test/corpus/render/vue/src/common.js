// Shared by the page sources (runs in the browser): reads the page payload the render
// script injected and turns one cell into text lines; each library wraps them in its own
// components.
export const P = window.__PAGE__;

export function cellLines(row, col) {
  const zh = P.lang === 'zh-CN';
  const de = P.lang === 'de';
  switch (col.kind) {
    case 'id': return [row.idText];
    case 'order': return [(col.idLabel ?? (zh ? '订单号：' : 'Order ')) + row.idText, (col.dateLabel ?? (zh ? '下单时间：' : '')) + row.placedText];
    case 'placed': return [row.placedText];
    case 'paid': return [row.paidText];
    case 'buyer': return col.withPhone ? [row.buyer, row.phone] : [row.buyer];
    case 'receiver': return [row.receiver, row.phone];
    case 'items': return row.items.flatMap((it) => [it.name, (zh ? '货号 ' : 'SKU: ') + it.sku + '  ×' + it.qty]);
    case 'itemnames': return row.items.map((it) => it.name + (it.qty > 1 ? ' ×' + it.qty : ''));
    case 'item': return [row.item.name, (zh ? '货号 ' : 'SKU: ') + row.item.sku];
    case 'price': return [row.item.priceText];
    case 'iqty': return [String(row.item.qty)];
    case 'qty': return [String(row.qty)];
    case 'total': return [row.totalText];
    case 'totalShip': return [row.totalText, (zh ? '(含运费 ' : de ? '(inkl. Versand ' : '(incl. shipping ') + row.shippingText + ')'];
    case 'goods': return [row.goodsText];
    case 'status': return [row.statusText];
    case 'aftersale': return [row.afterSale];
    case 'tracking': return row.tracking ? [row.carrier, row.tracking] : ['—'];
    case 'salesRecord': return [row.salesRecord];
    case 'shop': return [P.shopName];
    case 'actions': return col.actions;
    default: return [String(row[col.kind] ?? '')];
  }
}

// rows for the table: span mode flattens orders into one row per item
export function tableRows() {
  if (P.flags.empty) return [];
  if (P.flags.span) {
    return P.rows.flatMap((o) => o.items.map((item, i) => ({ ...o, key: o.key + '-' + i, item, itemIndex: i, itemCount: o.items.length })));
  }
  if (P.flags.tree) {
    return P.rows.map((o) => ({ ...o, children: o.items.length > 1 || o.tracking ? o.items.map((it, i) => ({
      key: o.key + '-c' + i, idText: it.subId, orderId: it.subId, placedText: o.placedText, paidText: o.paidText,
      buyer: o.buyer, receiver: o.receiver, phone: o.phone, items: [it], qty: it.qty, totalText: it.lineText,
      goodsText: it.lineText, shippingText: '', statusText: o.statusText, statusType: o.statusType,
      carrier: o.carrier, tracking: i === 0 ? o.tracking : null, afterSale: o.afterSale, salesRecord: o.salesRecord, isChild: true,
    })) : undefined }));
  }
  return P.rows;
}

export function spanFor(row, col) {
  if (!P.flags.span || !col.perOrder) return null;
  return row.itemIndex === 0 ? { rowspan: row.itemCount, colspan: 1 } : { rowspan: 0, colspan: 0 };
}

export function summaryValues(cols) {
  return cols.map((c, i) => (i === 0 ? P.summaryLabel : P.summary && P.summary[c.key] != null ? P.summary[c.key] : ''));
}
