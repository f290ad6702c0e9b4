/**
 * The states, amounts and times of the twelfth held-out set's consoles (test/corpus/render/heldout12.mjs has the
 * sources): Amazon Japan and Germany, Wildberries' assembly tasks, Kaspi.kz, Shopee Taiwan and Yahoo!ショッピング,
 * read as their sellers read them.
 */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { parseDateTime, parseMoney, parseStatus } from '../../lib/normalize';

describe('parseStatus: the twelfth held-out set', () => {
  it.each<[string, OrderStatus]>([
    ['未出荷', 'awaiting_shipment'],
    ['出荷済み', 'shipped'],
    ['キャンセル済み', 'cancelled'],
    ['Nicht versendet', 'awaiting_shipment'],
    ['NICHT VERSENDET', 'awaiting_shipment'],
    ['Noch nicht versandt', 'awaiting_shipment'],
    ['Versendet', 'shipped'],
    ['Storniert', 'cancelled'],
    ['На сборке', 'awaiting_shipment'],
    ['В доставке', 'shipped'],
    ['Передано в доставку', 'shipped'],
    ['Отменено продавцом', 'cancelled'],
    ['Принят', 'awaiting_shipment'],
    ['Завершён', 'completed'],
    ['Завершен', 'completed'],
    ['Отменён', 'cancelled'],
    ['Возвращён', 'returned'],
    ['待出貨', 'awaiting_shipment'],
    ['運送中', 'shipped'],
    ['待出货', 'awaiting_shipment'],
    ['运送中', 'shipped'],
    ['処理中', 'awaiting_shipment'],
    ['完了', 'completed'],
    ['キャンセル', 'cancelled'],
    ['出荷待ち', 'awaiting_shipment'],
    // the words before a state that say it has not happened, in German and Dutch as in Russian and Polish
    ['nicht zugestellt', 'unknown'],
    ['niet geleverd', 'unknown'],
    // compounds ending in 完了 or 処理中 are the refund, return or parcel they name, not a finished order
    ['返金完了', 'refunded'],
    ['返金処理中', 'refund_requested'],
    ['返品完了', 'returned'],
    ['出荷完了', 'shipped'],
    ['配送完了', 'delivered'],
    // 完了 only as a word of its own: a compound names what was completed
    ['完了 詳細', 'completed'],
    ['取消完了', 'unknown'],
    ['登録完了', 'unknown'],
    // earlier words unchanged beside them
    ['発送完了', 'shipped'],
    ['取引完了', 'completed'],
    ['Принят, ожидается оплата', 'awaiting_payment'],
    ['Возврат принят', 'return_requested'],
    ['не принят', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });

  it.each<[string, OrderStatus]>([
    ['In attesa di pagamento', 'awaiting_payment'],
    ['Non Pagato', 'awaiting_payment'],
    ['Pagato', 'awaiting_shipment'],
    ['In lavorazione', 'awaiting_shipment'],
    ['Spedito', 'shipped'],
    ['Consegnato', 'delivered'],
    ['Completata', 'completed'],
    ['Annullato', 'cancelled'],
    ['Cancellato', 'cancelled'],
    ['Rimborsato', 'refunded'],
    ['Obetald', 'awaiting_payment'],
    ['Betald', 'awaiting_shipment'],
    ['Behandlas', 'awaiting_shipment'],
    ['Skickad', 'shipped'],
    ['Levererad', 'delivered'],
    ['Avbruten', 'cancelled'],
    ['Очікує оплати', 'awaiting_payment'],
    ['В обробці', 'awaiting_shipment'],
    ['Відправлено', 'shipped'],
    ['Не відправлено', 'unknown'],
    ['Виконано', 'completed'],
    ['Скасовано', 'cancelled'],
    ['Повернено', 'returned'],
    ['Čeká na platbu', 'awaiting_payment'],
    ['Zaplaceno', 'awaiting_shipment'],
    ['Zrušeno', 'cancelled'],
    ['Refundováno', 'refunded'],
    ['Feldolgozás alatt', 'awaiting_shipment'],
    ['Kézbesítve', 'delivered'],
    ['Teljesítve', 'completed'],
    ['Törölve', 'cancelled'],
  ])('shop admins in Italian, Swedish, Ukrainian, Czech, Hungarian: %s → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });

  it.each<[string, OrderStatus]>([
    ['入金待ち', 'awaiting_payment'],
    ['入金済', 'awaiting_shipment'],
    ['発送準備中', 'awaiting_shipment'],
    ['製作中', 'awaiting_shipment'],
    ['Neplătită', 'awaiting_payment'],
    ['În procesare', 'awaiting_shipment'],
    ['Pregătită pentru curier', 'awaiting_shipment'],
    ['Expediată', 'shipped'],
    ['Livrată', 'delivered'],
    ['Finalizată', 'completed'],
    ['Anulată', 'cancelled'],
    ['Retur solicitat', 'return_requested'],
    ['Returnată', 'returned'],
    ['Rambursată parțial', 'refunded'],
    ['Σε επεξεργασία', 'awaiting_shipment'],
    ['Απεστάλη', 'shipped'],
    ['Παραδόθηκε', 'delivered'],
    ['Ολοκληρώθηκε', 'completed'],
    ['Ακυρώθηκε', 'cancelled'],
    ['Afsendt', 'shipped'],
    ['Leveret', 'delivered'],
    ['Annulleret', 'cancelled'],
    ['Refunderet', 'refunded'],
    ['ממתין לתשלום', 'awaiting_payment'],
    // a word for "not" before a state denies it
    ['Δεν απεστάλη', 'unknown'],
    ['Ikke afsendt', 'unknown'],
    ['Ej skickad', 'unknown'],
    ['Non spedito', 'unknown'],
    ['Tidak dikirim', 'unknown'],
    ['Non Pagato', 'awaiting_payment'],
    ['Belum bayar', 'awaiting_payment'],
  ])('shop admins in Japanese, Romanian, Greek, Danish, Hebrew: %s → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });

  it.each<[string, OrderStatus]>([
    ['Zpracovává se', 'awaiting_shipment'],
    ['Dokončeno', 'completed'],
    ['Odesláno', 'shipped'],
    ['Doručeno', 'delivered'],
    ['Vráceno', 'refunded'],
    ['Selhalo', 'cancelled'],
  ])('WooCommerce in Czech: %s → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });

  it.each(['Kiszállítva', 'Függőben', 'Нове', '入金確認', 'Afventer', 'שולם'])('%s stays unknown: admins in its language read it two ways', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });

  it.each(['保留中', 'Ausstehend', 'Одобрен', 'Выдан', '新規注文', '保留', 'Новое'])('%s stays unknown: a seller reads it two ways', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });
});

describe('parseMoney: the tenge after a space-grouped whole amount (Kaspi.kz)', () => {
  it.each<[string, number]>([
    ['12 345 ₸', 12345],
    ['189 990 ₸', 189990],
    ['4 900 ₸', 4900],
    ['12\u00a0345\u00a0₸', 12345],
    ['12 345 тг', 12345],
    ['KZT 12 345', 12345],
    ['₸12 345', 12345],
  ])('%s → %d KZT', (text, amount) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: { amount, currency: 'KZT' } });
  });
});

describe('parseDateTime: a Chinese or Japanese time label before the time, without a colon', () => {
  const at = (text: string, timeZone: string): string | undefined => {
    const r = parseDateTime(text, { timeZone, now: Date.UTC(2026, 11, 7, 15, 0) });
    return r.ok ? new Date(r.value).toISOString() : undefined;
  };
  it.each<[string, string, string]>([
    ['訂單成立時間 2026/12/07 21:47', 'Asia/Taipei', '2026-12-07T13:47:00.000Z'],
    ['成立時間 2026/12/07 21:47', 'Asia/Taipei', '2026-12-07T13:47:00.000Z'],
    ['下单时间 2026-12-07 21:47:05', 'Asia/Shanghai', '2026-12-07T13:47:05.000Z'],
    ['注文日時 2026/12/07 14:03:22', 'Asia/Tokyo', '2026-12-07T05:03:22.000Z'],
    ['訂單日期 2026/12/07 21:47', 'Asia/Taipei', '2026-12-07T13:47:00.000Z'],
    // the set's own printed times, unchanged
    ['2026/12/07 7:03 JST', 'Asia/Tokyo', '2026-12-06T22:03:00.000Z'],
    ['07.12.2026 14:03 MEZ', 'Europe/Berlin', '2026-12-07T13:03:00.000Z'],
    ['07.12.2026 14:03', 'Europe/Moscow', '2026-12-07T11:03:00.000Z'],
  ])('%s (%s) → %s', (text, zone, iso) => {
    expect(at(text, zone)).toBe(iso);
  });

  it('a label that names no time (期限, a deadline) is no time label: the text is no order time', () => {
    expect(at('発送期限 2026/12/09', 'Asia/Tokyo')).toBeUndefined();
  });
});
