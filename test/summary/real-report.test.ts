/**
 * The weekly summary of real reports in ../shared/data, imported and judged through the same
 * ingest as the extension: the Tmall order report (required: its check fails without the file),
 * and an Etsy report whose shipping dates fill the carrier scorecard (run where the data is).
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { SentinelDB } from '../../lib/db';
import { decodeBytes, importText } from '../../lib/import';
import { ingestBatch } from '../../lib/ingest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { scorecardNotes, toMarkdown } from '../../lib/summary/export';
import { loadSummaryInput } from '../../lib/summary/load';
import { summarizeWeek } from '../../lib/summary/week';
import { freshDb } from '../ingest/orders';

const DATA = new URL('../../../shared/data/', import.meta.url);
const hasData = existsSync(DATA);
const TMALL = 'china/tmall_order_report.csv';
const SHANGHAI = { timeZone: 'Asia/Shanghai', weekStartsOn: 1 } as const;
const dbs: SentinelDB[] = [];
afterAll(async () => {
  for (const db of dbs) await db.delete();
});

/** Imports `path` as the seller would on `now`: decoded, parsed, ingested in the UI's chunks of 5,000. */
async function importReport(path: string, now: number): Promise<SentinelDB> {
  const { db } = freshDb();
  dbs.push(db);
  const { text } = decodeBytes(readFileSync(new URL(path, DATA)));
  const r = await importText(text, { fileName: path.split('/').pop()!, now });
  for (let i = 0; i < r.orders.length; i += 5000) await ingestBatch(db, r.orders.slice(i, i + 5000), now, DEFAULT_SETTINGS, { origin: path });
  return db;
}

describe('weekly summary of the imported Tmall report', () => {
  test('Tmall report (28,010 orders, Feb 2020) imported on Mon 2 Mar 2020: its cases by reason and party; the scorecard counts no parcel and says why', async () => {
    // The check the issue names: it needs the real file, and says so rather than skip.
    expect(existsSync(new URL(TMALL, DATA)), `the real Tmall report is missing: ${new URL(TMALL, DATA).pathname} (../shared/data beside the repo)`).toBe(true);
    const now = Date.parse('2020-03-02T02:00:00Z');
    const db = await importReport(TMALL, now);
    const input = await loadSummaryInput(db);
    const s = summarizeWeek(input, '2020-W10', { ...SHANGHAI, shop: 'all', now });
    expect(input.orders).toHaveLength(28_010);
    expect(s.figures.opened).toBe(s.cases.length);
    // Unpaid orders go stale, and Saturday 29 Feb's 2,112 orders stand far above the shop's baseline
    // (rate-spike). The report dates no refund: refunds found in it are not dated by the import, so
    // they make no spike on the day of the import.
    // Refunded orders raise no amount alarm: the report's paid column is net of the refund, and the
    // import adds it back (总金额 = 实付 + 退款 on every paid row).
    expect(s.opened.byFamily).toEqual({ payment: 3923, shop: 1 });
    // The report names no refund reason: every case counts under "no reason shown", and under no party.
    expect(s.byReason).toEqual({ unknown: 3924 });
    expect(s.byResponsible).toEqual({ seller: 0, carrier: 0, platform: 0, buyer: 0, supplier: 0, unknown: 3924 });

    // The file has no shipping time, status, carrier or tracking column (7 columns: 订单编号, 总金额,
    // 买家实际支付金额, 收货地址, 订单创建时间, 订单付款时间, 退款金额): nothing in it says an order
    // shipped, so no parcel is counted. The week of 17-23 Feb says how many paid orders that leaves
    // out: 8,554 paid in the week (counted from the file's 订单付款时间 column), 1,748 of them refunded.
    const w08 = summarizeWeek(input, '2020-W08', { ...SHANGHAI, shop: 'all', now });
    expect(w08.carriers).toEqual([]);
    expect(w08.scorecardGaps).toEqual({ noShippingShown: 8554, shippedByStatus: 0 });
    expect(scorecardNotes(w08, 'en')).toEqual([
      'Carrier scorecard: 8,554 orders paid this week came from a report that shows no shipping for them (no shipping time, carrier, tracking number or shipped status), so they are not counted as shipped.',
    ]);
    expect(scorecardNotes(w08, 'zh')).toEqual([
      '承运商评分：本周付款的 8,554 个订单来自未显示发货信息的报表（没有发货时间、物流公司、运单号或已发货状态），因此未计入已发货。',
    ]);
    expect(toMarkdown(w08, 'en')).toContain('## Carrier scorecard\n\nCarrier scorecard: 8,554 orders paid this week');
  }, 240_000);
});

describe.runIf(hasData)('weekly summary of imported real reports', () => {
  test('Etsy report with ship dates: parcels shipped in the week count on the scorecard, under "carrier not shown"', async () => {
    const now = Date.parse('2022-07-20T12:00:00Z');
    const db = await importReport('etsy/deborahkim1123__EtsySoldOrders2022.csv', now);
    const input = await loadSummaryInput(db);
    const weeks = ['2022-W26', '2022-W27', '2022-W28'].map((w) => summarizeWeek(input, w, { timeZone: 'UTC', weekStartsOn: 1, shop: 'all', now }));
    // Counted by hand from the file's Date Shipped column (ISO weeks 26-28 of 2022): 65, 58 and 67.
    expect(weeks.map((w) => w.carriers)).toEqual([65, 58, 67].map((shipped) => [{ carrier: '', shipped, lateFirstScan: 0, stalled: 0, lost: 0, deliveredLate: 0 }]));
  }, 240_000);
});
