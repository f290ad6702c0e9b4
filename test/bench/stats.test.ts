import { describe, expect, it } from 'vitest';
import {
  evaluateCheck,
  exitCode,
  guardedFailures,
  formatBudget,
  formatTable,
  growth,
  median,
  ratio,
  type ScenarioResult,
} from '../../bench/stats';

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([9, 1, 5, 3, 7])).toBe(5);
  });
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN without samples, so an empty scenario cannot pass', () => {
    expect(median([])).toBeNaN();
    expect(evaluateCheck({ label: 'median', budget: { kind: 'ms', max: 10 }, value: median([]) }).pass).toBe(false);
  });
});

describe('budgets', () => {
  it('passes a ratio at the limit and fails just above it', () => {
    expect(evaluateCheck({ label: 'r', budget: { kind: 'ratio', max: 3 }, value: ratio(30, 10) }).pass).toBe(true);
    expect(evaluateCheck({ label: 'r', budget: { kind: 'ratio', max: 3 }, value: ratio(30.1, 10) }).pass).toBe(false);
  });
  it('cannot compare with a zero baseline', () => {
    expect(ratio(5, 0)).toBeNaN();
  });
  it('fails a count budget of zero on a single message', () => {
    expect(evaluateCheck({ label: 'messages', budget: { kind: 'count', max: 0 }, value: 1 }).pass).toBe(false);
    expect(evaluateCheck({ label: 'messages', budget: { kind: 'count', max: 0 }, value: 0 }).pass).toBe(true);
  });
  it('writes small ratio budgets as a percentage', () => {
    expect(formatBudget({ kind: 'ratio', max: 0.02 })).toBe('≤ 2% of baseline');
    expect(formatBudget({ kind: 'ratio', max: 5 })).toBe('≤ 5× baseline');
    expect(formatBudget({ kind: 'kb', max: 25 })).toBe('≤ 25 KB');
  });
});

describe('growth', () => {
  it('calls ten times the time for ten times the orders linear', () => {
    const [step] = growth([
      { size: 1_000, medianMs: 20 },
      { size: 10_000, medianMs: 200 },
    ]);
    expect(step!.exponent).toBeCloseTo(1, 10);
    expect(step!.superLinear).toBe(false);
  });
  it('flags a quadratic step, sorting the sizes first', () => {
    const steps = growth([
      { size: 10_000, medianMs: 2_000 },
      { size: 1_000, medianMs: 20 },
    ]);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.from).toBe(1_000);
    expect(steps[0]!.exponent).toBeCloseTo(2, 10);
    expect(steps[0]!.superLinear).toBe(true);
  });
  it('does not judge a step that starts below the floor (fixed costs dominate)', () => {
    const [step] = growth([
      { size: 1_000, medianMs: 0.1 },
      { size: 10_000, medianMs: 50 },
    ]);
    expect(step!.superLinear).toBe(false);
  });
});

const scenario = (id: string, pass: boolean, pending?: string): ScenarioResult => ({
  id,
  title: id,
  median: 12,
  unit: 'ms',
  runs: 5,
  baseline: { label: 'floor', median: 4 },
  checks: [evaluateCheck({ label: 'vs baseline', budget: { kind: 'ratio', max: 3 }, value: pass ? 3 : 4 })],
  ...(pending !== undefined && { pending }),
});

describe('run outcome', () => {
  it('exits 1 when any budget fails, 0 when all pass', () => {
    expect(exitCode([scenario('a', true), scenario('b', false)])).toBe(1);
    expect(exitCode([scenario('a', true)])).toBe(0);
  });
  it('lets CI through a failing check only while it stays within its guard', () => {
    const guarded = (value: number): ScenarioResult => ({
      ...scenario('detectors', true),
      checks: [evaluateCheck({ label: 'vs baseline', budget: { kind: 'ratio', max: 5 }, value, guard: { max: 40, why: 'per-finding text' } })],
    });
    expect(guarded(30).checks[0]).toMatchObject({ pass: false, withinGuard: true });
    expect(exitCode([guarded(30)])).toBe(1);
    expect(exitCode([guarded(30)], 'ci')).toBe(0);
    expect(exitCode([guarded(41)], 'ci')).toBe(1);
    expect(exitCode([guarded(4)], 'ci')).toBe(0);
    expect(guarded(4).checks[0]!.withinGuard).toBeUndefined();
    // A check without a guard fails CI as before.
    expect(exitCode([scenario('a', false)], 'ci')).toBe(1);
    expect(guardedFailures([guarded(30), guarded(41), guarded(4)])).toEqual([
      'detectors vs baseline: 30.00× over its budget (≤ 5× baseline), within its guard 40.00×: per-finding text',
      'detectors vs baseline: 41.00× over its budget (≤ 5× baseline), OVER its guard 40.00×: per-finding text',
    ]);
    expect(formatTable([guarded(30)]).split('\n')[2]).toMatch(/\| FAIL \(guarded\)$/);
  });
  it('reports a pending scenario without failing the run', () => {
    expect(exitCode([scenario('a', true), scenario('b', false, 'not written yet')])).toBe(0);
  });
  it('prints PASS/FAIL, the budget and the baseline on the table', () => {
    const table = formatTable([scenario('read', true), scenario('ingest', false)]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^read +\| 12\.0 ms \| 5 +\| 4\.00 ms \(floor\) \| vs baseline: 3\.00× \| ≤ 3× baseline \| PASS$/);
    expect(lines[3]).toMatch(/\| vs baseline: 4\.00× \| ≤ 3× baseline \| FAIL$/);
  });
});
