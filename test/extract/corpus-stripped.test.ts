// @vitest-environment happy-dom
// Consoles rename their hashed classes every few weeks: every page of the corpus of real
// renderings (test/fixtures/corpus) must read the same orders with every class attribute
// stripped, as `npm run corpus` scores them with their classes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorePage, type Expected } from '../corpus/score';

const DIR = 'test/fixtures/corpus';
const pages = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('the corpus with every class stripped', () => {
  it.each(pages)('%s reads every order exactly and no false one', (file) => {
    const expected = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Expected;
    const html = readFileSync(`${DIR}/${expected.page}`, 'utf8').replace(/\sclass="[^"]*"/g, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const score = scorePage(doc, expected);
    expect({ exact: score.exact, falseOrders: score.falseOrders, misses: score.misses }).toEqual({ exact: expected.orders.length, falseOrders: [], misses: [] });
  });
});
