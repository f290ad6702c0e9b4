/** The evaluation's figures as a plain-text report for a terminal or a CI log. */
import { failedLimits, MAX_FINE_WITH_P1, MAX_FINE_WITH_P1P2, percentText, type CheckResult, type ReviewGroup, type Score } from './score';

const percent = (x: number | null): string => (x === null ? '—' : `${(Math.round(x * 1000) / 10).toFixed(1)}%`);

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Numbers (and percentages) align right, text left.
  const cell = (text: string, i: number) => (/^[\d.,%—-]+$/.test(text) && i > 0 ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const line = (r: readonly string[]) => r.map(cell).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function checkLines(c: CheckResult): string[] {
  if (!c.implemented) return [`${c.detector}: not implemented (no detector with this id is registered)`];
  const lines = [
    `${c.detector}: ${c.rule}`,
    `  checked ${c.checked}, must fire ${c.expectedFires}, fired ${c.fired}, agree ${c.matches} (${percent(c.agreement)}), disagree ${c.disagreements}`,
  ];
  const excluded = Object.entries(c.excluded);
  if (excluded.length > 0) lines.push(`  not checked: ${excluded.map(([why, n]) => `${n} ${why}`).join('; ')}`);
  if (c.wordOnlyFindings !== undefined) lines.push(`  findings on words alone under a good rating (P3, outside the check): ${c.wordOnlyFindings}`);
  for (const d of c.firstDisagreements) {
    const values = Object.entries(d.values).map(([k, v]) => `${k}=${v === null ? '—' : v}`).join(' ');
    lines.push(`  ✗ ${d.orderId} at ${d.at}: expected ${d.expected ? 'a finding' : 'none'}, got ${d.fired ? 'a finding' : 'none'} — ${values}`);
  }
  if (c.disagreements > c.firstDisagreements.length) lines.push(`  … and ${c.disagreements - c.firstDisagreements.length} more`);
  return lines;
}

const groupRow = (name: string, g: ReviewGroup): string[] => [name, String(g.reviews), String(g.precededByOverdue), percent(g.share)];

export function formatReport(score: Score, run: { dir: string; seconds: number; problems: number }): string {
  const j = score.judgements;
  const lines = [
    `Real-data evaluation — ${run.dir}`,
    `${score.orders} orders (marketplace 'custom', BRL, America/Sao_Paulo); ${run.problems} unreadable cells or rows reported`,
    `judged at: approval+1 min ${j.approval}, ship-by deadline ${j['ship-deadline']}, end of estimated delivery day ${j['delivery-estimate']}, delivery ${j.delivery}, review ${j.review}; shop-level runs (weekly) ${score.shopRuns}`,
    `runtime ${run.seconds.toFixed(1)} s`,
    '',
    'Findings per detector over the replay',
    ...table(
      ['detector', 'cases', 'findings', 'P1', 'P2', 'P3'],
      score.detectors.map((d) => [d.detector, String(d.cases), String(d.findings), String(d.bySeverity.P1), String(d.bySeverity.P2), String(d.bySeverity.P3)]),
    ),
    '',
    'Exact checks against the recorded timestamps and scores',
    ...score.checks.flatMap(checkLines),
    '',
    'Reviews after a delivery-overdue case (case first raised before the review was created)',
    ...table(
      ['reviews', 'count', 'after a case', 'share'],
      [groupRow('1–2 stars', score.reviews.low), groupRow('3 stars', score.reviews.middle), groupRow('4–5 stars', score.reviews.high)],
    ),
    `orders reviewed after a delivery-overdue case: ${score.reviews.overdueThenReviewed}, of which with a 1–2 star review: ${score.reviews.overdueThenLow} (${percent(score.reviews.overdueThenReviewed === 0 ? null : score.reviews.overdueThenLow / score.reviews.overdueThenReviewed)})`,
  ];
  const q = score.quietness;
  const judged = score.precision.filter((p) => p.cases > 0);
  const silentOnes = score.precision.filter((p) => p.cases === 0);
  const silenceOf = new Map(score.silences.map((s) => [s.detector, s]));
  lines.push(
    '',
    `Orders that turned out fine (${q.rule}): ${q.fineOrders}`,
    `  with a P1/P2 case: ${q.withP1P2} (${percentText(q.shareWithP1P2)}, limit ${percentText(MAX_FINE_WITH_P1P2)}); with a P1 case: ${q.withP1} (${percentText(q.shareWithP1)}, limit ${percentText(MAX_FINE_WITH_P1)})`,
    `  raised by: ${q.raisedBy.length === 0 ? 'none' : q.raisedBy.map((r) => `${r.detector} ${r.withP1P2} (P1 ${r.withP1})`).join(', ')}`,
    '',
    'Cases per detector on orders that turned out fine',
    ...table(
      ['detector', 'cases', 'on fine orders', 'share', 'P1/P2 on fine', 'P1 on fine'],
      judged.map((p) => [p.detector, String(p.cases), String(p.onFineOrders), percentText(p.share), String(p.p1p2OnFine), String(p.p1OnFine)]),
    ),
    `amount-mismatch quiet thanks to what the console shows: ${Object.entries(score.amountsExplained).map(([why, n]) => `${why} ${n} order${n === 1 ? '' : 's'}`).join(', ') || 'none'}`,
    `no case raised: ${silentOnes.map((p) => { const s = silenceOf.get(p.detector); return s === undefined ? p.detector : `${p.detector} (silent on ${s.judgements}: ${s.reason})`; }).join('; ')}`,
  );
  const failed = failedLimits(score);
  lines.push('', failed.length === 0 ? 'CI limits: all met' : `CI limits not met:\n${failed.map((f) => `  ✗ ${f}`).join('\n')}`);
  if (score.failures.length > 0) {
    lines.push('', 'Detectors that threw (bugs):', ...score.failures.map((f) => `  ${f.detector}: ${f.count} times, first: ${f.first}`));
  }
  return `${lines.join('\n')}\n`;
}
