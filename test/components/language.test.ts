// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageLanguage } from '../../components/language';

describe('the language an extension page speaks before its settings are read', () => {
  beforeEach(() => localStorage.clear());

  it("is the browser's until a setting was read, then the seller's, remembered for the next page", () => {
    expect(pageLanguage(undefined, 'en-US')).toBe('en');
    expect(pageLanguage('zh', 'en-US')).toBe('zh');
    // The popup opened next, its settings not read yet: Chinese from the first paint.
    expect(pageLanguage(undefined, 'en-US')).toBe('zh');
    expect(pageLanguage('auto', 'en-US')).toBe('en');
    expect(pageLanguage(undefined, 'zh-CN')).toBe('en');
  });

  it('ignores a remembered value that is no language', () => {
    localStorage.setItem('orderSentinel.language', '<img src=x>');
    expect(pageLanguage(undefined, 'zh-CN')).toBe('zh');
  });
});
