import '../lib/zod-config'; // first: before any schema is created (see the file)
import '../lib/zod-messages'; // zod's English issue messages (the project's rule for every script but the content scripts)
import { withFlat } from '../lib/extract/flat';
import { orderNumbersShown } from '../lib/extract/meaning';
import { DETECT_GLOBAL, READER_GLOBAL } from '../lib/content/tools';

/**
 * The reader by meaning (lib/extract/meaning.ts), injected by the background into a console tab
 * whose adapter found no order list there (message reader.inject): a redesign, a renamed class,
 * an A/B variant. Most pages never need it, so no content script carries it (≤ 25 KB gzipped).
 * Runs in the content script's isolated world and leaves its reader on a global there. The popup
 * injects it too, into a page no console reads, to offer teach mode only where an order list shows.
 */
export default defineUnlistedScript(() => {
  const globals = globalThis as unknown as Record<string, unknown>;
  globals[READER_GLOBAL] = withFlat;
  globals[DETECT_GLOBAL] = () => orderNumbersShown(document);
});
