// docs/features.md's list of checks and console table are written by `npm run docs:features`
// from the detectors themselves: a new detector (or a changed default or description) makes this
// fail until the command is run, so the page never needs a hand edit for them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../lib/detectors';
import { checksTable, withGeneratedParts } from '../../lib/detectors/docs';

const docs = readFileSync('docs/features.md', 'utf8');

describe('docs/features.md', () => {
  it('is what npm run docs:features writes', () => {
    expect(withGeneratedParts(docs)).toBe(docs);
  });

  it('lists each check with its family, when it fires and its defaults, as the options page has them', () => {
    const rows = checksTable().split('\n');
    expect(rows.length).toBe(2 + DETECTORS.length);
    expect(rows[1 + 1]).toMatch(/^\| `ship-deadline` \| shipping \| A paid order not yet shipped: .* \| warnHours 6; hours per marketplace \(empty = platform rule\) \|$/);
    expect(rows.find((row) => row.startsWith('| `stock-risk` '))).toMatch(/ \| — \|$/);
    expect(rows.find((row) => row.startsWith('| `tracking-invalid` '))).toMatch(/ \| firstScanHours 24, checkFormat true \|$/);
    expect(docs).toContain(`**Detects** with ${DETECTORS.length} detectors`);
  });

  it('names what went stale: a page missing a generated table is refused, not silently kept', () => {
    expect(() => withGeneratedParts('# What Order Sentinel does\n')).toThrow('docs/features.md: no table starting "| detector | family |"');
    // A stale row is written afresh.
    const stale = docs.replace('| `duplicate-order` | creation |', '| `duplicate-order` | payment |');
    expect(stale).not.toBe(docs);
    expect(withGeneratedParts(stale)).toBe(docs);
  });
});
