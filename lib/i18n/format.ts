/**
 * The one clock rule and the one money rule for everything shown to the seller: a time is
 * written on the marketplace's clock and names that clock when it is not the browser's own
 * (so a deadline and its evidence never disagree), and money is written with its currency.
 * Each Intl formatter is made once per language, zone and style, then reused.
 */
import type { Language } from '../schema';
import { t } from './index';

const LOCALE: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

/** How much of a moment is shown. */
export type TimeStyle = 'dateTime' | 'date' | 'weekdayTime';

const STYLES: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  // "25/11/2026, 20:30" · "2026/11/25 20:30"
  dateTime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  // "Fri 27 Nov" · "11月27日周五"
  date: { month: 'short', day: 'numeric', weekday: 'short' },
  // "Wed 25 Nov, 14:03" · "11月25日周三 14:03"
  weekdayTime: { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The zone this browser keeps its clock in. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "GMT+8" for `zone` at `at`: two zones are the same clock when these agree. */
function offsetAt(zone: string, at: number): string {
  const parts = cached(`offset|${zone}`, () => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** A zone in the seller's words: "Beijing time" / "北京时间", "UTC", else the browser's own name for it. */
export function zoneName(lang: Language, zone: string, at = Date.now()): string {
  if (zone === 'Asia/Shanghai') return t(lang, 'inboxZoneBeijing');
  if (zone === 'UTC' || zone === 'Etc/UTC') return t(lang, 'inboxZoneUtc');
  const parts = cached(`name|${lang}|${zone}`, () => new Intl.DateTimeFormat(LOCALE[lang], { timeZone: zone, timeZoneName: 'longGeneric' })).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** True when `zone`'s clock shows another time than the browser's at `at`. */
export const differsFromBrowser = (zone: string, at: number, browserZone = browserTimeZone()): boolean =>
  offsetAt(zone, at) !== offsetAt(browserZone, at);

/**
 * A moment on `zone`'s clock (the browser's when none is given), followed by that clock's name
 * when it is not the browser's: "25/11/2026, 20:30 (Beijing time)", "2026/11/25 20:30（北京时间）".
 */
export function formatTime(
  lang: Language,
  at: number,
  zone?: string,
  style: TimeStyle = 'dateTime',
  browserZone = browserTimeZone(),
): string {
  const clock = zone ?? browserZone;
  const text = cached(`time|${lang}|${clock}|${style}`, () => new Intl.DateTimeFormat(LOCALE[lang], { ...STYLES[style], timeZone: clock })).format(at);
  if (!differsFromBrowser(clock, at, browserZone)) return text;
  return t(lang, 'timeInZone', { time: text, zone: zoneName(lang, clock, at) });
}

/**
 * A day on `zone`'s clock without its name ("Fri 27 Nov", "11月27日周五"): for texts the seller
 * sends to a buyer, who reads the day the marketplace promised.
 */
export function formatDay(lang: Language, at: number, zone?: string): string {
  const clock = zone ?? browserTimeZone();
  return cached(`time|${lang}|${clock}|date`, () => new Intl.DateTimeFormat(LOCALE[lang], { ...STYLES.date, timeZone: clock })).format(at);
}

/** An amount in its currency: "CN¥97.70" / "¥97.70", "$24.99", "€12.50". */
export function formatMoney(lang: Language, amount: number, currency: string): string {
  return cached(`money|${lang}|${currency}`, () => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'currency', currency })).format(amount);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * A message with counted words, in the language's plural form: the message writes each such
 * word as `{name:one|other}` ("Read {orders} {orders:order|orders}"), picked by Intl.PluralRules
 * on the number given as `name`, plain or already formatted ("1,204"); Chinese has one form and
 * writes none.
 */
export function tn(lang: Language, key: Parameters<typeof t>[1], params: Record<string, string | number>): string {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  const chosen = rules;
  return t(lang, key, params).replace(/\{(\w+):([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) =>
    name in params ? (chosen.select(Number(String(params[name]).replace(/[^\d.-]/g, ''))) === 'one' ? one : other) : whole,
  );
}
