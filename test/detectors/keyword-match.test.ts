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

describe('foldText', () => {
  it('folds what needs folding and leaves folded text as it is', () => {
    expect(foldText('ＡＢＣ')).toBe('abc');
    expect(foldText('Tb_Buyer')).toBe('tb_buyer');
    expect(foldText(' 晴天  小猪 ')).toBe('晴天 小猪');
    expect(foldText('晴天小猪12')).toBe('晴天小猪12');
    expect(foldText('ｔｂ＿小猪')).toBe('tb_小猪');
    expect(foldText('㈱')).toBe('(株)');
    expect(foldText('')).toBe('');
  });

  it('gives what NFKC, lower case and white-space folding give, on every kind of character', () => {
    // Every code point of the BMP's ranges the fast path decides on, and around them.
    const full = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `a${String.fromCharCode(c)}b`;
      if (foldText(text) !== full(text)) throw new Error(`U+${c.toString(16)}: ${foldText(text)} ≠ ${full(text)}`);
    }
  });
});
