import { describe, expect, it } from 'vitest';
import { findKeyword, foldCached, foldText, withExtra } from '../../lib/detectors/keyword-match';

describe('keyword matching', () => {
  it('folds width, case and white space on both sides', () => {
    expect(findKeyword('Ｃｈａｎｇｅ  Address please', ['change address'])).toBe('change address');
    expect(findKeyword('请帮我改地址', ['换地址', '改地址'])).toBe('改地址');
    expect(findKeyword('nothing here', ['change address'])).toBeUndefined();
    expect(findKeyword(undefined, ['x'])).toBeUndefined();
    expect(findKeyword('   ', ['x'])).toBeUndefined();
  });

  it('returns the keyword as written and never matches a blank one', () => {
    expect(findKeyword('A DISPUTE was opened', ['  ', 'Dispute'])).toBe('Dispute');
    expect(findKeyword('anything', ['', ' '])).toBeUndefined();
  });

  it('gives the same fold from the cache as computed', () => {
    for (const text of ['交易成功', 'ＡＢＣ　def', '  Mixed\tCase  ']) expect(foldCached(text)).toBe(foldText(text));
    expect(foldCached('ＡＢＣ　def')).toBe('abc def');
  });

  it('adds the seller’s words after the built-in ones, one list per settings array', () => {
    const builtIn = ['投诉'];
    const extra = ['差评威胁'];
    const list = withExtra(builtIn, extra);
    expect(list).toEqual(['投诉', '差评威胁']);
    expect(withExtra(builtIn, extra)).toBe(list);
    expect(withExtra(builtIn, [])).toBe(builtIn);
    expect(findKeyword('买家说要差评威胁', list)).toBe('差评威胁');
  });
});
