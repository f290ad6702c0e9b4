/**
 * Header words of the third held-out set's consoles (test/corpus/render/heldout3.mjs) name their
 * meaning in lib/extract/keys.ts and keys-world.ts; the second dates those lists carry (Date Modified, Updated at) and
 * their decoy columns name none of the order's own meanings.
 */
import { describe, expect, it } from 'vitest';
import { type CellKey } from '../../lib/extract/keys';
import { worldHeaderLookup } from '../../lib/extract/keys-world';

const lookup = worldHeaderLookup();

describe('headerLookup: the third held-out set', () => {
  it.each<[string, CellKey]>([
    ['Mã đơn hàng', 'orderId'],
    ['ID zamówienia', 'orderId'],
    ['주문번호', 'orderId'],
    ['受注番号', 'orderId'],
    ['Created time', 'placedAt'],
    ['Created on', 'placedAt'],
    ['Date Added', 'placedAt'],
    ['Placed at', 'placedAt'],
    ['Ngày đặt hàng', 'placedAt'],
    ['Data zakupu', 'placedAt'],
    ['주문일시', 'placedAt'],
    ['注文日時', 'placedAt'],
    ['买家会员名', 'buyer'],
    ['Kupujący', 'buyer'],
    ['Total Amount', 'paid'],
    ['Order amount', 'paid'],
    ['订单实付', 'paid'],
    ['Tổng tiền', 'paid'],
    ['Kwota', 'paid'],
    ['결제금액', 'paid'],
    ['合計金額', 'paid'],
    ['Trạng thái', 'status'],
    ['주문상태', 'status'],
    ['受注ステータス', 'status'],
    ['Mã vận đơn', 'trackingNo'],
    ['Numer przesyłki', 'trackingNo'],
    ['운송장번호', 'trackingNo'],
    ['お荷物伝票番号', 'trackingNo'],
  ])('%s → %s', (header, key) => {
    expect(lookup(header)).toBe(key);
  });

  it.each(['Date Modified', 'Updated at', 'Package ID', 'SKU ID', 'Buyer ID', 'Login kupującego', 'Payment status'])(
    '%s names none of the order number, time placed or total',
    (header) => {
      expect(['orderId', 'placedAt', 'paid']).not.toContain(lookup(header));
    },
  );
});
