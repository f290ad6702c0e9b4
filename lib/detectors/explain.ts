/**
 * Small formatting helpers for detector explanations, in both languages. Plain text only:
 * callers render explanations with textContent/JSX, never as HTML.
 */
import { civilFromDays, DAY_MS, MAX_FOUR_DIGIT_YEAR_MS, TWO_DIGITS as TWO } from '../normalize/civil';
import type { Bilingual, Marketplace } from '../schema';

/** Marketplace names as they read in the middle of a sentence. */

const MS_PER_HOUR = 3_600_000;

/** Milliseconds → hours rounded to 0.01 h (36 s): evidence keeps a one-minute difference visible. */
export const hoursFromMs = (ms: number): number => Math.round(ms / 36_000) / 100;
export const msFromHours = (hours: number): number => Math.round(hours * MS_PER_HOUR);

/**
 * A duration for a sentence: minutes under an hour, else hours to 0.1 h (no trailing ".0").
 * The sign is dropped; the sentence says "ago", "left" or "overdue".
 */
export function formatHours(hours: number): Bilingual {
  const abs = Math.abs(hours);
  const minutes = Math.round(abs * 60);
  if (minutes < 60) {
    if (minutes === 0 && abs > 0) return { en: '< 1 min', zh: '不到 1 分钟' };
    return { en: `${minutes} min`, zh: `${minutes} 分钟` };
  }
  const rounded = Math.round(abs * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return { en: `${text} h`, zh: `${text} 小时` };
}

/** Money lives in integer cents inside detectors, so sums never pick up float noise. */
export const toCents = (amount: number): number => Math.round(amount * 100);
export const fromCents = (cents: number): number => cents / 100;

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  CNY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
  HKD: 'HK$',
  TWD: 'NT$',
  CAD: 'CA$',
  AUD: 'A$',
};
// Currencies without a minor unit (ISO 4217 exponent 0) are shown without decimals.
const NO_DECIMALS = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK']);

/** `formatMoney(129900, 'CNY')` → '¥1,299.00'; negative amounts get a minus sign: '−¥5.00'. */
export function formatMoney(cents: number, currency: string): string {
  const abs = Math.abs(cents);
  const decimals = NO_DECIMALS.has(currency) ? 0 : 2;
  const fixed = (abs / 100).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  const symbol = CURRENCY_SYMBOLS[currency];
  const body = symbol === undefined ? `${currency} ${number}` : `${symbol}${number}`;
  return cents < 0 ? `−${body}` : body;
}

/**
 * ISO 8601 in UTC, for evidence: unambiguous whatever the seller's time zone. What
 * `Date#toISOString` gives, written out by hand for years 1970–9999: findings carry several
 * such times each and the alarm writes thousands of findings (3–4× faster than a Date each).
 */
export function isoTime(ms: number): string {
  if (!(ms >= 0 && ms < MAX_FOUR_DIGIT_YEAR_MS)) return new Date(ms).toISOString();
  const t = Math.floor(ms);
  const days = Math.floor(t / DAY_MS);
  let rest = t - days * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const { year, month, day } = civilFromDays(days);
  return `${year}-${TWO[month]}-${TWO[day]}T${TWO[hours]}:${TWO[minutes]}:${TWO[seconds]}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
