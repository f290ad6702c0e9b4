/**
 * What the unit generators (new-adapter.mjs, new-detector.mjs) share: the id's checks and
 * names, and the edits they make, each refusing to guess when a list is not where it expects.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  /** Inserts `line` before the first line matching `before` that follows the first line matching `after`. */
  insert(path, line, { after, before }) {
    const file = join(this.root, path);
    const lines = readFileSync(file, 'utf8').split('\n');
    const from = after === undefined ? 0 : lines.findIndex((l) => after.test(l));
    const at = from === -1 ? -1 : lines.findIndex((l, i) => i > from && before.test(l));
    if (at === -1) throw new Error(`${path}: no line matching ${before} after ${after}: add "${line.trim()}" by hand`);
    lines.splice(at, 0, line);
    writeFileSync(file, lines.join('\n'));
    if (!this.edited.includes(path)) this.edited.push(path);
  }

  /** Adds an import after the file's last import. */
  addImport(path, line) {
    const file = join(this.root, path);
    const lines = readFileSync(file, 'utf8').split('\n');
    const last = lines.findLastIndex((l) => /^import\b.*;$/.test(l));
    lines.splice(last + 1, 0, line);
    writeFileSync(file, lines.join('\n'));
    if (!this.edited.includes(path)) this.edited.push(path);
  }

  /** Appends `item` to the one-line list (`[a, b]` or `{ a, b }`) on the line matching `line`. */
  append(path, line, item) {
    const file = join(this.root, path);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => line.test(l));
    const end = at === -1 ? null : /\s*(\]|\s\})(;?\s*)$/.exec(lines[at]);
    if (!end) throw new Error(`${path}: no one-line list matching ${line}: add ${item} by hand`);
    lines[at] = `${lines[at].slice(0, end.index)}, ${item}${end[1]}${end[2]}`;
    writeFileSync(file, lines.join('\n'));
    if (!this.edited.includes(path)) this.edited.push(path);
  }

  report(next) {
    console.log(`created:\n${this.created.map((p) => `  ${p}`).join('\n')}\nedited:\n${this.edited.map((p) => `  ${p}`).join('\n')}\nnext:\n${next.map((s) => `  ${s}`).join('\n')}`);
  }
}
