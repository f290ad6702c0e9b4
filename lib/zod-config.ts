/**
 * Imported first by every entrypoint: zod decides per schema, when the schema is created,
 * whether to compile a fast parser with `new Function`. The extension's CSP forbids code
 * from strings (and reports zod's probe as a violation even though zod catches it), so
 * jitless mode must be on before any schema exists.
 *
 * The schemas use zod/mini (tree-shakable, for the bundle budgets), which ships no error
 * messages ("Invalid input"): the pages and the worker, whose zod issues reach the seller,
 * load English ones with lib/zod-messages. The content script does not: it only asks whether
 * a message parses, never why not (0.9 KB gzipped of its budget).
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
