// @vitest-environment happy-dom
// Consoles rename their hashed classes every few weeks: every page of the corpus of real
// renderings (test/fixtures/corpus) must read the same orders with every class attribute
// stripped as `npm run corpus` reads with their classes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorePage, type Expected } from '../corpus/score';

const DIR = 'test/fixtures/corpus';
const pages = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('the corpus with every class stripped', () => {
  // The same orders, the same misses: exactness itself is the corpus's score (npm run corpus, CI ≥ 98%).
  it.each(pages)('%s reads the same orders as with its classes, and no false one', (file) => {
    const expected = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Expected;
    const html = readFileSync(`${DIR}/${expected.page}`, 'utf8');
    const read = (text: string) => scorePage(new DOMParser().parseFromString(text, 'text/html'), expected);
    const classed = read(html);
    const stripped = read(html.replace(/\sclass="[^"]*"/g, ''));
    expect({ exact: stripped.exact, falseOrders: stripped.falseOrders, misses: stripped.misses }).toEqual({ exact: classed.exact, falseOrders: [], misses: classed.misses });
  });
});
