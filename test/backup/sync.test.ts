import { describe, expect, it } from 'vitest';
import { decideSync, parseSyncedSettings, QUOTA_BYTES_PER_ITEM, settingsJson, syncItemBytes } from '../../lib/backup/sync';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const zh: Settings = { ...DEFAULT_SETTINGS, language: 'zh' };
const en: Settings = { ...DEFAULT_SETTINGS, language: 'en' };

describe('syncItemBytes', () => {
  it('counts the key and the JSON in UTF-8 bytes', () => {
    expect(syncItemBytes('settings', { a: '坏' })).toBe('settings'.length + '{"a":"'.length + 3 + '"}'.length);
  });
  it('the default settings fit one sync item; a huge block list does not', () => {
    expect(syncItemBytes('settings', DEFAULT_SETTINGS)).toBeLessThan(QUOTA_BYTES_PER_ITEM);
    const blockList = Array.from({ length: 1000 }, (_, i) => `buyer_with_a_long_nickname_${i}`);
    const big = { ...DEFAULT_SETTINGS, detectors: { ...DEFAULT_SETTINGS.detectors, 'repeat-refunder': { ...DEFAULT_SETTINGS.detectors['repeat-refunder'], blockList } } };
    expect(syncItemBytes('settings', big)).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
  });
});

describe('decideSync', () => {
  it('sends settings when sync has none, and takes them when this browser has none', () => {
    expect(decideSync(zh, undefined, undefined)).toBe('push');
    expect(decideSync(undefined, zh, undefined)).toBe('pull');
    expect(decideSync(undefined, undefined, undefined)).toBe('none');
  });
  it('does nothing when both are the same', () => {
    expect(decideSync(zh, { ...zh }, settingsJson(en))).toBe('none');
  });
  it("takes another browser's change when nothing changed here since the last exchange", () => {
    expect(decideSync(zh, en, settingsJson(zh))).toBe('pull');
  });
  it('sends a change made here since the last exchange', () => {
    expect(decideSync(en, zh, settingsJson(zh))).toBe('push');
    expect(decideSync(en, zh, undefined)).toBe('push');
  });
});

describe('parseSyncedSettings', () => {
  it('fills defaults and refuses invalid values', () => {
    expect(parseSyncedSettings({ language: 'zh' })).toEqual(zh);
    expect(parseSyncedSettings({ retentionDays: 3 })).toBeUndefined();
    expect(parseSyncedSettings(undefined)).toBeUndefined();
  });
});
