// Each detector names its own settings and evidence in its settings file; the pages read the
// merged tables (lib/detectors/settings), so a key named twice or named in the wrong file shows
// one detector's words on another's case.
import fc from 'fast-check';
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { buildContext, DETECTORS, evaluate } from '../../lib/detectors';
import { Enabled, SHARED_EVIDENCE_LABELS, SHARED_EVIDENCE_VALUES, type SettingLabels } from '../../lib/detectors/settings/common';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { formatEvidence } from '../../lib/i18n/evidence';
import { settingLabel } from '../../lib/i18n/setting-labels';
import { DAY, SELLER, shopArb, T } from './arbitraries';

const files = Object.fromEntries(
  await Promise.all(DETECTORS.map(async (d) => [d.id, await import(`../../lib/detectors/settings/${d.id}.ts`)] as const)),
) as Record<string, { settingLabels: Record<string, { en: string; zh: string }>; evidenceLabels: Record<string, unknown>; evidenceValues: Record<string, unknown> }>;

describe("each detector's own names", () => {
  it('name each evidence key and word once: in one detector\'s file, or in the shared table of those several write', () => {
    for (const [part, shared] of [['evidenceLabels', SHARED_EVIDENCE_LABELS], ['evidenceValues', SHARED_EVIDENCE_VALUES]] as const) {
      const owners = new Map<string, string[]>(Object.keys(shared).map((key) => [key, ['shared']]));
      for (const [id, file] of Object.entries(files)) for (const key of Object.keys(file[part])) owners.set(key, [...(owners.get(key) ?? []), id]);
      expect([...owners].filter(([, by]) => by.length > 1), part).toEqual([]);
    }
  });

  it("name a setting key that several detectors have alike in each, as the options page names a setting by its key", () => {
    const names = new Map<string, { en: string; zh: string }>();
    for (const [id, file] of Object.entries(files)) {
      for (const [key, name] of Object.entries(file.settingLabels)) {
        if (names.has(key)) expect(name, `${id}.${key}`).toEqual(names.get(key));
        names.set(key, name);
      }
    }
    expect(settingLabel('zh', 'warnHours')).toBe('提前提醒（小时）');
    expect(settingLabel('en', 'stalledShare')).toBe('share of the carrier’s parcels');
    expect(settingLabel('en', 'someNewThreshold')).toBe('some new threshold');
  });

  it('give every setting of every detector a name in both languages', () => {
    // A setting added without a name does not compile (the check tsc makes on this file).
    const withSetting = z.object({ enabled: Enabled, minStars: z.number() });
    // @ts-expect-error minStars has no name
    const unnamed: SettingLabels<typeof withSetting> = {};
    const named: SettingLabels<typeof withSetting> = { minStars: { en: 'at least (stars)', zh: '至少（星）' } };
    expect([Object.keys(unnamed), Object.keys(named)]).toEqual([[], ['minStars']]);
    for (const d of DETECTORS) {
      for (const key of Object.keys(DEFAULT_SETTINGS.detectors[d.id]).filter((k) => k !== 'enabled')) {
        const name = files[d.id]!.settingLabels[key];
        expect(name, `${d.id}.${key}`).toBeDefined();
        expect(name!.zh, `${d.id}.${key}`).toMatch(/[\u4e00-\u9fff]/);
        expect(name!.en, `${d.id}.${key}`).toMatch(/^[^\u4e00-\u9fff]+$/);
      }
    }
  });

  it("name every evidence key the detectors write, in the writer's own file or the shared table", () => {
    const unnamed = new Set<string>();
    const written = new Set<string>();
    for (const { orders, statusSince } of fc.sample(shopArb, { numRuns: 300, seed: 17 })) {
      for (const settings of [DEFAULT_SETTINGS, SELLER]) {
        for (const now of [T, T + 5 * DAY]) {
          for (const finding of evaluate(orders, buildContext(orders, { statusSince }), now, settings).findings) {
            for (const key of Object.keys(finding.evidence)) {
              written.add(`${finding.detector}.${key}`);
              if (!(key in files[finding.detector]!.evidenceLabels) && !(key in SHARED_EVIDENCE_LABELS)) unnamed.add(`${finding.detector}.${key}`);
            }
          }
        }
      }
    }
    expect([...unnamed]).toEqual([]);
    // The sample reaches most detectors, so the check above is not vacuous.
    expect(new Set([...written].map((k) => k.split('.')[0])).size).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it('show a detector\'s own evidence in the seller\'s language', () => {
    expect(formatEvidence({ minutesApart: 12, otherOrderId: '1001', signal: 'status text', malformed: 'x' }, 'zh')).toEqual([
      ['相隔（分钟）', '12'],
      ['较早的订单', '1001'],
      ['页面显示', '状态文字'],
      ['Malformed', 'x'],
    ]);
  });
});
