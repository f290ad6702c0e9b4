// bench/README.md's budget table is made from the bench's JSON (bench/readme.ts): the table in the
// README is what the committed sample gives, and a run merged into the sample replaces exactly
// the scenarios it measured.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetTable, mergeSample, tableIn, TABLE_END, TABLE_START, withTable, type BenchRun, type Sample } from '../../bench/readme';
import { evaluateCheck, type ScenarioResult } from '../../bench/stats';

const pageRead = (ratio: number): ScenarioResult => ({
  id: 'page-read',
  title: 'one page read: 20 changed orders ingested and judged',
  median: 21.24,
  unit: 'ms',
  runs: 15,
  baseline: { label: 'raw IDB put of the same 20', median: 5.79 },
  checks: [evaluateCheck({ label: 'vs raw put, 10k stored', budget: { kind: 'ratio', max: 3 }, value: ratio, guard: { max: 6, why: 'not met yet' } })],
});
const bundle: ScenarioResult = {
  id: 'bundle-sizes',
  title: 'bundle sizes (gzip -9)',
  unit: 'kb',
  runs: 1,
  checks: [
    evaluateCheck({ label: 'content | largest', budget: { kind: 'kb', max: 25 }, value: 24.9 }),
    evaluateCheck({ label: '  content-scripts/jd.js', budget: { kind: 'kb', max: Number.POSITIVE_INFINITY }, value: 24.1 }),
  ],
};
const run = (at: string, short: boolean, scenarios: ScenarioResult[]): BenchRun => ({ at, short, shape: 'olist', node: 'v20', seconds: 60, scenarios });

describe('the budget table of bench/README.md', () => {
  it('is the table the committed sample gives', () => {
    const sample = JSON.parse(readFileSync('bench/results.sample.json', 'utf8')) as Sample;
    expect(sample.scenarios.length).toBeGreaterThan(0);
    expect(tableIn(readFileSync('bench/README.md', 'utf8'))).toBe(budgetTable(sample));
  });

  it('takes a run\'s scenarios in place of the sample\'s of the same id and keeps the others with when they were measured', () => {
    const before = mergeSample({ scenarios: [] }, run('2026-12-06T20:00:00.000Z', true, [pageRead(3.67), bundle]));
    const after = mergeSample(before, run('2026-12-06T22:30:00.000Z', false, [pageRead(2.8)]));
    expect(after.scenarios.map((s) => [s.id, s.checks[0]!.value, s.measured])).toEqual([
      ['page-read', 2.8, { at: '2026-12-06T22:30:00.000Z', short: false }],
      ['bundle-sizes', 24.9, { at: '2026-12-06T20:00:00.000Z', short: true }],
    ]);
  });

  it('has a line per check with its value, budget and result (none for a figure without a limit), a guarded failure naming its guard, and escapes column bars', () => {
    const table = budgetTable(mergeSample({ scenarios: [] }, run('2026-12-06T21:40:00.000Z', true, [pageRead(3.67), bundle])));
    expect(table.split('\n')).toEqual([
      '| scenario | median | baseline (same run) | check | measured | budget | result | run |',
      '|---|---|---|---|---|---|---|---|',
      '| one page read: 20 changed orders ingested and judged | 21.2 ms | 5.79 ms raw IDB put of the same 20 | vs raw put, 10k stored | 3.67× | ≤ 3× baseline | FAIL (guard 6.00×) | 2026-12-06 21:40 UTC, short run (1k/10k) |',
      '| bundle sizes (gzip -9) |  | — | content \\| largest | 24.9 KB | ≤ 25 KB | PASS | 2026-12-06 21:40 UTC, short run (1k/10k) |',
      '|  |  |  | content-scripts/jd.js | 24.1 KB | — |  |  |',
    ]);
  });

  it('replaces only the text between its markers, and refuses a README without them', () => {
    const readme = `# Performance\n\nbefore\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nafter\n`;
    expect(withTable(readme, '| new |')).toBe(`# Performance\n\nbefore\n\n${TABLE_START}\n| new |\n${TABLE_END}\n\nafter\n`);
    expect(() => withTable('# Performance\n', '| new |')).toThrow('bench/README.md: the budget table markers are missing');
  });
});
