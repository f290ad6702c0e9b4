/**
 * The seventh held-out set's consoles (test/corpus/render/heldout7.mjs): their header words name their meaning in
 * lib/extract/keys-world.ts, and NAVER's product-order number is never taken for the order's.
 */
import { describe, expect, it } from 'vitest';
import { type CellKey } from '../../lib/extract/keys';
import { worldHeaderLookup } from '../../lib/extract/keys-world';

const lookup = worldHeaderLookup();

describe('headerLookup: the seventh held-out set', () => {
  it.each<[string, CellKey]>([
    ['注文ID', 'orderId'],
    ['訂單號碼', 'orderId'],
    ['訂單編號', 'orderId'],
    ['Data zamówienia', 'placedAt'],
    ['訂單日期', 'placedAt'],
    ['購入者', 'buyer'],
    ['顧客', 'buyer'],
    ['구매자명', 'buyer'],
    ['수취인', 'buyer'],
    ['Klient', 'buyer'],
    ['合計', 'paid'],
    ['총 주문금액', 'paid'],
    ['Wartość', 'paid'],
    ['ステータス', 'status'],
    ['対応状況', 'status'],
    ['送貨狀態', 'status'],
    ['訂單狀態', 'status'],
    ['追跡番号', 'trackingNo'],
    ['配送伝票番号', 'trackingNo'],
    ['송장번호', 'trackingNo'],
    ['追蹤編號', 'trackingNo'],
    // Known before this set, and read the same on its pages.
    ['주문번호', 'orderId'],
    ['注文番号', 'orderId'],
    ['주문일시', 'placedAt'],
    ['주문상태', 'status'],
  ])('%s → %s', (header, key) => {
    expect(lookup(header)).toBe(key);
  });

  it.each(['상품주문번호', '상품번호', '商品ID', '包裹号'])('names no meaning for %s', (header) => {
    expect(lookup(header)).toBeUndefined();
  });
});
