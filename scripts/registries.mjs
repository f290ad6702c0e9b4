/**
 * The lists of marketplace profiles, console adapters and detectors, found in their folders and
 * written as TypeScript into .wxt/registry/ (the index.ts of lib/marketplaces, lib/adapters,
 * lib/detectors and lib/detectors/settings import them; lib/detectors/pages and lib/templates/catalogue
 * the checks' texts), so a new console or detector is its own files and no line in a list. A file
 * is a profile when it exports the camel-cased name of its file (lib/marketplaces/<id>.ts:
 * `export const <id> =`), an adapter when it exports that name as an `Adapter`; a detector is a
 * settings file declaring its `place` (lib/detectors/settings/<id>.ts) beside a check exporting its
 * name, its `description` and its `replies` (lib/detectors/<id>.ts). Importing this module writes them (wxt.config.ts
 * imports it first, so every build, `wxt prepare` and vitest see the folders as they are); the
 * unit generator and the node scripts call it too (package.json). Files are rewritten only when
 * changed, so the dev server does not rebuild for nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const camelOf = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const keyOf = (id) => (id === camelOf(id) ? id : `'${id}'`);

/** The demo console first in every list and the sites the seller taught last; the others by id. */
const FIRST = 'demo';
const LAST = 'custom';
const rank = (id) => (id === FIRST ? 0 : id === LAST ? 2 : 1);
const listed = (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

/** The ids of the files in `dir` whose text matches `test(id, text)`, in the lists' order. */
function unitsIn(root, dir, test) {
  return readdirSync(join(root, dir))
    .filter((name) => /^[a-z][a-z0-9-]*\.ts$/.test(name))
    .map((name) => name.slice(0, -3))
    .filter((id) => test(id, readFileSync(join(root, dir, `${id}.ts`), 'utf8')))
    .sort(listed);
}

const exports = (id, text, type = '') => new RegExp(`^export const ${camelOf(id)}${type} =`, 'm').test(text);

/** Fails on a console's file the lists would leave out (a typo in its export), so none is dropped silently. */
function refuseUnlisted(root) {
  const refuse = (dir, test) =>
    unitsIn(root, dir, (id, text) => {
      const lacks = test(id, text);
      if (lacks) throw new Error(`${dir}/${id}.ts: ${lacks}`);
      return false;
    });
  refuse('lib/marketplaces', (id, text) =>
    /^export const shows\b/m.test(text) && !exports(id, text) ? `its fields (shows) have no profile to list: export const ${camelOf(id)} = …` : '',
  );
  refuse('lib/adapters', (id, text) =>
    exports(`${id}Page`, text, ': PageAdapter') && !exports(id, text, ': Adapter') ? `its page part (${camelOf(id)}Page) has no adapter to list: export const ${camelOf(id)}: Adapter = …` : '',
  );
}

/** A detector's settings parts the pages read, each imported by name so a part they do not read stays out. */
const SETTINGS_PARTS = ['label', 'family', 'settings', 'inputs', 'settingLabels', 'evidenceLabels', 'evidenceValues'];
const PLACE = /^export const place = \{ saved: (\d+), clock: (\d+) \} as const;$/m;

/**
 * The detectors in their two stored orders (`saved`: a seller's settings; `clock`: DETECTORS,
 * whose place is an order's clock bit), by the place each settings file declares; fails on a
 * settings file without a place or a check, and on two detectors at one place or a place left empty.
 */
function detectorsIn(root) {
  const dir = 'lib/detectors/settings';
  const found = unitsIn(root, dir, (id, text) => {
    const placed = PLACE.test(text);
    if (!placed && /^export const settings\b/m.test(text)) throw new Error(`${dir}/${id}.ts: no place in the stored lists: export const place = { saved: <n>, clock: <n> } as const;`);
    return placed;
  }).map((id) => {
    const [, saved, clock] = PLACE.exec(readFileSync(join(root, dir, `${id}.ts`), 'utf8'));
    const check = join(root, 'lib/detectors', `${id}.ts`);
    if (!existsSync(check) || !exports(id, readFileSync(check, 'utf8'))) throw new Error(`${dir}/${id}.ts: no check to list: export const ${camelOf(id)} = … in lib/detectors/${id}.ts`);
    for (const [part, shape] of [['description', 'Bilingual = { en: …, zh: … }'], ['replies', 'readonly ReplyTemplate[] = [ … ] (empty when it has no buyer to answer)']])
      if (!new RegExp(`^export const ${part}\\b`, 'm').test(readFileSync(check, 'utf8'))) throw new Error(`lib/detectors/${id}.ts: no ${part} to list: export const ${part}: ${shape}`);
    return { id, saved: Number(saved), clock: Number(clock) };
  });
  const ordered = (key) => {
    const list = [...found].sort((a, b) => a[key] - b[key]);
    list.forEach((detector, at) => {
      if (detector[key] === at) return;
      const other = list.find((d) => d !== detector && d[key] === detector[key]);
      throw new Error(other ? `${dir}: ${other.id} and ${detector.id} both at ${key} place ${detector[key]}: give the newer one the next free place (${list.length - 1})` : `${dir}: no detector at ${key} place ${at}: places run 0 to ${list.length - 1}, without a gap`);
    });
    return list.map((detector) => detector.id);
  };
  return { saved: ordered('saved'), clock: ordered('clock') };
}

/** The registry files' paths (from the project root) and texts. */
export function registries(root) {
  refuseUnlisted(root);
  const detectors = detectorsIn(root);
  const profiles = unitsIn(root, 'lib/marketplaces', (id, text) => exports(id, text));
  const consoles = unitsIn(root, 'lib/marketplaces', (id, text) => exports(id, text) && /^export const shows\b/m.test(text));
  const adapters = unitsIn(root, 'lib/adapters', (id, text) => exports(id, text, ': Adapter'));
  const head = (folder) => `// Written by scripts/registries.mjs from the files in ${folder} at every build: not to edit.\n`;
  const tunable = (id) => /^export const tuning\b/m.test(readFileSync(join(root, 'lib/detectors', `${id}.ts`), 'utf8'));
  return {
    '.wxt/registry/marketplaces.ts': [
      head('lib/marketplaces'),
      ...profiles.map((id) => `import { ${camelOf(id)}${consoles.includes(id) ? `, shows as ${camelOf(id)}Shows` : ''} } from '../../lib/marketplaces/${id}';`),
      '',
      `export const PROFILE_FILES = { ${profiles.map((id) => (keyOf(id) === id ? id : `${keyOf(id)}: ${camelOf(id)}`)).join(', ')} };`,
      `export const CONSOLE_SHOWS = { ${consoles.map((id) => `${keyOf(id)}: ${camelOf(id)}Shows`).join(', ')} };`,
      '',
    ].join('\n'),
    '.wxt/registry/adapters.ts': [
      head('lib/adapters'),
      `import type { Adapter } from '../../lib/adapters/types';`,
      ...adapters.map((id) => `import { ${camelOf(id)} } from '../../lib/adapters/${id}';`),
      '',
      `export const ADAPTER_FILES: readonly Adapter[] = [${adapters.map(camelOf).join(', ')}];`,
      '',
    ].join('\n'),
    '.wxt/registry/detector-settings.ts': [
      head('lib/detectors/settings'),
      ...detectors.saved.map((id) => `import { ${SETTINGS_PARTS.map((part) => `${part} as ${camelOf(id)}_${part}`).join(', ')} } from '../../lib/detectors/settings/${id}';`),
      '',
      '/** Every detector\'s settings file by its id, in the order a seller\'s settings are saved. */',
      'export const SETTINGS_FILES = {',
      ...detectors.saved.map((id) => `  '${id}': { ${SETTINGS_PARTS.map((part) => `${part}: ${camelOf(id)}_${part}`).join(', ')} },`),
      '};',
      '',
      '/** Every detector\'s id in the order of DETECTORS (each settings file\'s clock place), for the pages\' lists. */',
      `export const CLOCK_ORDER = [${detectors.clock.map((id) => `'${id}'`).join(', ')}] as const;`,
      '',
    ].join('\n'),
    '.wxt/registry/detectors.ts': [
      head('lib/detectors'),
      ...detectors.clock.map((id) => `import { ${camelOf(id)} } from '../../lib/detectors/${id}';`),
      '',
      '/** Every detector, in the order of their clock bits. */',
      `export const DETECTOR_FILES = [${detectors.clock.map(camelOf).join(', ')}] as const;`,
      '',
    ].join('\n'),
    // What the pages show of each check, each part imported alone (its description, its tuning, its
    // replies), so the pages showing them bundle none of the checks' code.
    '.wxt/registry/detector-texts.ts': [
      head('lib/detectors'),
      `import type { Bilingual } from '../../lib/schema';`,
      `import type { ReplyTemplate } from '../../lib/templates/catalogue';`,
      `import type { Tuning } from '../../lib/detectors/types';`,
      ...detectors.clock.map((id) => `import { description as ${camelOf(id)}_description, ${tunable(id) ? `tuning as ${camelOf(id)}_tuning, ` : ''}replies as ${camelOf(id)}_replies } from '../../lib/detectors/${id}';`),
      '',
      '/** Every detector\'s description (its check file\'s `description`) by its id. */',
      `export const DETECTOR_DESCRIPTIONS: Readonly<Record<string, Bilingual>> = { ${detectors.clock.map((id) => `'${id}': ${camelOf(id)}_description`).join(', ')} };`,
      '',
      '/** How a seller\'s dismissals move a threshold (its check file\'s `tuning`), by the id of each detector that has one. */',
      `export const DETECTOR_TUNINGS: Readonly<Record<string, Tuning>> = { ${detectors.clock.filter(tunable).map((id) => `'${id}': ${camelOf(id)}_tuning`).join(', ')} };`.replace('{  }', '{}'),
      '',
      '/** Every detector\'s own replies (its check file\'s `replies`), in the order of DETECTORS. */',
      `export const DETECTOR_REPLIES: readonly ReplyTemplate[] = /* @__PURE__ */ ([] as ReplyTemplate[]).concat(${detectors.clock.map((id) => `${camelOf(id)}_replies`).join(', ')});`,
      '',
    ].join('\n'),
  };
}

/** Writes the registries under `root`; the paths it changed. */
export function writeRegistries(root) {
  const changed = [];
  for (const [path, text] of Object.entries(registries(root))) {
    const file = join(root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    changed.push(path);
  }
  return changed;
}

writeRegistries(join(dirname(fileURLToPath(import.meta.url)), '..'));
