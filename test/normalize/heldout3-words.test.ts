/**
 * The status words and money signs of the third held-out set's consoles (TikTok Shop, Vendure, Ecwid,
 * Shopee and Lazada in Vietnamese, Allegro and Polish admins, Coupang, Rakuten; Lazada's RM and ₱,
 * Shopee's ₫, Coupang's 원), read as a seller reads them, and the words left unknown on purpose
 * because consoles disagree on them (test/corpus/render/heldout3.mjs has the sources).
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseMoney, parseStatus } from '../../lib/normalize';

describe('parseStatus: the third held-out set', () => {
  it.each<[string, OrderStatus]>([
    ['Awaiting collection', 'awaiting_shipment'],
    ['Arranging payment', 'awaiting_payment'],
    ['Payment settled', 'awaiting_shipment'],
    ['Will not deliver', 'cancelled'],
    ['Chưa thanh toán', 'awaiting_payment'],
    ['Chờ lấy hàng', 'awaiting_shipment'],
    ['Đang giao', 'shipped'],
    ['Đang vận chuyển', 'shipped'],
    ['Đã giao', 'delivered'],
    ['Giao hàng thành công', 'delivered'],
    ['Đã hoàn thành', 'completed'],
    ['Đã hủy', 'cancelled'],
    ['Trả hàng/Hoàn tiền', 'return_requested'],
    ['Trả hàng thành công', 'returned'],
    ['Oczekuje na płatność', 'awaiting_payment'],
    ['Opłacone', 'awaiting_shipment'],
    ['W realizacji', 'awaiting_shipment'],
    ['Do wysłania', 'awaiting_shipment'],
    ['Wysłane', 'shipped'],
    ['Dostarczone', 'delivered'],
    ['Odebrane', 'delivered'],
    ['Anulowane', 'cancelled'],
    ['결제대기', 'awaiting_payment'],
    ['결제완료', 'awaiting_shipment'],
    ['상품준비중', 'awaiting_shipment'],
    ['배송지시', 'awaiting_shipment'],
    ['배송중', 'shipped'],
    ['배송완료', 'delivered'],
    ['취소완료', 'cancelled'],
    ['楽天処理中', 'awaiting_shipment'],
    ['発送待ち', 'awaiting_shipment'],
    ['発送済', 'shipped'],
    ['キャンセル確定', 'cancelled'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it('keeps a request still open beside the fulfilment state: Đã giao with Trả hàng/Hoàn tiền is a return to answer', () => {
    expect(parseStatus('Đã giao · Trả hàng/Hoàn tiền').status).toBe('return_requested');
  });

  it('does not take Đang giao (on its way) for Đã giao (delivered), nor 배송준비중 (preparing) for 배송중 (shipping)', () => {
    expect(parseStatus('Đang giao').status).toBe('shipped');
    expect(parseStatus('배송준비중').status).toBe('awaiting_shipment');
  });

  // Ambiguous across consoles, so unknown rather than guessed: Allegro lists a Nowe order once paid, other Polish
  // admins before payment; Shopee's Chờ xác nhận is paid or cash on delivery; Rakuten's 注文確認待ち waits on the
  // shop and 支払手続き済 is its settlement after shipping (a paid order still to ship elsewhere); Zwrócone is a
  // refund in one Polish admin and a return in another.
  it.each(['Nowe', 'Chờ xác nhận', '注文確認待ち', '支払手続き済', 'Zwrócone', 'Ready for pickup'])('leaves %s unknown', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });
});

describe('parseStatus: WooCommerce in Spanish, Portuguese and French, PagSeguro', () => {
  it.each<[string, OrderStatus]>([
    ['Pago pendiente', 'awaiting_payment'],
    ['Pendiente de pago', 'awaiting_payment'],
    ['Procesando', 'awaiting_shipment'],
    ['Completado', 'completed'],
    ['Cancelado', 'cancelled'],
    ['Cancelada', 'cancelled'],
    ['Reembolsado', 'refunded'],
    ['Fallido', 'cancelled'],
    ['Pagamento pendente', 'awaiting_payment'],
    ['Aguardando pagamento', 'awaiting_payment'],
    ['Processando', 'awaiting_shipment'],
    ['Em processamento', 'awaiting_shipment'],
    ['Concluído', 'completed'],
    ['Malsucedido', 'cancelled'],
    ['Entregue', 'delivered'],
    ['Em disputa', 'disputed'],
    ['Attente paiement', 'awaiting_payment'],
    ['En attente de paiement', 'awaiting_payment'],
    ['Terminée', 'completed'],
    ['Annulée', 'cancelled'],
    ['Remboursée', 'refunded'],
    ['Échouée', 'cancelled'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it.each(['En espera', 'Em espera', 'En attente', 'En cours'])('leaves %s unknown: waiting for payment on WooCommerce, for stock or the carrier elsewhere', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });
});

describe('parseMoney: the signs of the third held-out set', () => {
  it.each<[string, number, string]>([
    ['RM 1,234.56', 1234.56, 'MYR'],
    ['RM12.90', 12.9, 'MYR'],
    ['₱2,846.64', 2846.64, 'PHP'],
    ['₫408.000', 408000, 'VND'],
    ['₫1.234.000', 1234000, 'VND'],
    ['1.234.000đ', 1234000, 'VND'],
    ['1.234.000 ₫', 1234000, 'VND'],
    ['48,000원', 48000, 'KRW'],
    ['12,800 원', 12800, 'KRW'],
    ['1\u00a0234,56\u00a0zł', 1234.56, 'PLN'],
    ['22,092円', 22092, 'JPY'],
    ['￥128.00', 128, 'CNY'],
  ])('%s → %d %s on a console that names no currency', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: { amount, currency } });
  });

  it('still reads RMB as yuan, the longer sign first', () => {
    expect(parseMoney('RMB 88.00')).toEqual({ ok: true, value: { amount: 88, currency: 'CNY' } });
  });

  it('takes no RM inside a word for ringgit', () => {
    expect(parseMoney('Form 12', { currency: 'USD' })).toEqual({ ok: true, value: { amount: 12, currency: 'USD' } });
  });
});
