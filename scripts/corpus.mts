/**
 * `npm run corpus`: reads every page of the corpus of real renderings (test/fixtures/corpus)
 * with the reader by meaning and prints how many orders it reads exactly, page by page.
 * `--ci` exits 1 below the floor CI holds, or on any false order. `--verbose` lists each miss.
 * `--pending` scores the rendered pages that wait in test/corpus/pending (not read exactly yet, so
 * outside CI's floor) the same way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { scorePage, type Expected, type PageScore } from '../test/corpus/score';

/** CI's floor for orders read exactly (the issue's goal is 98%). */
const FLOOR = Number(process.env.CORPUS_FLOOR ?? 0.98);
const args = new Set(process.argv.slice(2));
const DIR = args.has('--pending') ? 'test/corpus/pending' : 'test/fixtures/corpus';

const pages = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const scores: PageScore[] = [];
for (const file of pages) {
  const expected = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Expected;
  const window = new Window({ url: expected.url ?? 'https://admin.example.test/orders' });
  const doc = new window.DOMParser().parseFromString(readFileSync(`${DIR}/${expected.page}`, 'utf8'), 'text/html') as unknown as Document;
  const score = scorePage(doc, expected);
  scores.push(score);
  const mark = score.exact === score.expected && score.falseOrders.length === 0 ? 'ok ' : 'GAP';
  console.log(`${mark} ${expected.page.padEnd(40)} ${String(score.exact).padStart(3)}/${String(score.expected).padEnd(3)} false ${score.falseOrders.length}${score.problem ? `  (${score.problem})` : ''}`);
  if (args.has('--verbose')) {
    for (const m of score.misses.slice(0, 5)) console.log(`      ${m}`);
    if (score.falseOrders.length > 0) console.log(`      false: ${score.falseOrders.slice(0, 5).join(', ')}`);
  }
  await window.happyDOM.close();
}
const expected = scores.reduce((n, s) => n + s.expected, 0);
const exact = scores.reduce((n, s) => n + s.exact, 0);
const falseOrders = scores.reduce((n, s) => n + s.falseOrders.length, 0);
const rate = expected === 0 ? 1 : exact / expected;
console.log(`\ncorpus: ${exact} of ${expected} orders read exactly (${(rate * 100).toFixed(1)}%) on ${scores.length} pages; ${falseOrders} false orders on ${scores.filter((s) => s.falseOrders.length > 0).length} pages`);
if (args.has('--ci') && (rate < FLOOR || falseOrders > 0)) {
  console.log(`corpus: below the floor (${(FLOOR * 100).toFixed(1)}% exact, no false order)`);
  process.exit(1);
}
