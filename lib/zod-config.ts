/**
 * Imported first by every entrypoint: zod decides per schema, when the schema is created,
 * whether to compile a fast parser with `new Function`. The extension's CSP forbids code
 * from strings (and reports zod's probe as a violation even though zod catches it), so
 * jitless mode must be on before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: true });
