// The message files are the one place user-facing text lives ("all user-facing text
// through _locales"); the browser reads them too, so they must stay valid for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const zh = load('zh_CN');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('_locales', () => {
  it('have the same keys in English and Chinese, every message non-empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries({ ...en, ...zh })) expect([key, message.trim().length > 0]).toEqual([key, true]);
  });

  it('use the same {placeholders} in both languages', () => {
    for (const key of Object.keys(en)) expect([key, placeholders(zh[key]!.message)]).toEqual([key, placeholders(en[key]!.message)]);
  });

  it('are valid for the browser: key names it accepts, no stray $ (its placeholder syntax)', () => {
    for (const [key, { message }] of Object.entries({ ...en, ...zh })) {
      expect([key, /^[A-Za-z0-9_@]+$/.test(key)]).toEqual([key, true]);
      expect([key, message.includes('$')]).toEqual([key, false]);
    }
  });

  it('really are Chinese in zh_CN (not a copy of the English)', () => {
    // Words outside {placeholders}: a message of placeholders and punctuation reads the same in both.
    const words = (text: string) => text.replace(/\{\w+\}/g, '');
    const same = Object.keys(en).filter((k) => en[k]!.message === zh[k]!.message && /[a-z]{4}/i.test(words(en[k]!.message)));
    expect(same).toEqual([]);
  });
});
