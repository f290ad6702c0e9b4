/**
 * `npm run eval -- [dir]`: replays the Olist orders in `dir` (default ../shared/data/olist)
 * through the detectors and checks them against the recorded timestamps. Prints a report,
 * writes eval-results.json, exits 1 on any disagreement in the exact checks or when more than
 * 1% of the orders that went well get a P1/P2 case (0.1%: a P1).
 * Bundled by esbuild before it runs (see package.json): Node cannot run TypeScript itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOlist, type OlistTables } from '../lib/eval/olist';
import { formatReport } from '../lib/eval/report';
import { replay } from '../lib/eval/replay';
import { failedLimits, score } from '../lib/eval/score';
import '../lib/zod-messages'; // skipped-row and refused-file reasons in zod's words, as the extension shows them
import { DEFAULT_SETTINGS } from '../lib/settings';

const dir = process.argv[2] ?? '../shared/data/olist';
const FILES = {
  orders: 'olist_orders_dataset.csv',
  items: 'olist_order_items_dataset.csv',
  payments: 'olist_order_payments_dataset.csv',
  reviews: 'olist_order_reviews_dataset.csv',
  customers: 'olist_customers_dataset.csv',
} as const;

const ordersPath = join(dir, FILES.orders);
if (!existsSync(ordersPath)) {
  console.error(`eval: ${ordersPath} not found (give the Olist directory: npm run eval -- <dir>)`);
  process.exit(2);
}
const read = (name: string): string | undefined => {
  const path = join(dir, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

const started = performance.now();
const tables: OlistTables = {
  orders: readFileSync(ordersPath, 'utf8'),
  ...Object.fromEntries(
    (['items', 'payments', 'reviews', 'customers'] as const).flatMap((key) => {
      const text = read(FILES[key]);
      return text === undefined ? [] : [[key, text]];
    }),
  ),
};
const { timelines, problems } = readOlist(tables);
const result = score(timelines, replay(timelines, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
const seconds = (performance.now() - started) / 1000;

process.stdout.write(formatReport(result, { dir, seconds, problems: problems.length }));
for (const p of problems.slice(0, 5)) console.log(`  unreadable: ${p.file} row ${p.row}${p.orderId === undefined ? '' : ` (${p.orderId})`}: ${p.reason}`);
writeFileSync('eval-results.json', `${JSON.stringify({ dir, seconds, problems, ...result }, null, 2)}\n`);
console.log('wrote eval-results.json');
// CI fails on a disagreement in an exact check and on alarms over too many orders that went well.
process.exit(failedLimits(result).length > 0 ? 1 : 0);
