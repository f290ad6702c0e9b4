/**
 * The budget table of bench/README.md, generated from the bench's JSON: `npm run bench --
 * --readme` merges the run into bench/results.sample.json (each scenario replaced by its latest
 * measurement, the others kept with when they were measured) and writes the table between the
 * README's markers; test/bench/readme.test.ts holds the README to the sample.
 */
import { formatBudget, formatValue, type ScenarioResult } from './stats';

/** What `npm run bench` writes to bench-results.json. */
export interface BenchRun {
  at: string;
  short: boolean;
  shape: string;
  node: string;
  seconds: number;
  scenarios: ScenarioResult[];
}

/** A scenario as the sample keeps it: with the run it was measured in. */
export type SampleScenario = ScenarioResult & { measured: { at: string; short: boolean } };

export interface Sample {
  scenarios: SampleScenario[];
}

export const TABLE_START = '<!-- budget table: made by `npm run bench -- --readme` from bench/results.sample.json; edits here are overwritten -->';
export const TABLE_END = '<!-- end of the budget table -->';

/** `sample` with the scenarios of `run` in place of those of the same id (new ones last). */
export function mergeSample(sample: Sample, run: BenchRun): Sample {
  const fresh = new Map(run.scenarios.map((s): [string, SampleScenario] => [s.id, { ...s, measured: { at: run.at, short: run.short } }]));
  const kept = sample.scenarios.map((s) => fresh.get(s.id) ?? s);
  const known = new Set(sample.scenarios.map((s) => s.id));
  return { scenarios: [...kept, ...[...fresh.values()].filter((s) => !known.has(s.id))] };
}

/** A table cell: one line, with Markdown's column bar escaped. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** When and at which sizes a scenario was measured: "2026-12-06 21:40 UTC, short run (1k/10k)". */
function when({ at, short }: SampleScenario['measured']): string {
  const date = new Date(at);
  const stamp = Number.isNaN(date.getTime()) ? at : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${stamp}, ${short ? 'short run (1k/10k)' : 'full sizes (1k/10k/100k)'}`;
}

/** The Markdown table: a line per check, the scenario's figures on its first line. */
export function budgetTable(sample: Sample): string {
  const lines = ['| scenario | median | baseline (same run) | check | measured | budget | result | run |', '|---|---|---|---|---|---|---|---|'];
  for (const s of sample.scenarios) {
    const median = s.median === undefined ? '' : formatValue(s.median, s.unit);
    const base = s.baseline ? `${formatValue(s.baseline.median, 'ms')} ${s.baseline.label}` : '—';
    if (s.pending !== undefined) {
      lines.push(`| ${cell(s.title)} | ${median} | ${cell(base)} | | | | PENDING: ${cell(s.pending)} | ${when(s.measured)} |`);
      continue;
    }
    s.checks.forEach((c, i) => {
      // A figure listed without a limit of its own (each content script beside the largest).
      const limited = Number.isFinite(c.budget.max);
      const result = !limited ? '' : c.pass ? 'PASS' : c.withinGuard === true ? `FAIL (guard ${formatValue(c.guard!.max, c.budget.kind)})` : 'FAIL';
      const first = i === 0;
      lines.push(
        `| ${first ? cell(s.title) : ''} | ${first ? median : ''} | ${first ? cell(base) : ''} | ${cell(c.label.trim())} | ${formatValue(c.value, c.budget.kind)} | ${limited ? formatBudget(c.budget) : '—'} | ${result} | ${first ? when(s.measured) : ''} |`,
      );
    });
  }
  return lines.join('\n');
}

/** `readme` with the text between its table markers replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('bench/README.md: the budget table markers are missing');
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The table as it stands in `readme`, between its markers. */
export function tableIn(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('bench/README.md: the budget table markers are missing');
  return readme.slice(start + TABLE_START.length, end).trim();
}
