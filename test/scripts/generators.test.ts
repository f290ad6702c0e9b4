// The unit generators (npm run new:adapter / new:detector), run on a copy of the committed tree:
// the files each says it made and edited, the lines it listed the unit with, and a tree that
// still typechecks, so a newcomer starts from green types and one failing test to fill in.
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';
const run = (script: string, ...args: string[]) => spawnSync('node', [join(dir, 'scripts', script), ...args, '--root', dir], { encoding: 'utf8' });
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
/** The `created:` and `edited:` lists a generator prints. */
const listed = (stdout: string, heading: string) =>
  (new RegExp(`${heading}:\\n((?:  .+\\n)+)`).exec(stdout)?.[1] ?? '')
    .trim()
    .split(/\n\s*/)
    .filter((line) => line !== '');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-unit-'));
  execSync(`git archive HEAD | tar -x -C ${JSON.stringify(dir)}`);
  for (const script of ['units.mjs', 'registries.mjs', 'new-adapter.mjs', 'new-detector.mjs']) cpSync(join('scripts', script), join(dir, 'scripts', script));
  cpSync('.wxt', join(dir, '.wxt'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new:detector', () => {
  it('makes the detector, its settings at the next free place and its failing test, and the lists take it from the files', () => {
    const { status, stdout } = run('new-detector.mjs', 'late-review', '--family', 'reviews');
    expect(status).toBe(0);
    expect(listed(stdout, 'created')).toEqual(['lib/detectors/late-review.ts', 'lib/detectors/settings/late-review.ts', 'test/detectors/late-review.test.ts']);
    expect(listed(stdout, 'edited')).toEqual([]);
    expect(listed(stdout, 'listed from the files \\(not in git\\)')).toEqual(['.wxt/registry/detector-settings.ts', '.wxt/registry/detectors.ts', '.wxt/registry/detector-texts.ts']);
    // The 17 detectors before it hold places 0 to 16 in both stored lists: it takes 17 in each.
    expect(read('lib/detectors/settings/late-review.ts')).toContain('export const place = { saved: 17, clock: 17 } as const;');
    expect(read('.wxt/registry/detectors.ts')).toMatch(/^export const DETECTOR_FILES = \[.*, disputeOpen, lateReview\] as const;$/m);
    expect(read('.wxt/registry/detector-settings.ts')).toMatch(/\n {2}'dispute-open': \{.*\},\n {2}'late-review': \{ label: lateReview_label, family: lateReview_family, .*\},\n\};\n/);
    expect(read('lib/detectors/settings/late-review.ts')).toContain("export const family: DetectorFamily = 'reviews';");
    // Its description and replies sit in the check file, each exported alone: the pages import them by name, never the check.
    expect(read('lib/detectors/late-review.ts')).toContain('export const description: Bilingual = {');
    expect(read('lib/detectors/late-review.ts')).toContain('export const replies: readonly ReplyTemplate[] = [];');
    expect(read('.wxt/registry/detector-texts.ts')).toContain("import { description as lateReview_description, replies as lateReview_replies } from '../../lib/detectors/late-review';");
    // Its names sit beside its settings: the settings' names typed to cover every setting, the evidence's names read by the pages.
    expect(read('lib/detectors/settings/late-review.ts')).toContain('export const settingLabels: SettingLabels<typeof settings> = {};');
    expect(read('lib/detectors/settings/late-review.ts')).toContain('export const evidenceLabels: Labels = {};');
    expect(read('lib/detectors/settings/late-review.ts')).toContain('export const inputs = [] as const;');
    // The test it writes expects a finding the empty detector does not give: it fails until written.
    expect(read('test/detectors/late-review.test.ts')).toContain("detector: 'late-review',");
  });

  it("has npm run docs:features write its line in the list of checks and its row of the console table", () => {
    const docs = spawnSync('npm', ['run', '-s', 'docs:features'], { cwd: dir, encoding: 'utf8' });
    expect([docs.status, docs.stdout.trim()]).toEqual([0, 'docs/features.md: written']);
    expect(read('docs/features.md')).toContain('\n  | `late-review` | reviews |  | — |\n');
    expect(read('docs/features.md')).toMatch(/\n {2}\| `late-review` \| ✓ \|/);
  });

  it("is the README's detector recipe: the files it makes and edits, and the replies it names to the newcomer", () => {
    const { status, stdout } = run('new-detector.mjs', 'slow-reply', '--family', 'after-sales');
    expect(status).toBe(0);
    const readme = readFileSync('README.md', 'utf8');
    const recipe = readme.slice(readme.indexOf('**A detector**'), readme.indexOf('## Where to read on'));
    const table = recipe
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace('<id>', 'slow-reply')));
    expect(table).toEqual([...listed(stdout, 'created'), ...listed(stdout, 'edited')]);
    expect(table).toHaveLength(3);
    // Its replies go in its check file, which the generator names to the newcomer.
    expect(listed(stdout, 'next').join('\n')).toContain('its description and at least two buyer replies for its cases in lib/detectors/slow-reply.ts');
    expect(listed(stdout, 'next').join('\n')).toContain('npm run docs:features: its line in the list of checks');
    expect(recipe).toContain(`${['Three', 'Four', 'Five'][table.length - 3]} files, no list among them`);
  });

  it('refuses an id in use and an id that is not lower-case words, and changes nothing', () => {
    const before = read('.wxt/registry/detectors.ts');
    const again = run('new-detector.mjs', 'late-review');
    expect([again.status, again.stderr]).toEqual([1, expect.stringContaining('lib/detectors/late-review.ts exists already')]);
    expect(run('new-detector.mjs', 'Late_Review').status).toBe(2);
    expect(run('new-detector.mjs', 'late-review', '--family', 'weather').status).toBe(2);
    expect(read('.wxt/registry/detectors.ts')).toBe(before);
  });
});

describe('npm run new:adapter', () => {
  it("makes the console's profile, adapter, fixture and failing test and edits no list: the lists are written from the files", () => {
    const lists = [read('lib/marketplaces/index.ts'), read('lib/adapters/index.ts')];
    const { status, stdout } = run('new-adapter.mjs', 'souq-mart', '--host', 'seller.souqmart.example');
    expect(status).toBe(0);
    const month = new Date().toISOString().slice(0, 7);
    expect(listed(stdout, 'created')).toEqual([
      'lib/marketplaces/souq-mart.ts',
      'lib/adapters/souq-mart.ts',
      `test/fixtures/souq-mart/orders.${month}.html`,
      'test/adapters/souq-mart.test.ts',
    ]);
    expect(listed(stdout, 'edited')).toEqual([]);
    expect([read('lib/marketplaces/index.ts'), read('lib/adapters/index.ts')]).toEqual(lists);
    // The lists (scripts/registries.mjs, every build) take the profile, its fields and the adapter from the new files.
    expect(listed(stdout, 'listed from the files \\(not in git\\)')).toEqual(['.wxt/registry/marketplaces.ts', '.wxt/registry/adapters.ts']);
    expect(read('.wxt/registry/marketplaces.ts')).toContain("import { souqMart, shows as souqMartShows } from '../../lib/marketplaces/souq-mart';");
    expect(read('.wxt/registry/marketplaces.ts')).toMatch(/^export const PROFILE_FILES = \{ demo, amazon, .*, shopify, 'souq-mart': souqMart, taobao, tmall, woocommerce, custom \};$/m);
    expect(read('.wxt/registry/marketplaces.ts')).toMatch(/^export const CONSOLE_SHOWS = \{ .*, shopify: shopifyShows, 'souq-mart': souqMartShows, taobao: taobaoShows, woocommerce: woocommerceShows \};$/m);
    expect(read('.wxt/registry/adapters.ts')).toMatch(/^export const ADAPTER_FILES: readonly Adapter\[\] = \[demo, amazon, .*, shopify, souqMart, taobao, woocommerce\];$/m);
    expect(read('lib/marketplaces/souq-mart.ts')).toContain("messageRules: ['link', 'email', 'phone'],");
    expect(read('lib/marketplaces/souq-mart.ts')).toContain('export const shows: readonly OrderField[] = [];');
    expect(read('lib/adapters/souq-mart.ts')).toContain("matches: ['https://seller.souqmart.example/*'],");
    // Its content script is made from the adapter at build time (lib/content/scripts.ts): no entrypoint file.
    expect(existsSync(join(dir, 'entrypoints/souq-mart.content.ts'))).toBe(false);
  });

  it("is the README's console recipe: every file the table lists, and no other, is made, edited or named to the newcomer", () => {
    const { status, stdout } = run('new-adapter.mjs', 'kilo-mart', '--host', 'seller.kilomart.example');
    expect(status).toBe(0);
    const month = new Date().toISOString().slice(0, 7);
    const readme = readFileSync('README.md', 'utf8');
    const recipe = readme.slice(readme.indexOf('**A console**'), readme.indexOf('**A detector**'));
    const table = recipe
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace('<id>', 'kilo-mart').replace('<YYYY-MM>', month)));
    expect(table).toEqual([...listed(stdout, 'created'), ...listed(stdout, 'edited')]);
    expect(table).toHaveLength(4);
    // docs/features.md is regenerated by a command the generator names, not written by hand.
    expect(listed(stdout, 'next').join('\n')).toContain('npm run docs:features: its line in the list of consoles and its column of the console table in docs/features.md');
    expect(recipe).toContain('Four files');
  });
});

describe('the tree after both generators', () => {
  it('typechecks', () => {
    const tsc = spawnSync(resolve('node_modules/.bin/tsc'), ['--noEmit', '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 240_000);

  it("has the new detector's test failing on the empty detector, naming what to write", () => {
    const vitest = spawnSync(resolve('node_modules/.bin/vitest'), ['run', 'test/detectors/late-review.test.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(vitest.status).toBe(1);
    expect(vitest.stdout).toContain('× flags the order it is for, with its evidence and explanation');
    expect(vitest.stdout).toMatch(/Tests {2}1 failed \(1\)/);
  }, 240_000);
});
