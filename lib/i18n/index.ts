/**
 * User-facing text of the extension's own UI, in English and Simplified Chinese.
 * Detector explanations come with their findings (lib/detectors); this file holds the
 * chrome around them. Values are plain text: callers render them with textContent/JSX.
 */
import type { CaseStatus, DISMISS_REASONS, Language, Severity } from '../schema';

type DismissReason = (typeof DISMISS_REASONS)[number];

// The texts live in the browser's own message files (public/_locales/<locale>/messages.json),
// the single place a translator edits. Which copy of them a surface reads is its entrypoint's
// choice (bundle budgets): the extension's pages and the worker bundle both files
// (./bundled); the content script and the popup read the browser's language through its i18n
// API and fetch the other language only when the seller picked it (./browser).
import type enMessages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
/** One language's texts: the message for a key, as written in its messages.json. */
export type MessageLookup = (key: MessageKey) => string;

const sources: Partial<Record<Language, MessageLookup>> = {};

/** Makes `lang`'s texts available to `t` (the entrypoint's choice of source, see above). */
export function provideMessages(lang: Language, lookup: MessageLookup): void {
  sources[lang] = lookup;
}

export const hasMessages = (lang: Language): boolean => sources[lang] !== undefined;

export type Params = Record<string, string | number>;

export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  // While the seller's language is still being fetched, the other one is shown: text in the
  // wrong language for a moment is better than a page or a badge that breaks.
  const lookup = sources[lang] ?? sources[lang === 'en' ? 'zh' : 'en'];
  if (lookup === undefined) throw new Error('order-sentinel: no texts loaded (lib/i18n: provideMessages)');
  return lookup(key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** 'auto' follows the browser UI language: any zh-* → Chinese, anything else → English. */
export function resolveLanguage(setting: 'auto' | Language, uiLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = { P1: 'severityP1', P2: 'severityP2', P3: 'severityP3' };
export const severityLabel = (lang: Language, s: Severity): string => t(lang, SEVERITY_KEYS[s]);

const STATUS_KEYS: Record<CaseStatus, MessageKey> = {
  open: 'statusOpen',
  in_progress: 'statusInProgress',
  waiting: 'statusWaiting',
  resolved: 'statusResolved',
  dismissed: 'statusDismissed',
};
export const caseStatusLabel = (lang: Language, s: CaseStatus): string => t(lang, STATUS_KEYS[s]);

const REASON_KEYS: Record<DismissReason, MessageKey> = {
  false_positive: 'reasonFalsePositive',
  threshold_too_strict: 'reasonThresholdTooStrict',
  already_handled: 'reasonAlreadyHandled',
  other: 'reasonOther',
};
export const dismissReasonLabel = (lang: Language, r: DismissReason): string => t(lang, REASON_KEYS[r]);

/** A duration in the seller's words: minutes under an hour, hours under two days, then days. */
export function formatDuration(lang: Language, ms: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return t(lang, 'minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t(lang, 'hours', { n: hours });
  return t(lang, 'daysHours', { d: Math.floor(hours / 24), h: hours % 24 });
}

/** "4 h left" / "overdue 3 h" on the marketplace's clock (every hour counts). */
export function formatDue(lang: Language, dueAt: number | undefined, now: number): string {
  if (dueAt === undefined) return t(lang, 'noDueTime');
  const delta = dueAt - now;
  return delta > 0
    ? t(lang, 'dueLeft', { time: formatDuration(lang, delta) })
    : t(lang, 'dueOverdue', { time: formatDuration(lang, delta) });
}
