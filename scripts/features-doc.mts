/**
 * `npm run docs:features`: writes docs/features.md's generated parts (the count of detectors,
 * the list of checks and the console table) from the detectors and the consoles' declarations.
 * test/detectors/docs.test.ts fails while the page differs from what this writes.
 * Bundled by esbuild before it runs (see package.json): Node cannot run TypeScript itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import '../lib/i18n/bundled'; // the console table names inputs in the extension's English words
import { withGeneratedParts } from '../lib/detectors/docs';

const PATH = 'docs/features.md';
const before = readFileSync(PATH, 'utf8');
const after = withGeneratedParts(before);
if (after === before) console.log(`${PATH}: up to date`);
else {
  writeFileSync(PATH, after);
  console.log(`${PATH}: written`);
}
