// The layer rules (STYLE.md: one owner per concept), as a test instead of a reviewer: each room
// imports only from the rooms below it. A rule is checked on every import of every source file,
// including `import type`, since a type import still ties one room's shapes to another's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
  readonly name: string;
  readonly from: RegExp;
  readonly to: RegExp;
}

/** The pages the seller sees (popup, side panel, options, report, welcome, privacy) and their components. */
const UI = /^(?:components\/|entrypoints\/(?:popup|sidepanel|options|report|welcome|privacy|evidence)\/)/;
/** What runs in the console's page: the content scripts and the scripts injected beside them. */
const PAGE = /^(?:lib\/content\/|entrypoints\/(?:[^/]+\.content\.ts$|reader\.ts$|teach\.ts$|notes\.ts$|page-tools\.ts$))/;

export const RULES: readonly Rule[] = [
  { name: 'a content script does not import the background', from: PAGE, to: /^entrypoints\/background\// },
  { name: 'the UI does not import the background', from: UI, to: /^entrypoints\/background\// },
  { name: 'lib/messaging (message shapes and the client) does not import ingest or extract', from: /^lib\/messaging\//, to: /^lib\/(?:ingest|extract)\// },
  { name: 'lib/schema does not import the detectors or extract', from: /^lib\/schema\//, to: /^lib\/(?:detectors|extract)\// },
  { name: 'a detector does not import the database or extract', from: /^lib\/detectors\//, to: /^lib\/(?:db|extract)\// },
  { name: 'extract does not import the database', from: /^lib\/extract\//, to: /^lib\/db\// },
  { name: 'the UI does not import extract', from: UI, to: /^lib\/extract\// },
  // A check's code would load with every page that lists detectors or shows replies: the pages read
  // the settings files, lib/detectors/labels (names, families) and lib/detectors/pages (each check's
  // description and tuning, imported by name), and the replies through lib/templates.
  { name: "the UI does not import a detector's check", from: UI, to: /^(?:lib\/detectors\/(?!(?:labels|pages|types)\.ts$|settings\/)|\.wxt\/registry\/detectors\.ts$)/ },
  // The profiles' list is written from the profiles alone (.wxt/registry/marketplaces.ts, scripts/registries.mjs).
  { name: 'a marketplace profile imports nothing but the schema', from: /^lib\/marketplaces\//, to: /^(?!lib\/(?:marketplaces|schema)\/|\.wxt\/registry\/marketplaces\.ts$)/ },
];

/**
 * Imports that break a rule today and are still to move: none since the seller's settings, which
 * hold the detectors' own, left lib/schema for lib/settings. The test fails when one is fixed and
 * still listed, so the list only shrinks.
 */
const STILL_TO_MOVE: readonly string[] = [];

const SOURCE_ROOTS = ['lib', 'entrypoints', 'components'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The repository files a source file imports by relative path. */
function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*'(\.{1,2}\/[^']+)'|(?:^|\n)\s*import\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] ?? m[2]!);
  return specs.flatMap((spec) => {
    const base = normalize(join(dirname(file), spec));
    const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(f) && statSync(f).isFile());
    return found === undefined ? [] : [found];
  });
}

/** Every import that breaks a rule, as "from -> to". */
export function violations(files: ReadonlyMap<string, readonly string[]>, rules: readonly Rule[] = RULES): { edge: string; rule: string }[] {
  const out: { edge: string; rule: string }[] = [];
  for (const [from, targets] of files) {
    for (const to of targets) {
      for (const rule of rules) if (rule.from.test(from) && rule.to.test(to)) out.push({ edge: `${from} -> ${to}`, rule: rule.name });
    }
  }
  return out;
}

const graph = new Map(SOURCE_ROOTS.flatMap(sourceFiles).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));

describe('layer rules', () => {
  it('reads the imports of the source tree', () => {
    // The scan itself works: the popup imports the i18n texts, the background imports ingest.
    expect(graph.get('entrypoints/popup/App.tsx')).toContain('lib/i18n/index.ts');
    expect([...graph.keys()].length).toBeGreaterThan(100);
  });

  it('holds on every import, but for the ones still to move', () => {
    const broken = [...new Set(violations(graph).map((v) => v.edge))].sort();
    expect(broken).toEqual([...STILL_TO_MOVE].sort());
  });

  // A mutation per rule: one forbidden import added to a real file is caught by its rule.
  it.each([
    ['lib/content/run.ts', 'entrypoints/background/sites.ts', 'a content script does not import the background'],
    ['components/SiteAccess.tsx', 'entrypoints/background/sites.ts', 'the UI does not import the background'],
    ['entrypoints/sidepanel/App.tsx', 'entrypoints/background/index.ts', 'the UI does not import the background'],
    ['lib/messaging/client.ts', 'lib/ingest/index.ts', 'lib/messaging (message shapes and the client) does not import ingest or extract'],
    ['lib/messaging/client.ts', 'lib/extract/read.ts', 'lib/messaging (message shapes and the client) does not import ingest or extract'],
    ['lib/messaging/responses.ts', 'lib/ingest/pressure.ts', 'lib/messaging (message shapes and the client) does not import ingest or extract'],
    ['lib/content/read-cycle.ts', 'entrypoints/background/router.ts', 'a content script does not import the background'],
    ['lib/schema/marketplaces.ts', 'lib/detectors/types.ts', 'lib/schema does not import the detectors or extract'],
    ['lib/schema/marketplaces.ts', 'lib/extract/keys.ts', 'lib/schema does not import the detectors or extract'],
    ['lib/detectors/ship-deadline.ts', 'lib/db/index.ts', 'a detector does not import the database or extract'],
    ['lib/detectors/ship-deadline.ts', 'lib/extract/read.ts', 'a detector does not import the database or extract'],
    ['lib/extract/meaning.ts', 'lib/db/index.ts', 'extract does not import the database'],
    ['entrypoints/popup/App.tsx', 'lib/extract/meaning.ts', 'the UI does not import extract'],
    ['components/Filters.tsx', 'lib/detectors/index.ts', "the UI does not import a detector's check"],
    ['entrypoints/options/App.tsx', 'lib/detectors/ship-deadline.ts', "the UI does not import a detector's check"],
    ['entrypoints/sidepanel/CaseDetail.tsx', '.wxt/registry/detectors.ts', "the UI does not import a detector's check"],
    ['lib/marketplaces/taobao.ts', 'lib/adapters/taobao.ts', 'a marketplace profile imports nothing but the schema'],
    ['lib/marketplaces/index.ts', '.wxt/registry/adapters.ts', 'a marketplace profile imports nothing but the schema'],
  ])('%s importing %s breaks "%s"', (from, to, rule) => {
    const mutated = new Map(graph);
    mutated.set(from, [...(graph.get(from) ?? []), to]);
    expect(violations(mutated).filter((v) => v.edge === `${from} -> ${to}`).map((v) => v.rule)).toContain(rule);
  });
});
