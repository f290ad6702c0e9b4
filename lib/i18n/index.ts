/**
 * User-facing text of the extension's own UI, in English and Simplified Chinese.
 * Detector explanations come with their findings (lib/detectors); this file holds the
 * chrome around them. Values are plain text: callers render them with textContent/JSX.
 */
import type { CaseStatus, DISMISS_REASONS, Language, Severity } from '../schema';

type DismissReason = (typeof DISMISS_REASONS)[number];

// The texts live in the browser's own message files (public/_locales/<locale>/messages.json),
// the single place a translator edits. They are read here rather than through
// browser.i18n.getMessage because the seller may pick a language other than the browser's.
import enMessages from '../../public/_locales/en/messages.json';
import zhMessages from '../../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof enMessages;

// Checked at compile time: the Chinese file has every key the English one has.
const zh: Record<MessageKey, { message: string }> = zhMessages;
const MESSAGES: Record<Language, Record<MessageKey, { message: string }>> = { en: enMessages, zh };

export type Params = Record<string, string | number>;

export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  return MESSAGES[lang][key].message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
