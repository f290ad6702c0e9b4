// @vitest-environment happy-dom
// A shop admin's own status words that the shared words leave unknown on purpose (a Polish shop's
// "Nowe", new, is an order to accept on one platform and one to ship on another): teach mode asks
// the seller what each means, and the taught site reads them so (lib/teach/adapter.ts, lib/content/teach.ts).
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { TaughtMapping } from '../../lib/schema';
import { parseStored, SITE_TABLES, SITES } from '../../lib/storage/stored';
import { TAUGHT_ADAPTER_ID, taughtParser } from '../../lib/teach/adapter';

const doc = new DOMParser().parseFromString(
  `<!doctype html><html lang="pl"><body><table data-view="orders"><thead><tr><th>Nr zamówienia</th><th>Data</th><th>Kwota</th><th>Status</th></tr></thead><tbody>` +
    `<tr><td>ZM-2041</td><td>2026-12-07 09:15</td><td>129,00 zł</td><td>Nowe</td></tr>` +
    `<tr><td>ZM-2040</td><td>2026-12-06 18:02</td><td>54,90 zł</td><td>Nowe</td></tr>` +
    `<tr><td>ZM-2039</td><td>2026-12-05 11:40</td><td>310,00 zł</td><td>Zrealizowane</td></tr>` +
    `</tbody></table></body></html>`,
  'text/html',
);

const mapping = (statusWords?: TaughtMapping['statusWords']): TaughtMapping => ({
  table: 'table[data-view="orders"]',
  columns: [
    { header: 'Nr zamówienia', key: 'orderId' },
    { header: 'Data', key: 'placedAt' },
    { header: 'Kwota', key: 'paid' },
    { header: 'Status', key: 'status' },
  ],
  currency: 'PLN',
  timeZone: 'Europe/Warsaw',
  dateOrder: 'DMY',
  path: '/admin/orders',
  ...(statusWords && { statusWords }),
});

const statuses = (m: TaughtMapping) => {
  const adapter = taughtParser({ origin: 'https://sklep.example', adapter: TAUGHT_ADAPTER_ID, mapping: m, grantedAt: 0 })!;
  return readOrders(adapter, doc, { url: 'https://sklep.example/admin/orders', now: Date.UTC(2026, 11, 7, 12, 0) }).rows.map((r) => [r.order.orderId, r.order.status]);
};

describe("a taught site's own status words", () => {
  it('are read as the seller said, before the shared words; untaught, they stay unknown', () => {
    expect(statuses(mapping())).toEqual([
      ['ZM-2041', 'unknown'],
      ['ZM-2040', 'unknown'],
      ['ZM-2039', 'unknown'],
    ]);
    expect(statuses(mapping([{ word: 'Nowe', status: 'awaiting_shipment' }, { word: 'Zrealizowane', status: 'completed' }]))).toEqual([
      ['ZM-2041', 'awaiting_shipment'],
      ['ZM-2040', 'awaiting_shipment'],
      ['ZM-2039', 'completed'],
    ]);
  });

  it('are kept trimmed, only with a state the extension knows, thirty at most', () => {
    expect(TaughtMapping.parse(mapping([{ word: '  Nowe ', status: 'awaiting_shipment' }])).statusWords).toEqual([{ word: 'Nowe', status: 'awaiting_shipment' }]);
    expect(TaughtMapping.safeParse(mapping([{ word: 'Nowe', status: 'new' as never }])).success).toBe(false);
    expect(TaughtMapping.safeParse(mapping([{ word: ' ', status: 'shipped' }])).success).toBe(false);
    const many = Array.from({ length: 31 }, (_, i) => ({ word: `Stan ${i}`, status: 'shipped' as const }));
    expect(TaughtMapping.safeParse(mapping(many)).success).toBe(false);
    expect(TaughtMapping.safeParse(mapping(many.slice(0, 30))).success).toBe(true);
  });

  it("are the background's: the sites' content script, reading texts only, reads the site without them", () => {
    const stored = [{ origin: 'https://sklep.example', adapter: TAUGHT_ADAPTER_ID, mapping: mapping([{ word: 'Nowe', status: 'awaiting_shipment' }]), grantedAt: 1 }];
    expect(parseStored(SITES, stored)[0]!.mapping!.statusWords).toEqual([{ word: 'Nowe', status: 'awaiting_shipment' }]);
    const { statusWords: _words, ...table } = mapping();
    expect(parseStored(SITE_TABLES, stored)).toEqual([{ origin: 'https://sklep.example', adapter: TAUGHT_ADAPTER_ID, mapping: table, grantedAt: 1 }]);
  });
});
