// Conventions every entrypoint keeps (STYLE.md: a meta-test instead of reviewers).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY_FILES = readdirSync('entrypoints', { withFileTypes: true }).flatMap((d) => {
  if (!d.isDirectory()) return [`entrypoints/${d.name}`];
  const main = ['index.ts', 'main.tsx'].map((f) => `entrypoints/${d.name}/${f}`).find((f) => existsSync(f));
  return main ? [main] : [];
});

/** Whether a source file or anything it imports (relative imports, followed) imports zod. */
function reachesZod(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (/from 'zod|import 'zod/.test(text)) return true;
  return [...text.matchAll(/(?:from|import) '(\.{1,2}\/[^']+)'/g)].some(([, spec]) => {
    const base = join(dirname(file), spec!);
    const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(f) && /\.tsx?$/.test(f));
    return found !== undefined && reachesZod(found, seen);
  });
}

describe('entrypoints', () => {
  it('finds zod behind imports, and none behind the popup\'s early script', () => {
    expect(reachesZod('entrypoints/popup/main.tsx')).toBe(true);
    expect(reachesZod('lib/db/index.ts')).toBe(true);
    expect(reachesZod('entrypoints/popup-early.ts')).toBe(false);
  });

  it('exist for the worker, the content script and every page', () => {
    expect(ENTRY_FILES.length).toBeGreaterThanOrEqual(5);
  });

  it('show the privacy page with the sections PRIVACY.md has, in both languages (the stores link the file)', () => {
    const headings = readFileSync('PRIVACY.md', 'utf8').match(/^## .+$/gm)?.map((h) => h.slice(3)) ?? [];
    const keys = [...readFileSync('entrypoints/privacy/App.tsx', 'utf8').matchAll(/heading: '(\w+)'/g)].map(([, key]) => key!);
    expect(keys).toHaveLength(4);
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      expect(keys.map((key) => headings.includes(messages[key]!.message))).toEqual([true, true, true, true]);
    }
  });

  it('include the welcome page the install opens and the privacy page it links to', () => {
    const opened = /WELCOME_PAGE = '\/(\w+)\.html'/.exec(readFileSync('entrypoints/background/first-run.ts', 'utf8'))?.[1];
    expect(opened).toBe('welcome');
    expect(existsSync(`entrypoints/${opened}/index.html`)).toBe(true);
    const linked = [...readFileSync('entrypoints/welcome/App.tsx', 'utf8').matchAll(/href="\/(\w+)\.html"/g)].map(([, page]) => page);
    expect(linked).toEqual(['privacy']);
    expect(existsSync('entrypoints/privacy/index.html')).toBe(true);
  });

  it.each(ENTRY_FILES)('%s turns zod jitless before anything else is imported (CSP: no code from strings)', (file) => {
    // Unless nothing it loads uses zod (the popup's early script: a database open, no schema).
    if (!reachesZod(file)) return;
    const firstImport = readFileSync(file, 'utf8')
      .split('\n')
      .find((line) => line.startsWith('import '));
    expect(firstImport).toMatch(/^import '(\.\.\/)+lib\/zod-config';/);
  });

  it.each(ENTRY_FILES)('%s loads zod\'s English issue messages, except the content scripts (they never show them)', (file) => {
    if (!reachesZod(file)) return;
    const loads = /^import '(\.\.\/)+lib\/zod-messages';/m.test(readFileSync(file, 'utf8'));
    const contentScript = file.endsWith('.content.ts');
    expect([file, loads]).toEqual([file, !contentScript]);
  });

  it('use zod/mini only: zod classic does not tree-shake and would add ~50 KB gzipped to the content script', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? sources(`${dir}/${d.name}`) : /\.tsx?$/.test(d.name) ? [`${dir}/${d.name}`] : [],
      );
    const classic = ['lib', 'entrypoints', 'components'].flatMap(sources).filter((f) => /from 'zod(\/v4)?'/.test(readFileSync(f, 'utf8')));
    expect(classic).toEqual([]);
  });
});
