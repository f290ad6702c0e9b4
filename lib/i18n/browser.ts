/**
 * Texts for the content script and the popup without bundling the message files
 * (content ≤ 25 KB, popup ≤ 60 KB gzipped; the two files are ~60 KB of JSON). The browser
 * already holds its own language's file: `getMessage` reads it. Only when the seller picked
 * the other language is that one fetched (from the background, or as a lazy chunk). Takes
 * the browser's functions as arguments: lib/ makes no browser calls.
 */
import type { Language } from '../schema';
import { hasMessages, provideMessages, type MessageKey } from '.';

/**
 * Reads the browser's language through `getMessage` and returns which one that is (from the
 * `messagesLanguage` entry of each file: the browser falls back to English for a UI language
 * it has no file for, e.g. zh-TW, where `resolveLanguage` says Chinese).
 */
export function provideBrowserMessages(getMessage: (key: MessageKey) => string): Language | undefined {
  const lang = getMessage('messagesLanguage');
  if (lang !== 'en' && lang !== 'zh') return undefined;
  provideMessages(lang, (key) => getMessage(key));
  return lang;
}

/** Key → message of one language, as the background sends it or a message file holds it. */
export type MessageTable = Readonly<Record<string, string>>;

const loading = new Map<Language, Promise<void>>();

/** Makes sure `lang`'s texts are there, loading them once with `load` when they are not. */
export function ensureMessages(lang: Language, load: (lang: Language) => Promise<MessageTable>): Promise<void> {
  if (hasMessages(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (pending === undefined) {
    pending = load(lang).then((table) => provideMessages(lang, (key: MessageKey) => table[key] ?? key));
    // A failed load may be retried later (the worker was restarting).
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/** A messages.json file's content as key → message. */
export function tableOf(file: Readonly<Record<string, { message: string }>>): MessageTable {
  return Object.fromEntries(Object.entries(file).map(([key, entry]) => [key, entry.message]));
}
