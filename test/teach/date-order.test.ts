// @vitest-environment happy-dom
// 07/12/2026 is the 7th of December in London and July 12th in New York. Teach mode proposes how a
// taught site writes its dates from the table's own dates (a day above 12 says so, or, early in a
// month, the reading that keeps the orders days apart rather than months), else from the
// page's language, and the seller can change it; a site taught before it was asked reads month
// first, as it did (lib/teach/propose.ts proposeDateOrder, lib/teach/adapter.ts).
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import type { TaughtMapping } from '../../lib/schema';
import { adapterFromSite, TAUGHT_ADAPTER_ID } from '../../lib/teach/adapter';
import { pickTable, proposeDateOrder, proposeMapping } from '../../lib/teach/propose';

const page = (dates: readonly string[]): Document =>
  new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><body><table data-view="orders"><thead><tr><th>Order</th><th>Date</th><th>Total</th><th>Status</th></tr></thead><tbody>` +
      dates.map((d, i) => `<tr><td>#10${i + 40}</td><td>${d}</td><td>£${20 + i}.50</td><td>Processing</td></tr>`).join('') +
      `</tbody></table></body></html>`,
    'text/html',
  );

describe('how a taught site writes its dates', () => {
  it('is day first when a date starts with a day above 12, month first when its second number is, else as the language writes', () => {
    expect(proposeDateOrder(['05/11/2026 09:15', '13/11/2026 10:02'], 'en')).toBe('DMY');
    expect(proposeDateOrder(['11/05/2026 9:15 AM', '11/13/2026 10:02 AM'], 'en-GB')).toBe('MDY');
    expect(proposeDateOrder(['05/11/2026'], 'en-GB')).toBe('DMY');
    expect(proposeDateOrder(['05/11/2026'], 'en-US')).toBe('MDY');
    expect(proposeDateOrder(['05-11-2026 14:03'], 'en')).toBe('MDY');
    expect(proposeDateOrder(['2026-11-20 09:15', '20.11.2026'], 'de')).toBe('DMY');
  });

  it('is proposed from the table: a UK shop whose page says only "en" reads 07/12/2026 as the 7th of December', () => {
    const doc = page(['07/12/2026 14:03', '28/11/2026 09:30', '03/12/2026 18:45']);
    const mapping: TaughtMapping = proposeMapping(pickTable(doc.querySelector('td')!)!, { path: '/admin/orders', timeZone: 'Europe/London', language: 'en' });
    expect(mapping.dateOrder).toBe('DMY');
    const adapter = adapterFromSite({ origin: 'https://shop.example', adapter: TAUGHT_ADAPTER_ID, mapping, grantedAt: 0 })!;
    const read = readOrders(adapter, doc, { url: 'https://shop.example/admin/orders', now: Date.UTC(2026, 11, 7, 18, 0) });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, r.order.placedAt])).toEqual([
      ['#1040', Date.UTC(2026, 11, 7, 14, 3)],
      ['#1041', Date.UTC(2026, 10, 28, 9, 30)],
      ['#1042', Date.UTC(2026, 11, 3, 18, 45)],
    ]);
  });

  it('early in a month, when no day is above 12, proposes the reading that keeps the orders within days of each other', () => {
    // A week of December day first; month first, half a year of orders all made on a 12th.
    expect(proposeDateOrder(['01/12/2026 09:10', '03/12/2026 14:03', '07/12/2026 18:45'], 'en')).toBe('DMY');
    // The same week written month first, on a page whose language would say day first.
    expect(proposeDateOrder(['12/01/2026 9:10 AM', '12/03/2026 2:03 PM', '12/07/2026 6:45 PM'], 'en-GB')).toBe('MDY');
    // A ship-by date to come is no reason against a reading: 5 and 10 December, not 12 May and 12 October.
    expect(proposeDateOrder(['05/12/2026 10:00', 'Ship by 10/12/2026'], 'en')).toBe('DMY');
    // Both readings a month apart, or one date alone: as the language writes them.
    expect(proposeDateOrder(['03/04/2026', '04/03/2026'], 'en')).toBe('MDY');
    expect(proposeDateOrder(['03/04/2026', '04/03/2026'], 'en-GB')).toBe('DMY');
    expect(proposeDateOrder(['07/12/2026', '07/12/2026 18:00'], 'en')).toBe('MDY');
  });

  it('is proposed from the table early in December: a UK shop whose page says only "en" reads its first week of orders', () => {
    const doc = page(['07/12/2026 14:03', '05/12/2026 09:30', '01/12/2026 18:45']);
    const mapping: TaughtMapping = proposeMapping(pickTable(doc.querySelector('td')!)!, { path: '/admin/orders', timeZone: 'Europe/London', language: 'en' });
    expect(mapping.dateOrder).toBe('DMY');
    const adapter = adapterFromSite({ origin: 'https://shop.example', adapter: TAUGHT_ADAPTER_ID, mapping, grantedAt: 0 })!;
    const read = readOrders(adapter, doc, { url: 'https://shop.example/admin/orders', now: Date.UTC(2026, 11, 7, 18, 0) });
    expect(read.rows.map((r) => r.order.placedAt)).toEqual([Date.UTC(2026, 11, 7, 14, 3), Date.UTC(2026, 11, 5, 9, 30), Date.UTC(2026, 11, 1, 18, 45)]);
  });

  it('reads month first on a site taught before the question was asked', () => {
    const doc = page(['07/12/2026 14:03']);
    const { dateOrder: _asked, ...before } = proposeMapping(pickTable(doc.querySelector('td')!)!, { path: '/admin/orders', timeZone: 'Europe/London', language: 'en-GB' });
    const adapter = adapterFromSite({ origin: 'https://shop.example', adapter: TAUGHT_ADAPTER_ID, mapping: before, grantedAt: 0 })!;
    const read = readOrders(adapter, doc, { url: 'https://shop.example/admin/orders', now: Date.UTC(2026, 11, 7, 18, 0) });
    expect(read.rows.map((r) => r.order.placedAt)).toEqual([Date.UTC(2026, 6, 12, 13, 3)]);
  });
});
