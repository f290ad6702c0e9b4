/**
 * What the unit generators (new-adapter.mjs, new-detector.mjs) share: the id's checks and
 * names, and the files they write, each refusing to overwrite one that exists.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<id> [--root dir] [--flag value]…` → { id, root, options }; exits with the usage on a bad id. */
export function parseArgs(argv, usage) {
  const options = {};
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) options[argv[i].slice(2)] = argv[++i];
    else positional.push(argv[i]);
  }
  const id = positional[0];
  if (id === undefined || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) {
    console.error(`usage: ${usage}\n  <id>: lower-case words joined by '-', e.g. 'late-review'`);
    process.exit(2);
  }
  const root = resolve(options.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  return { id, root, options };
}

/** 'late-review' → 'lateReview'. */
export const camelOf = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
/** 'late-review' → 'LateReview'. */
export const pascalOf = (id) => camelOf(id).replace(/^./, (c) => c.toUpperCase());

/** Writes files and edits lists under `root`, and says which files it touched. */
export class Changes {
  constructor(root) {
    this.root = root;
    this.created = [];
    this.edited = [];
  }

  create(path, text) {
    const file = join(this.root, path);
    if (existsSync(file)) throw new Error(`${path} exists already: pick another id`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    this.created.push(path);
  }

  report(next) {
    console.log(`created:\n${this.created.map((p) => `  ${p}`).join('\n')}\nedited:\n${this.edited.map((p) => `  ${p}`).join('\n')}\nnext:\n${next.map((s) => `  ${s}`).join('\n')}`);
  }
}
