/**
 * Exports of a weekly summary: CSV (RFC 4180, UTF-8 with BOM), Markdown and the XLSX sheets.
 * All are built from the `WeekSummary` the view shows, never from a second query.
 */
import { MARKETPLACE_NAMES } from '../marketplaces';
import { severityLabel, t, type MessageKey } from '../i18n';
import { tn } from '../i18n/format';
import type { Language, Marketplace, Severity } from '../schema';
import { formatLocalTime, weekDates } from './calendar';
import {
  carrierLabel,
  causeLabel,
  caseStatusLabel,
  checkLabel,
  comparisonText,
  dismissReasonLabel,
  familyLabel,
  formatCents,
  formatSpan,
  reasonLabel,
  remedyLabel,
  responsibleLabel,
} from './labels';
import { FIGURE_NAMES, type CaseRow, type FigureName, type Responsible, type WeekSummary } from './week';
import { remember, tableFor } from '../remember';

/** A cell: text is escaped against formulas, numbers are written as numbers. */
export type Cell = string | number | null;

/**
 * A label function remembered per language and value: a table has one row per case, but only a
 * handful of checks, kinds and statuses, and some labels go through the message formatter.
 */
function remembered<V extends string>(label: (lang: Language, value: V) => string): (lang: Language, value: V) => string {
  const byLang = new Map<Language, Map<V, string>>();
  return (lang, value) => remember(tableFor(byLang, lang), value, () => label(lang, value));
}
const checkText = remembered(checkLabel);
const familyText = remembered(familyLabel);
const statusText = remembered(caseStatusLabel);
const reasonText = remembered(reasonLabel);
const responsibleText = remembered(responsibleLabel);
const causeText = remembered((lang: Language, code: string) => causeLabel(lang, code));

const COLUMNS: readonly [MessageKey, (r: CaseRow, lang: Language, tz: string) => Cell][] = [
  ['summaryColCase', (r) => r.key],
  ['summaryColCheck', (r, lang) => checkText(lang, r.detector)],
  ['summaryColKind', (r, lang) => familyText(lang, r.family)],
  ['summaryColMarketplace', (r) => r.marketplace],
  ['summaryColOrder', (r) => r.orderId],
  ['summaryColSeverity', (r) => r.severity],
  ['summaryColStatus', (r, lang) => statusText(lang, r.status)],
  ['summaryColOpened', (r, _, tz) => formatLocalTime(r.openedAt, tz)],
  ['summaryColStatusChanged', (r, _, tz) => (r.statusChangedAt === undefined ? null : formatLocalTime(r.statusChangedAt, tz))],
  ['summaryColDue', (r, _, tz) => (r.dueAt === undefined ? null : formatLocalTime(r.dueAt, tz))],
  ['summaryColResolution', (r, lang) => (r.resolution ? remedyLabel(lang, r.resolution.category) : null)],
  ['summaryColAmount', (r) => r.resolution?.amount ?? null],
  ['summaryColCurrency', (r) => (r.resolution?.amount === undefined ? null : (r.resolution.currency ?? r.currency ?? null))],
  ['summaryColDismissReason', (r, lang) => (r.dismissReason ? dismissReasonLabel(lang, r.dismissReason) : null)],
  ['summaryColBuyer', (r) => r.buyer ?? null],
  ['summaryColItems', (r) => r.items],
  ['summaryColPaid', (r) => r.paid ?? null],
  ['summaryColOrderCurrency', (r) => r.currency ?? null],
  ['summaryColOrderStatus', (r) => r.orderStatus ?? null],
  ['summaryColCarrier', (r) => r.carrier ?? null],
  ['summaryColTracking', (r) => r.trackingNo ?? null],
  ['summaryColReason', (r, lang) => reasonText(lang, r.afterSalesReason)],
  ['summaryColResponsible', (r, lang) => responsibleText(lang, r.responsible)],
  ['summaryColCause', (r, lang) => (r.causeCode === undefined ? null : causeText(lang, r.causeCode))],
  ['summaryColCauseText', (r) => r.causeText ?? null],
  ['summaryColNoteCount', (r) => r.noteCount],
  ['summaryColLastNote', (r) => r.lastNote ?? null],
];

/** Header and one row per case, in the seller's language (the CSV and the XLSX cases sheet). */
export function caseTable(summary: WeekSummary, lang: Language): Cell[][] {
  return [
    COLUMNS.map(([key]) => t(lang, key)),
    ...summary.cases.map((r) => COLUMNS.map(([, value]) => value(r, lang, summary.timeZone))),
  ];
}

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV injection"):
 * scraped buyer names and notes are not the seller's formulas.
 */
export function defuse(text: string): string {
  // A character test, not a regular expression: an export runs this on every cell.
  const first = text.charCodeAt(0);
  return first === 61 /* = */ || first === 43 /* + */ || first === 45 /* - */ || first === 64 /* @ */ || first === 9 || first === 13 ? `'${text}` : text;
}

/** A quote, comma or line break makes a CSV field need quotes. */
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = defuse(cell);
  // A regular expression scans (two-byte) text about 3× faster than a charCodeAt loop here.
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180: CRLF between records, quotes doubled; a BOM so Excel and WPS read UTF-8 (Chinese).
 * The same cells as `caseTable`, written straight into the text (no table of cells first).
 */
export function toCsv(summary: WeekSummary, lang: Language): string {
  const lines: string[] = ['\uFEFF' + COLUMNS.map(([key]) => csvField(t(lang, key))).join(',')];
  const tz = summary.timeZone;
  const fields: string[] = new Array<string>(COLUMNS.length);
  for (const r of summary.cases) {
    for (let i = 0; i < COLUMNS.length; i++) fields[i] = csvField(COLUMNS[i]![1](r, lang, tz));
    lines.push(fields.join(','));
  }
  lines.push('');
  return lines.join('\r\n');
}

function figureValue(summary: WeekSummary, name: FigureName, lang: Language): string {
  const v = summary.figures[name];
  if (name === 'medianFirstActionMs' || name === 'medianResolutionMs') return formatSpan(lang, v);
  if (name === 'moneyCents') return moneyText(summary);
  return String(v);
}

/** The money figure as shown: each currency's total, `¥0.00` when nothing moved. */
export function moneyText(summary: WeekSummary): string {
  if (summary.money.length === 0) return formatCents(0, summary.cases.find((c) => c.currency)?.currency ?? 'CNY');
  return summary.money.map((m) => formatCents(m.totalCents, m.currency)).join(' + ');
}

const FIGURE_KEYS: Record<FigureName, MessageKey> = {
  opened: 'summaryOpened',
  resolved: 'summaryResolved',
  dismissed: 'summaryDismissed',
  open: 'summaryStillOpen',
  deadlinesMissed: 'summaryDeadlinesMissed',
  medianFirstActionMs: 'summaryFirstAction',
  medianResolutionMs: 'summaryResolutionTime',
  moneyCents: 'summaryMoney',
};
export const figureLabel = (lang: Language, name: FigureName): string => t(lang, FIGURE_KEYS[name]);

/** Figure rows: label, this week, comparison text (view, Markdown, XLSX summary sheet). */
export function figureRows(summary: WeekSummary, lang: Language): [string, string, string][] {
  return FIGURE_NAMES.map((name) => [figureLabel(lang, name), figureValue(summary, name, lang), comparisonText(lang, summary.compare[name])]);
}

const sorted = (r: Record<string, number>, label: (k: string) => string): [string, number][] =>
  Object.entries(r)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]): [string, number] => [label(k), n]);

/** Count tables of the summary: [title, [label, count][]] (view, Markdown, XLSX). */
export function countTables(summary: WeekSummary, lang: Language): [string, [string, number][]][] {
  return [
    [t(lang, 'summaryByFamily'), sorted(summary.opened.byFamily, (k) => familyLabel(lang, k))],
    [t(lang, 'summaryBySeverity'), sorted(summary.opened.bySeverity, (k) => `${severityLabel(lang, k as Severity)} (${k})`)],
    [t(lang, 'summaryByMarketplace'), sorted(summary.opened.byMarketplace, (k) => MARKETPLACE_NAMES[k as Marketplace]?.[lang] ?? k)],
    [t(lang, 'summaryTopItems'), summary.topItems.map((x): [string, number] => [x.name, x.cases])],
    [t(lang, 'summaryTopBuyers'), summary.topBuyers.map((x): [string, number] => [x.name, x.cases])],
  ];
}

/** Cases by after-sales reason, responsible party and cause (charted in the view; Markdown, XLSX). */
export function partTables(summary: WeekSummary, lang: Language): [string, [string, number][]][] {
  return [
    [t(lang, 'summaryByReason'), sorted(summary.byReason, (k) => reasonLabel(lang, k))],
    [t(lang, 'summaryByResponsible'), sorted(summary.byResponsible, (k) => responsibleLabel(lang, k as Responsible))],
    [t(lang, 'summaryByCause'), sorted(summary.byCause, (k) => causeLabel(lang, k))],
  ];
}

/** The carrier scorecard's header and rows (view, Markdown, XLSX). */
export function carrierTable(summary: WeekSummary, lang: Language): [string[], [string, number, number, number, number, number][]] {
  return [
    [t(lang, 'summaryCarrier'), t(lang, 'summaryShipped'), t(lang, 'summaryLateFirstScan'), t(lang, 'summaryStalled'), t(lang, 'summaryLost'), t(lang, 'summaryDeliveredLate')],
    summary.carriers.map((c) => [carrierLabel(lang, c.carrier), c.shipped, c.lateFirstScan, c.stalled, c.lost, c.deliveredLate]),
  ];
}

/** Resolution against the 24 h target: [label, within, over] for all cases and for complaints. */
/** What the scorecard could not count, or counted from a status alone, said beside it (WeekSummary.scorecardGaps). */
export function scorecardNotes(summary: WeekSummary, lang: Language): string[] {
  const { noShippingShown, shippedByStatus } = summary.scorecardGaps;
  const count = (n: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(n);
  return [
    ...(noShippingShown > 0 ? [tn(lang, 'summaryScorecardNoShipping', { count: count(noShippingShown) })] : []),
    ...(shippedByStatus > 0 ? [tn(lang, 'summaryScorecardByStatus', { count: count(shippedByStatus) })] : []),
  ];
}

export function targetRows(summary: WeekSummary, lang: Language): [string, number, number][] {
  const t24 = summary.target;
  return [
    [t(lang, 'summaryTargetAll'), t24.within, t24.over],
    [t(lang, 'summaryTargetComplaints'), t24.complaintsWithin, t24.complaintsOver],
  ];
}

/** "3 of 4 resolved within 24 h (75%)", or undefined when nothing was resolved. */
export function targetText(summary: WeekSummary, lang: Language): string | undefined {
  const total = summary.target.within + summary.target.over;
  if (total === 0) return undefined;
  return t(lang, 'summaryTargetLine', { within: summary.target.within, total, percent: Math.round((summary.target.within / total) * 100) });
}

/** Remedies of the week: [remedy, cases, money paid or ''] rows, and the total paid line. */
export function remedyRows(summary: WeekSummary, lang: Language): { rows: [string, number, string][]; paid: string } {
  return {
    rows: summary.remedies.map((r) => [remedyLabel(lang, r.category), r.cases, r.currency === undefined ? '' : formatCents(r.paidCents, r.currency)]),
    paid:
      summary.remediesPaid.length === 0
        ? t(lang, 'summaryRemediesNone')
        : t(lang, 'summaryRemediesPaid', { amount: summary.remediesPaid.map((p) => formatCents(p.cents, p.currency)).join(' + ') }),
  };
}

/** Markdown text is data: characters that would format or break a table are escaped. */
const md = (text: string): string => text.replace(/([\\`*_[\]|<>#])/g, '\\$1').replace(/\r?\n/g, ' ');

/** For pasting into a chat or a notes app. */
export function toMarkdown(summary: WeekSummary, lang: Language): string {
  const { week, timeZone } = summary;
  const out: string[] = [];
  // Named by its dates, as the printed report is: an ISO week id means nothing to most sellers.
  const title = t(lang, 'summaryReportTitle', { week: weekDates(summary.week) });
  const shop = summary.shop === 'all' ? t(lang, 'summaryAllShops') : summary.shop;
  out.push(`# ${md(title)}`, '', `${md(shop)} · ${weekDates(week)} (${timeZone})`, '');
  out.push(`| ${t(lang, 'summaryFigure')} | ${t(lang, 'summaryThisWeek')} | ${t(lang, 'summaryChange')} |`, '| --- | ---: | --- |');
  for (const [label, value, change] of figureRows(summary, lang)) out.push(`| ${md(label)} | ${md(value)} | ${md(change)} |`);
  for (const m of summary.money) {
    out.push('', `${m.currency}: ${t(lang, 'summaryMoneyParts', {
      refunded: formatCents(m.refundedCents, m.currency),
      compensated: formatCents(m.compensatedCents, m.currency),
      atStake: formatCents(m.atStakeCents, m.currency),
    })}`);
  }
  for (const [heading, rows] of [...countTables(summary, lang), ...partTables(summary, lang)]) {
    if (rows.length === 0) continue;
    out.push('', `## ${md(heading)}`, '');
    for (const [label, n] of rows) out.push(`- ${md(label)}: ${n}`);
  }
  const target = targetText(summary, lang);
  if (target !== undefined) {
    out.push('', `## ${t(lang, 'summaryTargetChart')}`, '', target, '');
    out.push(`| | ${t(lang, 'summaryTargetWithin')} | ${t(lang, 'summaryTargetOver')} |`, '| --- | ---: | ---: |');
    for (const [label, within, over] of targetRows(summary, lang)) out.push(`| ${md(label)} | ${within} | ${over} |`);
  }
  const remedies = remedyRows(summary, lang);
  out.push('', `## ${t(lang, 'summaryRemedies')}`, '', md(remedies.paid));
  if (remedies.rows.length > 0) out.push('');
  for (const [label, cases, paid] of remedies.rows) out.push(`- ${md(label)}: ${cases}${paid === '' ? '' : ` · ${paid}`}`);
  const gaps = scorecardNotes(summary, lang);
  if (summary.carriers.length > 0 || gaps.length > 0) out.push('', `## ${t(lang, 'summaryCarriers')}`, '');
  if (summary.carriers.length > 0) {
    const [header, rows] = carrierTable(summary, lang);
    out.push(`| ${header.map(md).join(' | ')} |`);
    out.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, ...n] of rows) out.push(`| ${md(name)} | ${n.join(' | ')} |`);
  }
  if (summary.carriers.length > 0 && gaps.length > 0) out.push('');
  for (const note of gaps) out.push(md(note));
  out.push('', `## ${t(lang, 'summaryNotes')}`, '');
  if (summary.notes.length === 0) out.push(t(lang, 'summaryNoNotes'));
  for (const group of summary.notes) {
    out.push(`- **${md(checkLabel(lang, group.detector))} · ${md(group.orderId)}**`);
    for (const n of group.notes) out.push(`  - ${formatLocalTime(n.at, timeZone)} ${md(n.text)}`);
  }
  return out.join('\n') + '\n';
}

/** Sheets for write-excel-file: the cases table and the summary (figures and counts). */
export function xlsxSheets(summary: WeekSummary, lang: Language): { sheet: string; data: Cell[][] }[] {
  const rows: Cell[][] = [[t(lang, 'summaryReportTitle', { week: weekDates(summary.week) })], []];
  rows.push([t(lang, 'summaryFigure'), t(lang, 'summaryThisWeek'), t(lang, 'summaryChange')]);
  const counted = new Set<FigureName>(['opened', 'resolved', 'dismissed', 'open', 'deadlinesMissed']);
  const figures = figureRows(summary, lang);
  FIGURE_NAMES.forEach((name, i) => {
    const [label, value, change] = figures[i]!;
    rows.push([label, counted.has(name) ? (summary.figures[name] ?? 0) : value, change]);
  });
  for (const [heading, table] of [...countTables(summary, lang), ...partTables(summary, lang)]) {
    if (table.length === 0) continue;
    rows.push([], [heading], ...table);
  }
  rows.push([], [t(lang, 'summaryTargetChart')], ['', t(lang, 'summaryTargetWithin'), t(lang, 'summaryTargetOver')], ...targetRows(summary, lang));
  const remedies = remedyRows(summary, lang);
  rows.push([], [t(lang, 'summaryRemedies')], [remedies.paid], ...remedies.rows.map(([label, cases, paid]): Cell[] => [label, cases, paid === '' ? null : paid]));
  const gaps = scorecardNotes(summary, lang);
  if (summary.carriers.length > 0 || gaps.length > 0) rows.push([], [t(lang, 'summaryCarriers')]);
  if (summary.carriers.length > 0) {
    const [header, table] = carrierTable(summary, lang);
    rows.push(header, ...table);
  }
  for (const note of gaps) rows.push([note]);
  // XLSX cells are typed strings, never evaluated: no formula escape needed (unlike CSV).
  return [
    { sheet: t(lang, 'summarySheetCases'), data: caseTable(summary, lang) },
    { sheet: t(lang, 'summarySheetSummary'), data: rows },
  ];
}
