/**
 * The pure part of `npm run bench`: medians, ratios against a baseline measured in the same
 * run, budgets, growth across sizes, and the table. No timers and no I/O here, so it is
 * unit-tested (test/bench/stats.test.ts).
 */

/** Median of the samples (the mean of the middle two for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * What a scenario must stay under. `ratio`: its median over the baseline's median;
 * `ms` / `kb` / `mb` / `count`: an absolute limit on the measured value in that unit.
 */
export type Budget =
  | { kind: 'ratio'; max: number }
  | { kind: 'ms'; max: number }
  | { kind: 'kb'; max: number }
  | { kind: 'mb'; max: number }
  | { kind: 'count'; max: number };

export type Unit = 'ms' | 'kb' | 'mb' | 'count';

export interface Check {
  /** What the limit is about, e.g. "median vs baseline" or "messages sent". */
  label: string;
  budget: Budget;
  /** The measured value the budget is compared with (a ratio for `ratio` budgets). */
  value: number;
  /**
   * A budget the code does not meet yet (bench/README.md says why): the check still FAILs
   * against its budget, but CI (`--ci`) stops only when the value also passes `max`, the figure
   * measured when the guard was set plus room for noise. So a budget still out of reach cannot
   * get worse silently, and every other budget fails CI outright.
   */
  guard?: { max: number; why: string };
}

export interface CheckResult extends Check {
  pass: boolean;
  /** Over budget but within its guard (only set on a failing check that has one). */
  withinGuard?: boolean;
}

/** A check passes when its value is finite and at most the budget's limit. */
export function evaluateCheck(check: Check): CheckResult {
  const within = (max: number) => Number.isFinite(check.value) && check.value <= max;
  const pass = within(check.budget.max);
  return { ...check, pass, ...(!pass && check.guard !== undefined && { withinGuard: within(check.guard.max) }) };
}

/** Ratio of two medians; NaN when the baseline is not positive (nothing to compare with). */
export function ratio(value: number, baseline: number): number {
  return baseline > 0 && Number.isFinite(baseline) && Number.isFinite(value) ? value / baseline : Number.NaN;
}

export function formatBudget(budget: Budget): string {
  switch (budget.kind) {
    case 'ratio':
      return budget.max < 1 ? `≤ ${+(budget.max * 100).toFixed(2)}% of baseline` : `≤ ${budget.max}× baseline`;
    case 'ms':
      return `≤ ${budget.max} ms`;
    case 'kb':
      return `≤ ${budget.max} KB`;
    case 'mb':
      return `≤ ${budget.max} MB`;
    case 'count':
      return `≤ ${budget.max}`;
  }
}

export function formatValue(value: number, kind: Budget['kind'] | Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (kind) {
    case 'ratio':
      return value < 0.1 ? `${(value * 100).toFixed(2)}%` : `${value.toFixed(2)}×`;
    case 'ms':
      return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
    case 'kb':
      return `${value.toFixed(1)} KB`;
    case 'mb':
      return `${value.toFixed(1)} MB`;
    case 'count':
      return String(Math.round(value));
  }
}

/** One timed size of a scenario (e.g. 10 000 orders). */
export interface SizePoint {
  size: number;
  medianMs: number;
}

export interface Growth {
  from: number;
  to: number;
  /** Time ratio between the two sizes. */
  timeFactor: number;
  /** Size ratio between the two sizes (the time factor of a linear algorithm). */
  sizeFactor: number;
  /** log(time factor) / log(size factor): 1 linear, 2 quadratic. */
  exponent: number;
  superLinear: boolean;
}

/**
 * Growth between consecutive sizes. An exponent above `maxExponent` (default 1.3: n log n and
 * noise stay under it, a quadratic step is 2) is flagged super-linear. Steps whose smaller
 * time is under `floorMs` are not judged: fixed costs dominate there and make any
 * exponent meaningless.
 */
export function growth(points: readonly SizePoint[], maxExponent = 1.3, floorMs = 1): Growth[] {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const steps: Growth[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const timeFactor = b.medianMs / a.medianMs;
    const sizeFactor = b.size / a.size;
    const exponent = Math.log(timeFactor) / Math.log(sizeFactor);
    steps.push({
      from: a.size,
      to: b.size,
      timeFactor,
      sizeFactor,
      exponent,
      superLinear: a.medianMs >= floorMs && exponent > maxExponent,
    });
  }
  return steps;
}

export interface ScenarioResult {
  id: string;
  title: string;
  /** Median of the scenario's runs (ms, or the unit given), undefined for count-only scenarios. */
  median?: number;
  unit: Unit;
  runs: number;
  baseline?: { label: string; median: number };
  checks: CheckResult[];
  scale?: { points: SizePoint[]; growth: Growth[] };
  /** Measured but not judged yet (e.g. the code it measures does not exist yet). */
  pending?: string;
  notes?: string[];
}

export const scenarioPassed = (s: ScenarioResult): boolean => s.pending === undefined && s.checks.every((c) => c.pass);

/**
 * Exit code of the run: 1 when any budget fails (a pending scenario is reported, not failed).
 * `ci`: a failing check within its guard does not fail the run (see `Check.guard`).
 */
export const exitCode = (scenarios: readonly ScenarioResult[], mode: 'budgets' | 'ci' = 'budgets'): number =>
  scenarios.some((s) => s.pending === undefined && s.checks.some((c) => !c.pass && !(mode === 'ci' && c.withinGuard === true))) ? 1 : 0;

/** The failing checks CI lets through, each with its guard and why: printed under the table. */
export function guardedFailures(scenarios: readonly ScenarioResult[]): string[] {
  return scenarios.flatMap((s) =>
    s.checks
      .filter((c) => !c.pass && c.guard !== undefined)
      .map(
        (c) =>
          `${s.id} ${c.label}: ${formatValue(c.value, c.budget.kind)} over its budget (${formatBudget(c.budget)}), ` +
          `${c.withinGuard ? 'within' : 'OVER'} its guard ${formatValue(c.guard!.max, c.budget.kind)}: ${c.guard!.why}`,
      ),
  );
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - [...text].length));

/** The stdout table: one line per check, the scenario's figures on its first line. */
export function formatTable(scenarios: readonly ScenarioResult[]): string {
  const header = ['scenario', 'median', 'runs', 'baseline', 'measured', 'budget', 'result'];
  const rows: string[][] = [];
  for (const s of scenarios) {
    const median = s.median === undefined ? '' : formatValue(s.median, s.unit);
    const base = s.baseline ? `${formatValue(s.baseline.median, 'ms')} (${s.baseline.label})` : '—';
    if (s.pending !== undefined) {
      rows.push([s.title, median, String(s.runs), base, '', '', `PENDING: ${s.pending}`]);
      continue;
    }
    s.checks.forEach((c, i) => {
      rows.push([
        i === 0 ? s.title : '',
        i === 0 ? median : '',
        i === 0 ? String(s.runs) : '',
        i === 0 ? base : '',
        `${c.label}: ${formatValue(c.value, c.budget.kind)}`,
        formatBudget(c.budget),
        c.pass ? 'PASS' : c.withinGuard === true ? 'FAIL (guarded)' : 'FAIL',
      ]);
    });
  }
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i]!)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The scale table: each scenario's median per size and the growth between sizes. */
export function formatScale(scenarios: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  for (const s of scenarios) {
    if (!s.scale) continue;
    const points = s.scale.points.map((p) => `${p.size.toLocaleString('en')}: ${formatValue(p.medianMs, 'ms')}`).join(', ');
    const steps = s.scale.growth
      .map((g) => `×${g.sizeFactor.toFixed(0)} size → ×${g.timeFactor.toFixed(1)} time${g.superLinear ? ' SUPER-LINEAR' : ''}`)
      .join('; ');
    lines.push(`${s.title}: ${points}${steps ? ` (${steps})` : ''}`);
  }
  return lines.join('\n');
}
