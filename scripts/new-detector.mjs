#!/usr/bin/env node
/**
 * `npm run new:detector <id> [-- --family <family>]`: a detector's files on the shape of the
 * others (STYLE.md §1, §6), with a test that fails until the detector finds what it is for.
 * Creates the detector (its check, description and replies), its settings file (its name, family,
 * place in the stored lists, settings and their names, the inputs it needs, the names of its
 * evidence) and its test, and nothing else:
 * the lists of detectors are written from the files found (scripts/registries.mjs, at every build).
 * docs/features.md's line for it is then written by `npm run docs:features`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeRegistries } from './registries.mjs';
import { camelOf, Changes, parseArgs } from './units.mjs';

const { id, root, options } = parseArgs(process.argv.slice(2), 'npm run new:detector <id> [-- --family <family>]');
const families = [...readFileSync(join(root, 'lib/detectors/types.ts'), 'utf8').matchAll(/^\s*\| '([a-z-]+)'/gm)].map((m) => m[1]);
const family = options.family ?? 'outliers';
if (!families.includes(family)) {
  console.error(`--family: one of ${families.join(', ')}`);
  process.exit(2);
}
const name = camelOf(id);
const changes = new Changes(root);
// The next free place at the end of both stored lists: one per detector already placed.
const placed = readdirSync(join(root, 'lib/detectors/settings')).filter((file) => /^export const place\b/m.test(readFileSync(join(root, 'lib/detectors/settings', file), 'utf8'))).length;

changes.create(
  `lib/detectors/${id}.ts`,
  `import { family, label } from './settings/${id}';
import type { Bilingual, Finding } from '../schema';
import type { ReplyTemplate } from '../templates/catalogue';
import type { Detector, DetectorResult } from './types';

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: '',
  zh: '',
};

// A threshold that a seller's "threshold too strict" dismissals can move takes an exported
// \`tuning\` (Tuning in ./types), as ./ship-deadline's does.
export const ${name} = {
  id: '${id}',
  family,
  label,
  description,
  // Its result changes only when the order does, never with time alone: the alarm skips it. Name
  // the statuses (and a filter) where a threshold in time can change it (TimeDependence in ./types).
  changesWithTime: { statuses: [] },
  run(order, _ctx, _now, _settings): DetectorResult {
    const findings: Finding[] = [];
    return { findings };
  },
} satisfies Detector<'${id}'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): at least two, in English and Chinese, on the shape of the others
 * (test/templates/catalogue.test.ts fails until they are written).
 */
export const replies: readonly ReplyTemplate[] = [];
`,
);
changes.create(
  `lib/detectors/settings/${id}.ts`,
  `import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: '', zh: '' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = '${family}';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: ${placed}, clock: ${placed} } as const;

export const settings = z.object({
  enabled: Enabled,
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = [] as const;

/** Its settings' names on the options page: each setting added above needs one. */
export const settingLabels: SettingLabels<typeof settings> = {};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
`,
);
changes.create(
  `test/detectors/${id}.test.ts`,
  `import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { ${name} } from '../../lib/detectors/${id}';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, makeOrder } from './make-order';

const PLACED = Date.UTC(2026, 10, 20, 6, 0);
const defaults = DEFAULT_SETTINGS.detectors['${id}'];

function run(order: Order, now: number) {
  const result = ${name}.run(order, buildContext([order]), now, defaults);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}

describe('${id}', () => {
  // Fails until written: the order this check is for, and the exact finding a seller should read.
  it('flags the order it is for, with its evidence and explanation', () => {
    const order = makeOrder({ placedAt: PLACED });
    expect(run(order, PLACED + HOUR).findings).toEqual([
      {
        detector: '${id}',
        marketplace: 'taobao',
        orderId: '1001',
        severity: 'P2',
        evidence: {},
        explanation: { en: '', zh: '' },
      },
    ]);
  });
});
`,
);

// No list to edit: the detectors' lists are written from the files (every build writes them too).
const registered = writeRegistries(root);

changes.report([
  `write the finding it is for in test/detectors/${id}.test.ts, then make it pass in lib/detectors/${id}.ts`,
  `its name, its settings and their names, the inputs it needs beyond order time, amount and status, and the names of its evidence keys in lib/detectors/settings/${id}.ts; its description and at least two buyer replies for its cases in lib/detectors/${id}.ts; in English and Chinese`,
  'npm run docs:features: its line in the list of checks and its row of the console table in docs/features.md, from its description, family, defaults and inputs',
  'npx vitest run test/detectors test/templates: the registry, alarm and console tests hold it to the conventions',
]);
console.log(`listed from the files (not in git):\n${registered.map((p) => `  ${p}`).join('\n')}`);
