// The content script and the popup bundle no message file: the browser's language comes from
// its i18n API, the other one is loaded once when the seller picks it (lib/i18n/browser).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Modules = { i18n: typeof import('../../lib/i18n'); browser: typeof import('../../lib/i18n/browser') };
const file = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
/** What `browser.i18n.getMessage` gives when the browser chose `locale`'s file. */
const getMessageFrom = (locale: string) => {
  const messages = file(locale);
  return (key: string) => messages[key]?.message ?? '';
};

let m: Modules;
beforeEach(async () => {
  // Fresh modules: no texts loaded yet (the test setup loads both into the shared ones).
  vi.resetModules();
  m = { i18n: await import('../../lib/i18n'), browser: await import('../../lib/i18n/browser') };
});

describe('texts without a bundled message file', () => {
  it("reads the browser's language through getMessage and says which one it is", () => {
    expect(m.browser.provideBrowserMessages(getMessageFrom('zh_CN'))).toBe('zh');
    expect(m.i18n.t('zh', 'overlayNoteButton', { orderId: 'A1' })).toBe(file('zh_CN')['overlayNoteButton']!.message.replace('{orderId}', 'A1'));
    expect(m.i18n.hasMessages('en')).toBe(false);
  });

  it('loads the other language once, and shows the loaded one meanwhile', async () => {
    expect(m.browser.provideBrowserMessages(getMessageFrom('en'))).toBe('en');
    expect(m.i18n.t('zh', 'severityP1')).toBe('Act now');
    const load = vi.fn(async () => m.browser.tableOf(file('zh_CN')));
    await Promise.all([m.browser.ensureMessages('zh', load), m.browser.ensureMessages('zh', load)]);
    await m.browser.ensureMessages('en', load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('zh');
    expect([m.i18n.t('zh', 'severityP1'), m.i18n.t('en', 'severityP1')]).toEqual(['需立即处理', 'Act now']);
  });

  it('tries again after a failed load', async () => {
    m.browser.provideBrowserMessages(getMessageFrom('en'));
    await expect(m.browser.ensureMessages('zh', async () => Promise.reject(new Error('worker restarting')))).rejects.toThrow('worker restarting');
    await m.browser.ensureMessages('zh', async () => m.browser.tableOf(file('zh_CN')));
    expect(m.i18n.t('zh', 'overlayNoteSave')).toBe('保存备注');
  });

  it('takes nothing from a browser whose file it cannot identify, and says so when asked for text', () => {
    expect(m.browser.provideBrowserMessages(() => '')).toBeUndefined();
    expect(() => m.i18n.t('en', 'severityP1')).toThrow('no texts loaded');
  });
});
