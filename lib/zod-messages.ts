/**
 * zod's English issue messages, the same ones zod's classic API gives ("Too big: expected
 * string to have <=100 characters"): they reach the seller in refused files, refused messages
 * and the background's read health. Loaded by every entrypoint but the content script (see
 * lib/zod-config), and by the tests.
 */
import { z } from 'zod/mini';

z.config(z.locales.en());
