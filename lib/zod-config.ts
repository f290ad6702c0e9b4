/**
 * Imported first by every entrypoint: zod decides per schema, when the schema is created,
 * whether to compile a fast parser with `new Function`. The extension's CSP forbids code
 * from strings (and reports zod's probe as a violation even though zod catches it), so
 * jitless mode must be on before any schema exists.
 *
 * The schemas use zod/mini (tree-shakable; issue 7: bundle budgets), which ships no error
 * messages by default ("Invalid input"): the English locale gives the same messages zod's
 * classic API gives ("Too big: expected string to have <=100 characters"), and those reach
 * the seller in skipped-row reasons and refused files.
 */
import { z } from 'zod/mini';

z.config({ jitless: true, ...z.locales.en() });
