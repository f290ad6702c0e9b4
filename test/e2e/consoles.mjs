// The consoles as the adapter registry declares them, for the tests of the built extension: each
// console's id, pages, layout and script come from its adapter (lib/content/scripts.ts makes the
// scripts from the same registry), so a new console needs no line in the manifest or bundle tests.
// The registry is TypeScript: esbuild bundles it once into node_modules/.cache (the eval's way).
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = join(root, 'node_modules', '.cache', 'order-sentinel', 'e2e-consoles.mjs');
mkdirSync(dirname(outfile), { recursive: true });
buildSync({
  stdin: {
    contents: [
      "export { ADAPTERS, SITES_SCRIPT } from './lib/adapters';",
      "export { demoPage } from './lib/adapters/demo';",
      "export { consoleScripts } from './lib/content/scripts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  outfile,
});
const registry = await import(pathToFileURL(outfile).href);

/** The consoles with a script of their own, in the registry's order: id, script file, patterns and layout kind. */
export const CONSOLES = registry.consoleScripts(registry.ADAPTERS).flatMap((script) => {
  // The granted sites' script is registered at run time, in no manifest entry.
  if (script.define !== 'consoleScript') return [];
  const adapter = registry.ADAPTERS.find((a) => a.id === script.name);
  return [{ id: adapter.id, script: `content-scripts/${adapter.id}.js`, matches: [...adapter.matches], layout: adapter.layout.kind }];
});

/** The demo console's id (in the tests' build only) and the granted sites' script's file. */
export const DEMO = registry.demoPage.id;
export const SITES = `${registry.SITES_SCRIPT}.js`;
