/**
 * Both message files bundled, for the surfaces without a size budget (the worker, the side
 * panel, the options and report pages) and for tests. Imported for its effect, right after
 * lib/zod-config, by those entrypoints.
 */
import enMessages from '../../public/_locales/en/messages.json';
import zhMessages from '../../public/_locales/zh_CN/messages.json';
import { provideMessages, type MessageKey } from '.';

// Checked at compile time: the Chinese file has every key the English one has.
const zh: Record<MessageKey, { message: string }> = zhMessages;

/** A language's texts as key → message (what the background hands a content script). */
export const MESSAGE_TABLES = {
  en: Object.fromEntries(Object.entries(enMessages).map(([k, v]) => [k, v.message])),
  zh: Object.fromEntries(Object.entries(zh).map(([k, v]) => [k, v.message])),
} as const;

provideMessages('en', (key) => enMessages[key].message);
provideMessages('zh', (key) => zh[key].message);
