/**
 * The content script of each console and the granted sites' script, made from the adapter
 * registry at build time (wxt.config.ts writes each source into .wxt/consoles/ and adds it to
 * WXT's entrypoints), so a new console needs no entrypoint file of its own. Each script imports
 * its adapters' page parts alone, from the adapters' files, so it bundles those adapters and their
 * layouts' readers and no other.
 */
import { SITES_SCRIPT } from '../adapters';
import type { PageAdapter } from '../adapters/types';

/** Where the page part of a console's adapter is: `<camelCase id>Page` in lib/adapters/<id>.ts. */
export const pageExportOf = (id: string): string => `${id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Page`;

/** The reader each layout kind is read with (lib/extract/read.ts); the reader by meaning loads on demand. */
export const READERS_OF = { table: 'READ_TABLES', blocks: 'READ_BLOCKS', cards: 'READ_CARDS' } as const;

type ReaderName = (typeof READERS_OF)[keyof typeof READERS_OF];

export interface ConsoleScript {
  /** The entrypoint's name: its adapter's id (or the granted sites' script's), and so content-scripts/<name>.js. */
  readonly name: string;
  /** The page part of each adapter it bundles: `<pageExport>` of `lib/adapters/<id>.ts`. */
  readonly pages: readonly { readonly id: string; readonly adapterFile: string; readonly pageExport: string }[];
  /** Its layouts' readers, and no other. */
  readonly readers: readonly ReaderName[];
  /** consoleScript: in the manifest, on its console's pages; sitesScript: registered at run time for the granted sites. */
  readonly define: 'consoleScript' | 'sitesScript';
  /** The entrypoint's source, with `root` the relative path from its folder to the project. */
  readonly source: (root: string) => string;
}

const readerOf = (adapter: PageAdapter): ReaderName => {
  const kind = adapter.layout.kind;
  if (kind === 'meaning') throw new Error(`${adapter.id}: a console's own script needs a layout of its own (table, blocks or cards)`);
  return READERS_OF[kind];
};

function script(name: string, adapters: readonly PageAdapter[], readers: readonly ReaderName[], define: ConsoleScript['define']): ConsoleScript {
  const pages = adapters.map((a) => ({ id: a.id, adapterFile: `lib/adapters/${a.id}.ts`, pageExport: pageExportOf(a.id) }));
  const page = pages.map((p) => p.pageExport).join(', ');
  const read = readers.length === 1 ? readers[0]! : `{ ${readers.map((r) => `...${r}`).join(', ')} }`;
  return {
    name,
    pages,
    readers,
    define,
    source: (root: string) =>
      [
        `// Made by wxt.config.ts from the adapter registry at every build (lib/content/scripts.ts): not to edit.`,
        `import '${root}/lib/zod-config'; // first: before any schema is created (see the file)`,
        ...pages.map((p) => `import { ${p.pageExport} } from '${root}/lib/adapters/${p.id}';`),
        `import { ${readers.join(', ')} } from '${root}/lib/extract/read';`,
        `import { ${define} } from '${root}/lib/content/define';`,
        '',
        `export default ${define}(${define === 'consoleScript' ? page : `[${page}]`}, ${read});`,
        '',
      ].join('\n'),
  };
}

/**
 * One script per console declared in the manifest, and the granted sites' script: the consoles
 * on the seller's own host (`anyHost`) ride in it, registered at run time for each granted origin,
 * with the taught sites (read as tables).
 */
export function consoleScripts(adapters: readonly PageAdapter[]): ConsoleScript[] {
  const own = adapters.filter((a) => !a.anyHost);
  const granted = adapters.filter((a) => a.anyHost);
  for (const adapter of own) if (adapter.id === SITES_SCRIPT) throw new Error(`${adapter.id}: the name of the granted sites' script`);
  return [
    ...own.map((adapter) => script(adapter.id, [adapter], [readerOf(adapter)], 'consoleScript')),
    script(SITES_SCRIPT, granted, [...new Set<ReaderName>(['READ_TABLES', ...granted.map(readerOf)])], 'sitesScript'),
  ];
}
