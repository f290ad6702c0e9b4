/**
 * The status words and money of the fifth held-out set's consoles (Mercado Livre/Libre, Shopee Thailand,
 * Tokopedia, Arabic store admins, bol.com), read as a seller reads them; the negations that hold them
 * ("not shipped"); and the words those consoles use two ways, left unknown
 * (test/corpus/render/heldout5.mjs has the sources).
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseMoney, parseStatus } from '../../lib/normalize';

describe('parseStatus: the fifth held-out set', () => {
  it.each<[string, OrderStatus]>([
    ['Aguardando pagamento', 'awaiting_payment'],
    ['Pronto para envio', 'awaiting_shipment'],
    ['Pronta para envio', 'awaiting_shipment'],
    ['Enviado', 'shipped'],
    ['A caminho', 'shipped'],
    ['Entregue', 'delivered'],
    ['Cancelado', 'cancelled'],
    ['Lista para enviar', 'awaiting_shipment'],
    ['Listo para enviar', 'awaiting_shipment'],
    ['Enviada', 'shipped'],
    ['En camino', 'shipped'],
    ['Entregada', 'delivered'],
    ['Entregado', 'delivered'],
    ['Cancelada', 'cancelled'],
    ['รอชำระเงิน', 'awaiting_payment'],
    ['ที่ต้องจัดส่ง', 'awaiting_shipment'],
    ['รอการจัดส่ง', 'awaiting_shipment'],
    ['กำลังจัดส่ง', 'shipped'],
    ['จัดส่งสำเร็จ', 'delivered'],
    ['สำเร็จแล้ว', 'completed'],
    ['ยกเลิกแล้ว', 'cancelled'],
    ['Belum Bayar', 'awaiting_payment'],
    ['Menunggu Pembayaran', 'awaiting_payment'],
    ['Perlu Dikirim', 'awaiting_shipment'],
    ['Siap Dikirim', 'awaiting_shipment'],
    ['Dalam Pengiriman', 'shipped'],
    ['Sedang Dikirim', 'shipped'],
    ['Pesanan Selesai', 'completed'],
    ['Selesai', 'completed'],
    ['Dibatalkan', 'cancelled'],
    ['قيد المعالجة', 'awaiting_shipment'],
    ['قيد المعالجه', 'awaiting_shipment'],
    ['تم الشحن', 'shipped'],
    ['تم التوصيل', 'delivered'],
    ['ملغي', 'cancelled'],
    ['ملغى', 'cancelled'],
    ['تم الإلغاء', 'cancelled'],
    ['Verzonden', 'shipped'],
    ['Afgeleverd', 'delivered'],
    ['Bezorgd', 'delivered'],
    ['Geannuleerd', 'cancelled'],
    // Polaris's hidden tone word before the badge's text, in Dutch.
    ['Info Verzonden', 'shipped'],
    ['Geslaagd Afgeleverd', 'delivered'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it('reads "not shipped" and "not delivered" as what they say, not as the word inside them', () => {
    expect(parseStatus('Não enviado')).toEqual({ status: 'awaiting_shipment', known: true });
    expect(parseStatus('No enviado')).toEqual({ status: 'awaiting_shipment', known: true });
    expect(parseStatus('Niet verzonden')).toEqual({ status: 'awaiting_shipment', known: true });
    expect(parseStatus('لم يتم الشحن')).toEqual({ status: 'awaiting_shipment', known: true });
    expect(parseStatus('لم يتم التوصيل')).toEqual({ status: 'shipped', known: true });
  });

  it('leaves the words those consoles use two ways unknown', () => {
    // Pesanan Baru and Openstaand: paid and to ship on one console, unpaid on another; قيد الانتظار: waiting for payment or
    // for handling; مكتمل lies inside غير مكتمل (incomplete); Pago: paid to ship or paid out; ยกเลิก inside ขอยกเลิก (cancel asked).
    for (const text of ['Pesanan Baru', 'Openstaand', 'Waarschuwing Openstaand', 'قيد الانتظار', 'مكتمل', 'غير مكتمل', 'Pago', 'ขอยกเลิก']) {
      expect(parseStatus(text), text).toEqual({ status: 'unknown', known: false });
    }
  });
});

describe('parseMoney: the fifth held-out set', () => {
  it('reads Tokopedia\'s rupiah run into its digits and Shopee Thailand\'s baht', () => {
    expect(parseMoney('Rp1.234.567')).toEqual({ ok: true, value: { amount: 1234567, currency: 'IDR' } });
    expect(parseMoney('Rp18.000')).toEqual({ ok: true, value: { amount: 18000, currency: 'IDR' } });
    expect(parseMoney('฿1,234.00')).toEqual({ ok: true, value: { amount: 1234, currency: 'THB' } });
  });

  it('reads the Arabic riyal, dirham and pound signs, and Arabic-Indic digits with their separators', () => {
    expect(parseMoney('1,234.56 ر.س')).toEqual({ ok: true, value: { amount: 1234.56, currency: 'SAR' } });
    expect(parseMoney('SAR 1,234.56')).toEqual({ ok: true, value: { amount: 1234.56, currency: 'SAR' } });
    expect(parseMoney('250.00 د.إ')).toEqual({ ok: true, value: { amount: 250, currency: 'AED' } });
    expect(parseMoney('\u200f١٢٬٦٠٤٫٣٣ ج.م.\u200f')).toEqual({ ok: true, value: { amount: 12604.33, currency: 'EGP' } });
    expect(parseMoney('EGP 99.50')).toEqual({ ok: true, value: { amount: 99.5, currency: 'EGP' } });
    expect(parseMoney('١٢٣٫٤٥', { currency: 'EGP' })).toEqual({ ok: true, value: { amount: 123.45, currency: 'EGP' } });
  });

  it('reads Mercado Livre\'s reais and a peso amount whose code sits in the next cell as the console\'s own', () => {
    expect(parseMoney('R$ 1.234,56')).toEqual({ ok: true, value: { amount: 1234.56, currency: 'BRL' } });
    expect(parseMoney('$ 1,234.56', { currency: 'MXN' })).toEqual({ ok: true, value: { amount: 1234.56, currency: 'MXN' } });
  });
});
