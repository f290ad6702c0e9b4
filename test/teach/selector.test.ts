// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { looksHashed, stableClassSelector, stableSelector } from '../../lib/teach/selector';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The selector finds exactly the element it was made for. */
function roundTrip(doc: Document, el: Element): string {
  const selector = stableSelector(el);
  expect(Array.from(doc.querySelectorAll(selector))).toEqual([el]);
  return selector;
}

describe('stableSelector', () => {
  it('prefers an id', () => {
    const doc = parse('<table id="orders" data-view="orders" class="list"></table><table></table>');
    expect(roundTrip(doc, doc.querySelector('#orders')!)).toBe('#orders');
  });

  it('skips generated ids and uses data-* attributes, then role and aria-label', () => {
    const doc = parse(`<table id=":r3:" data-testid="order-table"></table>
      <div role="grid" aria-label="Orders"></div><div role="grid" aria-label="Products"></div>`);
    expect(roundTrip(doc, doc.querySelector('table')!)).toBe('table[data-testid="order-table"]');
    expect(roundTrip(doc, doc.querySelectorAll('[role="grid"]')[1]!)).toBe('div[aria-label="Products"]');
  });

  it('leaves row keys out (data values with long numbers) and keeps class names without their hash', () => {
    const doc = parse(`<table data-row-key="202611240001" class="Table--orderList--vfIxDrh css-1q2w3e"></table>
      <table class="Table--other--a1B2c"></table>`);
    expect(roundTrip(doc, doc.querySelector('table')!)).toBe('table[class*="Table--orderList"]');
  });

  it('names a plain table through its nearest nameable ancestor, else by position', () => {
    const doc = parse(`<section id="orders-panel"><table></table></section><div><p></p><table></table><table></table></div>`);
    const [inPanel, , third] = Array.from(doc.querySelectorAll('table'));
    expect(roundTrip(doc, inPanel!)).toBe('#orders-panel table');
    expect(roundTrip(doc, third!)).toBe('body > div:nth-of-type(1) > table:nth-of-type(2)');
  });
});

describe('class names', () => {
  it('tells build hashes from names', () => {
    expect([looksHashed('1xP5b'), looksHashed('vfIxDrh'), looksHashed('aXZVg'), looksHashed('1q2w3e')]).toEqual([true, true, true, true]);
    expect([looksHashed('orderItemWraper'), looksHashed('orders'), looksHashed('list'), looksHashed('Table')]).toEqual([false, false, false, false]);
  });

  it('keeps the stable part of CSS-modules names, and BEM modifiers whole', () => {
    expect(stableClassSelector('sol-mod__status___1xP5b')).toBe('[class*="sol-mod__status"]');
    expect(stableClassSelector('Table--orderItemWraper--vfIxDrh')).toBe('[class*="Table--orderItemWraper"]');
    expect(stableClassSelector('order-list--compact')).toBe('.order-list--compact');
    expect(stableClassSelector('css-1q2w3e')).toBeUndefined();
  });
});
