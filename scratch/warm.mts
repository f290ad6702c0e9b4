import { readFileSync } from 'node:fs';
import { buildContext, evaluateTimeDriven } from '../lib/detectors';
import { DEFAULT_SETTINGS, type Settings } from '../lib/schema';
import { generateOrders } from '../bench/generate';
import { shapeFromOlist } from '../bench/shape';
const dir = '../shared/data/olist';
const shape = shapeFromOlist(dir, readFileSync(dir + '/olist_orders_dataset.csv', 'utf8'), readFileSync(dir + '/olist_order_items_dataset.csv', 'utf8'));
const now = Date.now();
const orders = generateOrders(100_000, shape, now, 5);
const gc = (globalThis as any).gc;
const without = (...ids: string[]): Settings => ({ ...DEFAULT_SETTINGS, detectors: Object.fromEntries(Object.entries(DEFAULT_SETTINGS.detectors).map(([k, v]) => [k, ids.includes(k) ? { ...v, enabled: false } : v])) as Settings['detectors'] });
const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const variants: Record<string, Settings> = { all: DEFAULT_SETTINGS, 'no repeat-refunder': without('repeat-refunder'), 'no msg/dispute': without('message-unanswered', 'dispute-open'), 'none of 3': without('repeat-refunder', 'message-unanswered', 'dispute-open'), 'no detector': without(...Object.keys(DEFAULT_SETTINGS.detectors)), 'only ship-deadline': without(...Object.keys(DEFAULT_SETTINGS.detectors).filter((k) => k !== 'ship-deadline')), 'no shipped-status ones': without('delivery-overdue', 'tracking-stalled', 'tracking-invalid') };
for (const k of Object.keys(DEFAULT_SETTINGS.detectors)) variants['only ' + k] = without(...Object.keys(DEFAULT_SETTINGS.detectors).filter((x) => x !== k));
const R: Record<string, number[]> = {};
for (let i = 0; i < 11; i++) for (const [k, s] of Object.entries(variants)) { (R[k] ??= []).push(time(() => evaluateTimeDriven(orders, buildContext(orders), now, s, { since: now - 900_000 }))); }
const S: number[] = []; for (let i = 0; i < 11; i++) { gc(); S.push(time(() => { let s = 0; for (const o of orders) s += o.money.paid; return s; })); }
for (const [k, v] of Object.entries(R)) console.log(k.padEnd(20), med(v).toFixed(2));
console.log('sum after gc', med(S).toFixed(2));
