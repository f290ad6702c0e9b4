import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { defuse, toCsv, toMarkdown, xlsxSheets } from '../../lib/summary/export';
import { formatCents } from '../../lib/summary/labels';
import { summarizeWeek } from '../../lib/summary/week';
import { toXlsxBlob } from '../../lib/summary/xlsx';
import { NOW, input } from './fixture';

const opts = { timeZone: 'Asia/Shanghai', weekStartsOn: 1, shop: 'all', now: NOW } as const;
const summary = summarizeWeek(input, '2026-W47', opts);

const HEADER_EN =
  'Case,Check,Kind,Marketplace,Order,Severity,Status,Opened,Status changed,Due,Resolution,Amount,Currency,Dismissed because,Buyer,Items,Paid,Order currency,Order status,Carrier,Tracking number,After-sales reason,Responsible party,Cause,Cause details,Notes,Last note';

describe('CSV (RFC 4180, UTF-8 with BOM)', () => {
  const csv = toCsv(summary, 'en');

  it('starts with a BOM, separates records with CRLF and has one row per case', () => {
    expect(csv.startsWith('\uFEFFCase,Check,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // 7 cases + header; the note with a newline stays inside its quoted field.
    expect(csv.slice(1).split('\r\n')).toHaveLength(9);
  });

  it('writes exactly the expected rows: commas, quotes, newlines, Chinese and formula escapes', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      HEADER_EN,
      // No order read for D6; its note starts with '-', so it gets the apostrophe.
      `ship-deadline|demo|D6,Shipping deadline,Shipping,demo,D6,P2,Open,2026-11-13 00:00,,,,,,,,,,,,,,late,seller,,,1,'-5 stars threat`,
      // A title with a comma and quotes is quoted with the quotes doubled; so is the last note.
      `ship-deadline|taobao|T1,Shipping deadline,Shipping,taobao,T1,P1,Resolved,2026-11-16 10:00,2026-11-16 13:00,2026-11-16 12:00,refunded,10,CNY,,张三,"手工皂, ""玫瑰"" × 2",59.8,CNY,待发货,中通,,late,seller,,,2,"Reshipped, tracking ""SF123"""`,
      `duplicate-order|taobao|T2,Possible duplicate order,Order creation,taobao,T2,P2,Dismissed,2026-11-17 09:00,2026-11-17 10:00,2026-11-17 16:00,,,,false alarm,,,,,,,,no reason shown,unknown,,,0,`,
      // A buyer name that a spreadsheet would run as a formula.
      `refund-pending|taobao|T3,Refund waiting,Refunds,taobao,T3,P2,Open,2026-11-17 20:00,,2026-11-19 00:00,,,,,'=cmd|calc,茶饼 357g × 1,59.9,CNY,退款中,,,quality,seller,,,0,`,
      `tracking-stalled|demo|D4,Tracking stalled,Tracking,demo,D4,P1,In progress,2026-11-18 09:00,2026-11-18 09:30,2026-11-18 10:00,,,,,张三,茶饼 357g × 1,30,CNY,已发货,SF,SF1001,not received,carrier,,,1,"催快递, 查件中\n第二行"`,
      `message-unanswered|ebay|E10,Unanswered message,After-sales messages,ebay,E10,P3,Resolved,2026-11-21 10:00,2026-11-21 10:30,,partial compensation,2.5,USD,,,,,,,,,no reason shown,unknown,,,0,`,
      `delivery-overdue|demo|D5,Delivery overdue,Delivery,demo,D5,P2,Open,2026-11-22 23:30,,2026-11-22 23:45,,,,,"Lee, Ann",Mug × 1,10,CNY,已发货,SF,,late,carrier,,,0,`,
      '',
    ]);
  });

  it('writes the header in Chinese for a Chinese seller', () => {
    expect(toCsv(summary, 'zh').slice(1).split('\r\n')[0]).toBe(
      '事项,检查项,类别,平台,订单号,紧急程度,状态,发现时间,状态变更时间,截止时间,处理结果,金额,币种,忽略原因,买家,商品,实付,订单币种,订单状态,快递公司,运单号,售后原因,责任方,异常原因,原因说明,备注数,最新备注',
    );
  });

  it('prefixes text a spreadsheet would run (= + - @, tab, CR) and nothing else', () => {
    expect(['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', '\rx', 'a=b', '张三'].map(defuse)).toEqual([
      "'=1+1",
      "'+86 138",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'a=b',
      '张三',
    ]);
  });
});

describe('Markdown', () => {
  const text = toMarkdown(summary, 'en');

  it('has the figures with their change against the four weeks before', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 14)).toEqual([
      '# Order Sentinel · weekly report 2026-11-16 – 2026-11-22',
      '',
      'All shops · 2026-11-16 – 2026-11-22 (Asia/Shanghai)',
      '',
      '| Figure | This week | Change |',
      '| --- | ---: | --- |',
      '| Cases opened | 6 | ↑ 1100% vs 4-week average |',
      '| Resolved | 2 | ↑ 700% vs 4-week average |',
      '| Dismissed | 1 | nothing to compare in the 4 weeks before |',
      '| Still open | 4 | ↑ 1500% vs 4-week average |',
      '| Deadlines missed | 3 | nothing to compare in the 4 weeks before |',
      '| Median time to first action | 30 min | ↓ 99% vs 4-week average |',
      '| Median time to resolution | 1 h | ↓ 85% vs 4-week average |',
      '| Money at stake | ¥74.90 + $2.50 | nothing to compare in the 4 weeks before |',
    ]);
  });

  it('escapes scraped text so it cannot format or break a table, and lists the week’s notes by case', () => {
    expect(text).toContain('- =cmd\\|calc: 1\n');
    expect(text).toContain('## Notes written this week\n\n- **Shipping deadline · T1**\n  - 2026-11-16 10:20 已联系买家，今天补发\n');
    expect(text).toContain('  - 2026-11-18 12:00 催快递, 查件中 第二行\n');
    expect(text).toContain('| SF | 1 | 0 | 0 | 1 | 1 |');
  });
});

describe('XLSX', () => {
  it('has a cases sheet with the CSV’s table and a summary sheet', () => {
    const sheets = xlsxSheets(summary, 'zh');
    expect(sheets.map((s) => s.sheet)).toEqual(['事项', '统计']);
    expect(sheets[0]!.data).toHaveLength(8);
    // Cells are typed strings in XLSX (never evaluated): kept as the seller wrote them.
    expect(sheets[0]!.data[4]![14]).toBe('=cmd|calc');
    // Counts are numbers a spreadsheet can add up; durations and money stay as shown.
    expect(sheets[1]!.data[3]).toEqual(['新增事项', 6, '↑ 比前 4 周平均高 1100%']);
    expect(sheets[1]!.data[10]).toEqual(['涉及金额', '¥74.90 + $2.50', '前 4 周没有可比数据']);
  });

  it('writes a real workbook with both sheets', async () => {
    const blob = await toXlsxBlob(summary, 'en');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect(workbook).toContain('name="Cases"');
    expect(workbook).toContain('name="Summary"');
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect(strings).toContain('<t>手工皂, "玫瑰" × 2</t>');
    expect(strings).toContain('<t>=cmd|calc</t>');
  });
});

describe('money', () => {
  it('formats cents exactly with the currency’s sign', () => {
    expect([formatCents(1000, 'CNY'), formatCents(7490, 'CNY'), formatCents(5, 'USD'), formatCents(-250, 'EUR'), formatCents(300, 'AUD')]).toEqual([
      '¥10.00',
      '¥74.90',
      '$0.05',
      '-€2.50',
      'AUD 3.00',
    ]);
  });
});
