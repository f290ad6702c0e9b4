/**
 * docs/features.md's list of consoles and list of checks, written from the adapters and the
 * detectors themselves (`npm run docs:features` writes them; test/detectors/docs.test.ts fails
 * when the page is stale), so a new console's or detector's line is never a hand edit.
 */
import { ADAPTERS, type PageAdapter } from '../adapters';
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

/** Where a console is read, from its match patterns: each page once, a page on many sites named once with their count. */
function pagesOf(adapter: PageAdapter): string {
  if (adapter.anyHost) return 'your own site, once you allow it from the popup';
  const hostsByPage = new Map<string, string[]>();
  for (const pattern of adapter.matches) {
    const m = /^[a-z]+:\/\/([^/]+)(\/.*?)\*?$/.exec(pattern);
    if (m === null) continue;
    hostsByPage.set(m[2]!, [...(hostsByPage.get(m[2]!) ?? []), m[1]!]);
  }
  return [...hostsByPage]
    .flatMap(([page, hosts]) => (hosts.length > 3 ? [`\`${hosts[0]}${page}\` and the same page on ${hosts.length - 1} more sites`] : hosts.map((host) => `\`${host}${page}\``)))
    .join(', ');
}

/** The table of consoles, in the adapters' order (the demo console aside): its name in both languages and the pages read. */
export function consolesTable(adapters: readonly PageAdapter[] = ADAPTERS): string {
  const lines = [
    '| console | pages read |',
    '|---|---|',
    ...adapters.filter((a) => a.id !== 'demo').map((a) => `| ${a.label.en} (${a.label.zh}) | ${pagesOf(a)} |`),
    "| any other order table | **teach mode**: point at the table, confirm the columns (and what the shop's own status words mean, when the shared words do not know them), saved for that site |",
  ];
  return lines.join('\n');
}

/**
 * `docs` (docs/features.md's text) with its generated parts written afresh: the count of
 * detectors, the list of consoles, the list of checks and the console table (each table sits in a
 * list item, two spaces in). Equal to `docs` when the page is up to date.
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
    table('| console | pages read |', consolesTable()),
    // Found by what it is not: its first console changes as consoles come.
    table(/\| detector \| (?!family \|)/, consoleDetectorTable()),
  ].reduce((text, write) => write(text), docs);
}

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
