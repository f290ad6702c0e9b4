// The lists of profiles, adapters and detectors are written from the files found
// (scripts/registries.mjs), so a new console or detector is its own files: what counts as each, and
// the lists' order.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { CONSOLE_SHOWS, MARKETPLACE_IDS } from '../../lib/marketplaces';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs scripts/registries.mjs on a tree holding only `files`: its exit status, its error and the tree. */
function runOn(files: Record<string, string>): { status: number | null; stderr: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'registries-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries({ 'lib/marketplaces/.keep': '', 'lib/adapters/.keep': '', 'lib/detectors/settings/.keep': '', ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'scripts'));
  cpSync('scripts/registries.mjs', join(dir, 'scripts/registries.mjs'));
  const run = spawnSync('node', [join(dir, 'scripts/registries.mjs')], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, dir };
}

/** The two lists scripts/registries.mjs writes for a tree holding only `files`. */
function registriesOf(files: Record<string, string>): { marketplaces: string; adapters: string } {
  const { status, stderr, dir } = runOn(files);
  expect([status, stderr]).toEqual([0, '']);
  return { marketplaces: readFileSync(join(dir, '.wxt/registry/marketplaces.ts'), 'utf8'), adapters: readFileSync(join(dir, '.wxt/registry/adapters.ts'), 'utf8') };
}

describe('the lists of profiles and adapters', () => {
  it('run the demo first, the taught sites last and the others by id, each console with its profile and its adapter', () => {
    const middle = (ids: readonly string[]) => ids.slice(1, ids.at(-1) === 'custom' ? -1 : undefined);
    expect([MARKETPLACE_IDS[0], MARKETPLACE_IDS.at(-1), ADAPTERS[0]!.id]).toEqual(['demo', 'custom', 'demo']);
    expect(middle(MARKETPLACE_IDS)).toEqual([...middle(MARKETPLACE_IDS)].sort());
    expect(middle(ADAPTERS.map((a) => a.id))).toEqual(middle(ADAPTERS.map((a) => a.id)).sort());
    // A console is a profile that lists what its pages show, and an adapter of the same id; Tmall is
    // read on Taobao's console, the demo and the taught sites list no fields.
    expect(Object.keys(CONSOLE_SHOWS)).toEqual(ADAPTERS.map((a) => a.id).filter((id) => id !== 'demo'));
    expect(MARKETPLACE_IDS.filter((id) => !(id in CONSOLE_SHOWS))).toEqual(['demo', 'tmall', 'custom']);
  });

  it('take a file as a profile when it exports its own name, as a console when it also lists its fields, as an adapter when it exports its name as an Adapter', () => {
    const { marketplaces, adapters } = registriesOf({
      'lib/marketplaces/souq-mart.ts': "export const souqMart = { id: 'souq-mart' };\nexport const shows: readonly OrderField[] = [];\n",
      'lib/marketplaces/kilo.ts': "export const kilo = { id: 'kilo' };\n",
      'lib/marketplaces/china.ts': 'export const chinese = () => ({});\n',
      'lib/marketplaces/demo.ts': "export const demo = { id: 'demo' };\n",
      'lib/adapters/souq-mart.ts': "export const souqMartPage: PageAdapter = {};\nexport const souqMart: Adapter = withRules(souqMartPage, {});\n",
      'lib/adapters/types.ts': 'export const withRules = () => ({});\n',
    });
    expect(marketplaces).toContain("import { demo } from '../../lib/marketplaces/demo';\nimport { kilo } from '../../lib/marketplaces/kilo';\nimport { souqMart, shows as souqMartShows } from '../../lib/marketplaces/souq-mart';\n");
    expect(marketplaces).toContain("export const PROFILE_FILES = { demo, kilo, 'souq-mart': souqMart };\nexport const CONSOLE_SHOWS = { 'souq-mart': souqMartShows };\n");
    expect(marketplaces).not.toContain('china');
    expect(adapters).toContain("import { souqMart } from '../../lib/adapters/souq-mart';\n\nexport const ADAPTER_FILES: readonly Adapter[] = [souqMart];\n");
  });

  it('refuse a console file they would leave out, naming what it lacks, and write nothing', () => {
    const adapter = runOn({ 'lib/adapters/kilo.ts': 'export const kiloPage: PageAdapter = {};\nexport const kilo = withRules(kiloPage, {});\n' });
    expect(adapter.status).toBe(1);
    expect(adapter.stderr).toContain('lib/adapters/kilo.ts: its page part (kiloPage) has no adapter to list: export const kilo: Adapter = …');
    expect(existsSync(join(adapter.dir, '.wxt/registry'))).toBe(false);
    const profile = runOn({ 'lib/marketplaces/kilo.ts': 'export const kiloProfile = {};\nexport const shows = [];\n' });
    expect(profile.status).toBe(1);
    expect(profile.stderr).toContain('lib/marketplaces/kilo.ts: its fields (shows) have no profile to list: export const kilo = …');
  });
});

/** The check file's parts the pages read, each exported alone. */
const TEXTS = "export const description = { en: '', zh: '' };\nexport const replies = [];\n";
/** A detector's two files, its settings file declaring `place`. */
const detector = (id: string, camel: string, place: string) => ({
  [`lib/detectors/${id}.ts`]: `export const ${camel} = { id: '${id}' };\n${TEXTS}`,
  [`lib/detectors/settings/${id}.ts`]: `export const label = { en: '', zh: '' };\n${place}\nexport const settings = z.object({});\n`,
});

describe('the lists of detectors', () => {
  const three = {
    ...detector('late-review', 'lateReview', 'export const place = { saved: 1, clock: 2 } as const;'),
    ...detector('kilo', 'kilo', 'export const place = { saved: 2, clock: 0 } as const;'),
    ...detector('slow-reply', 'slowReply', 'export const place = { saved: 0, clock: 1 } as const;'),
    'lib/detectors/settings/common.ts': 'export const Enabled = z.boolean();\n',
  };

  it("list the settings in the saved places and the checks in the clock places their settings files declare", () => {
    const { status, stderr, dir } = runOn(three);
    expect([status, stderr]).toEqual([0, '']);
    const settings = readFileSync(join(dir, '.wxt/registry/detector-settings.ts'), 'utf8');
    expect([...settings.matchAll(/^ {2}'([a-z-]+)': \{ label: \w+_label, family: \w+_family, settings: /gm)].map((m) => m[1])).toEqual(['slow-reply', 'late-review', 'kilo']);
    // The pages list them in the clock order, from the settings files alone.
    expect(settings).toContain("export const CLOCK_ORDER = ['kilo', 'slow-reply', 'late-review'] as const;\n");
    expect(settings).toContain("import { label as slowReply_label, family as slowReply_family, settings as slowReply_settings, inputs as slowReply_inputs, settingLabels as slowReply_settingLabels, evidenceLabels as slowReply_evidenceLabels, evidenceValues as slowReply_evidenceValues } from '../../lib/detectors/settings/slow-reply';\n");
    expect(readFileSync(join(dir, '.wxt/registry/detectors.ts'), 'utf8')).toContain('export const DETECTOR_FILES = [kilo, slowReply, lateReview] as const;\n');
    // The pages' texts (description, replies, a tuning where exported) come from each check file by name, never its check.
    const texts = readFileSync(join(dir, '.wxt/registry/detector-texts.ts'), 'utf8');
    expect(texts).toContain("import { description as slowReply_description, replies as slowReply_replies } from '../../lib/detectors/slow-reply';\n");
    expect(texts).toContain('.concat(kilo_replies, slowReply_replies, lateReview_replies);\n');
    expect(texts).toContain('export const DETECTOR_TUNINGS: Readonly<Record<string, Tuning>> = {};\n');
    expect(texts).not.toMatch(/import \{ (?:kilo|slowReply|lateReview)\b/);
  });

  it("lists a check's tuning when its file exports one", () => {
    const { status, stderr, dir } = runOn({ ...three, 'lib/detectors/kilo.ts': `export const kilo = { id: 'kilo' };\n${TEXTS}export const tuning = { setting: 'x', tune: () => undefined };\n` });
    expect([status, stderr]).toEqual([0, '']);
    const texts = readFileSync(join(dir, '.wxt/registry/detector-texts.ts'), 'utf8');
    expect(texts).toContain("import { description as kilo_description, tuning as kilo_tuning, replies as kilo_replies } from '../../lib/detectors/kilo';\n");
    expect(texts).toContain("export const DETECTOR_TUNINGS: Readonly<Record<string, Tuning>> = { 'kilo': kilo_tuning };\n");
  });

  it('refuse two detectors at one place, a place left empty, a settings file without a place, one without a check and a check without its description or replies, and write nothing', () => {
    const refused = (files: Record<string, string>) => {
      const { status, stderr, dir } = runOn({ ...three, ...files });
      expect([status, existsSync(join(dir, '.wxt/registry'))]).toEqual([1, false]);
      return stderr;
    };
    expect(refused(detector('kilo', 'kilo', 'export const place = { saved: 1, clock: 0 } as const;'))).toContain(
      'lib/detectors/settings: kilo and late-review both at saved place 1: give the newer one the next free place (2)',
    );
    expect(refused(detector('kilo', 'kilo', 'export const place = { saved: 2, clock: 3 } as const;'))).toContain('lib/detectors/settings: no detector at clock place 0: places run 0 to 2, without a gap');
    expect(refused(detector('kilo', 'kilo', ''))).toContain('lib/detectors/settings/kilo.ts: no place in the stored lists: export const place = { saved: <n>, clock: <n> } as const;');
    expect(refused({ 'lib/detectors/kilo.ts': 'export const kiloCheck = {};\n' })).toContain('lib/detectors/settings/kilo.ts: no check to list: export const kilo = … in lib/detectors/kilo.ts');
    expect(refused({ 'lib/detectors/kilo.ts': "export const kilo = { id: 'kilo' };\nexport const description = { en: '', zh: '' };\n" })).toContain(
      'lib/detectors/kilo.ts: no replies to list: export const replies: readonly ReplyTemplate[] = [ … ] (empty when it has no buyer to answer)',
    );
    expect(refused({ 'lib/detectors/kilo.ts': "export const kilo = { id: 'kilo' };\nexport const replies = [];\n" })).toContain('lib/detectors/kilo.ts: no description to list: export const description: Bilingual = { en: …, zh: … }');
  });
});
