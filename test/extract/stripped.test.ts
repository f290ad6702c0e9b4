// @vitest-environment happy-dom
// A console's markup changes every few weeks: hashed classes are renamed, A/B variants drop
// them. With every class attribute of its saved pages removed, each console's adapter finds
// nothing by its selectors, and the reader by meaning must read the same orders.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { readOrders } from '../../lib/extract';
import { findOrderList } from '../../lib/extract/meaning';
import type { Order } from '../../lib/schema';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const stripClasses = (doc: Document): Document => {
  for (const el of Array.from(doc.querySelectorAll('[class]'))) el.removeAttribute('class');
  return doc;
};

/** What a seller checks of an order: its number, total, currency, time and status. */
const essentials = (o: Order) => ({ orderId: o.orderId, paid: o.money.paid, currency: o.money.currency, placedAt: o.placedAt, status: o.status });

const pages = ADAPTERS.flatMap((adapter) =>
  readdirSync(`test/fixtures/${adapter.id}`)
    .filter((f) => !f.includes('empty') && !f.includes('blank'))
    .map((file) => ({ adapter, path: `test/fixtures/${adapter.id}/${file}` })),
);

describe('saved console pages with every class stripped', () => {
  it.each(pages)('$path reads the same orders by its structure', ({ adapter, path }) => {
    const html = readFileSync(path, 'utf8');
    const ctx = { url: 'https://console.example/orders', now: NOW };
    const asSaved = readOrders(adapter, load(html), ctx);
    const stripped = readOrders(adapter, stripClasses(load(html)), ctx);
    expect(asSaved.rows.length).toBeGreaterThan(0);
    expect(stripped.rows.map((r) => essentials(r.order))).toEqual(asSaved.rows.map((r) => essentials(r.order)));
  });
});

describe('the reader by meaning alone, on the same stripped pages', () => {
  it.each(pages)('$path: the same order numbers, with no console selector', ({ adapter, path }) => {
    const html = readFileSync(path, 'utf8');
    const ctx = { url: 'https://console.example/orders', now: NOW };
    const asSaved = readOrders(adapter, load(html), ctx);
    const found = findOrderList(stripClasses(load(html)));
    if (found.kind !== 'list') throw new Error(found.problem);
    const ids = found.list.orders.map((o) => o.given.orderId?.replace(/^#/, ''));
    const expected = [...asSaved.rows.map((r) => r.order.orderId), ...asSaved.skipped.map((s) => s.orderId)];
    expect(ids.filter((id) => id !== undefined).sort()).toEqual(expected.map((id) => id?.replace(/^#/, '')).sort());
  });
});
