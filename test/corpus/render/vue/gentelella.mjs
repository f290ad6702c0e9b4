// Gentelella v4 (an MIT admin template on the npm registry) ships a built shop admin in
// dist/production/: an Orders page whose table is filled from its own SEED array, and a
// dashboard with a static "Recent Orders" card. Expectations are read from its own data.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoMinute, zonedToMs } from './data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'node_modules/gentelella');
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
// Paid orders are not yet fulfilled in its order detail page ("Mark fulfilled", Shipped: Pending);
// the Orders page counts Pending as "awaiting payment".
const STATUS = { paid: 'awaiting_shipment', processing: 'awaiting_shipment', pending: 'awaiting_payment', cancelled: 'cancelled' };

function order(id, total, status, y, mon, d, tz, decoys) {
  const ms = zonedToMs(y, MON[mon], d, 0, 0, 0, tz);
  return { idText: id, decoys, expected: { orderId: id, total, currency: 'USD', placedAt: isoMinute(ms, tz), status: STATUS[status] } };
}

export function ordersPage(tz) {
  const src = readFileSync(join(ROOT, 'production/orders.html'), 'utf8');
  const re = /id:'(#\d+)'.*?total:\s*(\d+),\s*status:'(\w+)',\s*payment:'([^']*)',\s*createdAt:'(\w+) (\d+), (\d+)'/g;
  const out = [];
  for (const m of src.matchAll(re)) {
    const last4 = (m[4].match(/(\d{4})$/) || [])[1];
    out.push(order(m[1], Number(m[2]), m[3], Number(m[7]), m[5], Number(m[6]), tz, last4 ? [last4] : []));
  }
  return out;
}

export function dashboard(tz, year) {
  const src = readFileSync(join(ROOT, 'dist/production/index.html'), 'utf8');
  const table = src.slice(src.indexOf('Recent Orders'));
  const body = table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
  const out = [];
  for (const tr of body.split('<tr').slice(1)) {
    const cells = [...tr.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').trim());
    const [id, , , amount, status, date] = cells;
    const [mon, d] = date.split(' ');
    out.push(order(id, Number(amount.replace(/[$,]/g, '')), status.toLowerCase(), year, mon, Number(d), tz, []));
  }
  return out;
}
