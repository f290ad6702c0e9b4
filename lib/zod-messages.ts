/**
 * zod's issue messages in the seller's language ("Too big: expected string to have <=100
 * characters" / "数值过大：…"): they reach the seller in refused files, refused messages and the
 * background's read health. Loaded by every entrypoint but the content script (see
 * lib/zod-config), and by the tests. Until a page knows the seller's setting, the browser's
 * language decides; `setZodLanguage` follows the setting from then on.
 */
import { z } from 'zod/mini';
import type { Language } from './schema';

const LOCALES = { en: z.locales.en().localeError, zh: z.locales.zhCN().localeError };

let language: Language =
  typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

/** Makes zod's messages from now on come in `lang`. */
export function setZodLanguage(lang: Language): void {
  language = lang;
}

z.config({ localeError: (issue) => LOCALES[language](issue) });
