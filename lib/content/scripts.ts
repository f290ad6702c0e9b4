/**
 * The content script of each console, made from the adapter registry at build time (wxt.config.ts
 * writes each source into .wxt/consoles/ and adds it to WXT's entrypoints), so a new console needs
 * no entrypoint file of its own. Each script imports its own adapter's page part alone, from the
 * adapter's file, so it bundles that adapter and its layout's reader and no other.
 */
import { SITES_SCRIPT } from '../adapters';
import type { PageAdapter } from '../adapters/types';

/** Where the page part of a console's adapter is: `<camelCase id>Page` in lib/adapters/<id>.ts. */
export const pageExportOf = (id: string): string => `${id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Page`;

/** The reader each layout kind is read with (lib/extract/read.ts); the reader by meaning loads on demand. */
export const READERS_OF = { table: 'READ_TABLES', blocks: 'READ_BLOCKS', cards: 'READ_CARDS' } as const;

export interface ConsoleScript {
  /** The entrypoint's name: its adapter's id, and so content-scripts/<id>.js. */
  readonly name: string;
  readonly adapterFile: string;
  readonly pageExport: string;
  readonly readers: (typeof READERS_OF)[keyof typeof READERS_OF];
  /** The entrypoint's source, with `root` the relative path from its folder to the project. */
  readonly source: (root: string) => string;
}

/**
 * One script per console declared in the manifest: every adapter but those on the seller's own
 * host (`anyHost`: they ride in the granted sites' script, entrypoints/sites.content.ts).
 */
export function consoleScripts(adapters: readonly PageAdapter[]): ConsoleScript[] {
  return adapters
    .filter((a) => !a.anyHost)
    .map((adapter) => {
      const kind = adapter.layout.kind;
      if (kind === 'meaning') throw new Error(`${adapter.id}: a console's own script needs a layout of its own (table, blocks or cards)`);
      if (adapter.id === SITES_SCRIPT) throw new Error(`${adapter.id}: the name of the granted sites' script`);
      const pageExport = pageExportOf(adapter.id);
      const readers = READERS_OF[kind];
      const adapterFile = `lib/adapters/${adapter.id}.ts`;
      return {
        name: adapter.id,
        adapterFile,
        pageExport,
        readers,
        source: (root: string) =>
          [
            `// Made by wxt.config.ts from ${adapterFile} at every build (lib/content/scripts.ts): not to edit.`,
            `import '${root}/lib/zod-config'; // first: before any schema is created (see the file)`,
            `import { ${pageExport} } from '${root}/lib/adapters/${adapter.id}';`,
            `import { ${readers} } from '${root}/lib/extract/read';`,
            `import { consoleScript } from '${root}/lib/content/define';`,
            '',
            `export default consoleScript(${pageExport}, ${readers});`,
            '',
          ].join('\n'),
      };
    });
}
