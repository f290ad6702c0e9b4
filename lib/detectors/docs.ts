/**
 * docs/features.md's list of checks, written from the detectors themselves (`npm run
 * docs:features` writes it; test/detectors/docs.test.ts fails when the page is stale), so a new
 * detector's line is never a hand edit.
 */
import { consoleDetectorTable } from './consoles';
import { DETECTORS } from './index';
import { SETTING_LABELS } from './settings';
import { DEFAULT_SETTINGS } from '../settings';

/** A default as the table shows it: numbers and words by value, a table or list by its name. */
function defaultsOf(values: Readonly<Record<string, unknown>>): string {
  const shown: string[] = [];
  const others: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (key === 'enabled') continue;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') shown.push(`${key} ${String(value)}`);
    else others.push(SETTING_LABELS[key]?.en ?? key);
  }
  return [...(shown.length > 0 ? [shown.join(', ')] : []), ...others].join('; ') || '—';
}

/** The table of checks, in registry order: id, family, when it fires (its description) and its defaults. */
export function checksTable(): string {
  const lines = [
    '| detector | family | fires when | defaults |',
    '|---|---|---|---|',
    ...DETECTORS.map((d) => `| \`${d.id}\` | ${d.family} | ${d.description.en} | ${defaultsOf(DEFAULT_SETTINGS.detectors[d.id])} |`),
  ];
  return lines.join('\n');
}

/**
 * `docs` (docs/features.md's text) with its generated parts written afresh: the count of
 * detectors, the list of checks and the console table (both tables sit in a list item, two
 * spaces in). Equal to `docs` when the page is up to date.
 */
export function withGeneratedParts(docs: string): string {
  const table = (head: string | RegExp, body: string) => (text: string) => {
    const indented = body.replace(/^/gm, '  ');
    const found = new RegExp(`^  ${typeof head === 'string' ? literal(head) : head.source}.*\\n(?:  \\|.*\\n)*`, 'm');
    if (!found.test(text)) throw new Error(`docs/features.md: no table starting "${head}"`);
    return text.replace(found, () => `${indented}\n`);
  };
  return [
    (text: string) => text.replace(/\*\*Detects\*\* with \d+ detectors/, `**Detects** with ${DETECTORS.length} detectors`),
    table('| detector | family |', checksTable()),
    // Found by what it is not: its first console changes as consoles come.
    table(/\| detector \| (?!family \|)/, consoleDetectorTable()),
  ].reduce((text, write) => write(text), docs);
}

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
