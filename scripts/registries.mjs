/**
 * The lists of marketplace profiles and console adapters, found in their folders and written as
 * TypeScript into .wxt/registry/ (lib/marketplaces/index.ts and lib/adapters/index.ts import them),
 * so a new console is its own files and no line in a list. A file is a profile when it exports
 * the camel-cased name of its file (lib/marketplaces/<id>.ts: `export const <id> =`), an adapter
 * when it exports that name as an `Adapter`. Importing this module writes them (wxt.config.ts
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

/** The two registry files' paths (from the project root) and texts. */
export function registries(root) {
  refuseUnlisted(root);
  const profiles = unitsIn(root, 'lib/marketplaces', (id, text) => exports(id, text));
  const consoles = unitsIn(root, 'lib/marketplaces', (id, text) => exports(id, text) && /^export const shows\b/m.test(text));
  const adapters = unitsIn(root, 'lib/adapters', (id, text) => exports(id, text, ': Adapter'));
  const head = (folder) => `// Written by scripts/registries.mjs from the files in ${folder} at every build: not to edit.\n`;
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
