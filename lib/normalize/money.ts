import { westernDigits } from './digits';
import { cleanCell, fail, ok, type Parsed } from './parsed';

export interface Amount {
  /** Major unit (yuan, dollars), rounded to cents. */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface MoneyOptions {
  /** The console's currency: used for bare numbers, and to resolve `$` and `¥`. */
  currency?: string;
}

/**
 * Symbols and codes → ISO 4217. `$` and `¥` are ambiguous and resolved with the options
 * (see `resolveAmbiguous`); every other entry names one currency.
 * Keys are matched case-insensitively; after NFKC, `￥` has become `¥`.
 */
const CURRENCY_TOKENS: Readonly<Record<string, string>> = {
  'CN¥': 'CNY',
  RMB: 'CNY',
  CNY: 'CNY',
  人民币: 'CNY',
  元: 'CNY',
  'JP¥': 'JPY',
  円: 'JPY',
  'US$': 'USD',
  'CA$': 'CAD',
  C$: 'CAD',
  'AU$': 'AUD',
  A$: 'AUD',
  'NZ$': 'NZD',
  'HK$': 'HKD',
  'S$': 'SGD',
  'NT$': 'TWD',
  'MX$': 'MXN',
  R$: 'BRL',
  // Indonesia's rupiah, as Tokopedia and Shopee ID print it ("Rp 150.000").
  Rp: 'IDR',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '฿': 'THB',
  zł: 'PLN',
  // Southeast Asian and Korean marketplaces print their own signs (Lazada's "RM 1,234.56" and "₱1,234.00",
  // Shopee Vietnam's "₫1.234.000" or "1.234.000đ", Coupang's "12,800원"; sources in
  // test/corpus/render/heldout3.mjs, seen 2026-12-07). RMB is tried first, being longer.
  RM: 'MYR',
  '₱': 'PHP',
  '₫': 'VND',
  đ: 'VND',
  원: 'KRW',
  // Turkish consoles (Trendyol, Hepsiburada) print the lira as "1.234,56 TL" more often than with ₺
  // (test/corpus/render/heldout4.mjs, seen 2026-12-07).
  TL: 'TRY',
  // Arabic signs written after the amount by Gulf and Egyptian store admins (Salla, Zid, Intl's ar-EG currency
  // format "١٬٢٣٤٫٥٦ ج.م.‏"): riyal, dirham, Egyptian pound, Kuwaiti dinar, Qatari riyal
  // (test/corpus/render/heldout5.mjs, seen 2026-12-07). Written with their dots, so no Arabic word is taken for one.
  'ر.س': 'SAR',
  'د.إ': 'AED',
  'ج.م': 'EGP',
  'د.ك': 'KWD',
  'ر.ق': 'QAR',
  // Jumia Nigeria's naira, printed "₦ 12,345" without kobo (test/corpus/render/heldout6.mjs, seen 2026-12-07).
  '₦': 'NGN',
  // Russian store admins (1C-Bitrix) print the rouble as "руб." after the amount ("1 234,56 руб.") more often
  // than ₽ (test/corpus/render/heldout8.mjs, seen 2026-12-07); with its dot or without.
  'руб.': 'RUB',
  руб: 'RUB',
  // Kaspi.kz and Kazakh shops print the tenge after a space-grouped whole amount, "12 345 ₸", or as "тг"
  // (test/corpus/render/heldout12.mjs, find_string id 55747299224 totalPrice in KZT, seen 2026-12-07).
  '₸': 'KZT',
  тг: 'KZT',
  // The signs Intl and the consoles of other countries print (Intl.NumberFormat's currency formats for uk-UA, ka-GE,
  // hy-AM, az-AZ, uz-UZ, be-BY, he-IL, bn-BD, mn-MN, ky-KG, cs-CZ, hu-HU, ro-RO, bg-BG, es-PE, en-KE, en-GH, sw-TZ, en-UG,
  // fr-CI, ar-EG, seen 2026-12-07): a console of any of them is read with its own currency, not as a bare number.
  '₴': 'UAH',
  грн: 'UAH',
  '₾': 'GEL',
  '֏': 'AMD',
  '₼': 'AZN',
  'soʻm': 'UZS',
  "so'm": 'UZS',
  сўм: 'UZS',
  сом: 'KGS',
  '⃀': 'KGS',
  Br: 'BYN',
  '₪': 'ILS',
  '৳': 'BDT',
  '₮': 'MNT',
  Kč: 'CZK',
  Ft: 'HUF',
  lei: 'RON',
  'лв.': 'BGN',
  лв: 'BGN',
  'S/': 'PEN',
  Ksh: 'KES',
  'E£': 'EGP',
  'GH₵': 'GHS',
  '₵': 'GHS',
  TSh: 'TZS',
  USh: 'UGX',
  'F CFA': 'XOF',
  FCFA: 'XOF',
  // Iran's rial as Intl's fa-IR prints it, the word before the amount in Persian digits: "‎ریال ۷۸٬۴۹۰٬۰۰۰" (seen
  // 2026-12-08; test/corpus/render/heldout15.mjs, Digikala).
  ریال: 'IRR',
  // Plain ISO codes, as in "RMB 88" or "12.00 EUR".
  ...Object.fromEntries(
    'USD EUR GBP JPY CAD AUD NZD HKD SGD TWD MXN BRL CHF SEK NOK DKK PLN CZK HUF RON INR KRW RUB TRY THB MYR IDR PHP VND ZAR AED SAR ILS EGP KWD QAR NGN KES KZT ARS CLP COP PEN UAH GEL AMD AZN UZS BYN PKR LKR BDT NPR MNT KGS MAD RSD ISK GHS TZS UGX XOF BGN IRR'
      .split(' ')
      .map((code) => [code, code]),
  ),
};

/**
 * `kr` is the krona or krone of Sweden, Norway, Denmark or Iceland: the console's own says which. `Rs` is the
 * rupee of India, Pakistan, Sri Lanka or Nepal (Intl's en-PK "Rs 1,235", en-LK "Rs 1,234.56"): the console's
 * own, else India's.
 */
const AMBIGUOUS = new Set(['$', '¥', 'kr', 'rs', 'rs.']);
const KRONA = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
const RUPEE = new Set(['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR']);

/** Currencies written with a bare `$` in their home console. */
const DOLLAR_FAMILY = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP']);

function resolveAmbiguous(symbol: string, opts: MoneyOptions): string | undefined {
  const wanted = opts.currency?.toUpperCase();
  if (symbol === 'kr') return wanted !== undefined && KRONA.has(wanted) ? wanted : undefined;
  if (symbol === 'rs' || symbol === 'rs.') return wanted !== undefined && RUPEE.has(wanted) ? wanted : 'INR';
  if (symbol === '¥') return wanted === 'JPY' ? 'JPY' : 'CNY';
  // A bare `$` is a dollar: the console's own dollar when it has one, else US dollars.
  return wanted !== undefined && DOLLAR_FAMILY.has(wanted) ? wanted : 'USD';
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so that `US$` is tried before `$` and `CN¥` before `¥`. */
const CURRENCY_ALTERNATION = [...Object.keys(CURRENCY_TOKENS), ...AMBIGUOUS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const SIGN = '[-\u2212]';
/** Digits with `.` `,` `'` or a space (only before a full group of 3) between them. */
const NUMBER = "\\d+(?:(?:[.,'\u2019]|\\s(?=\\d{3}(?!\\d)))\\d+)*";

/**
 * One amount: [sign] [currency] [sign] number [currency]. It may not touch a Latin letter, a
 * digit or a decimal point, so `1e309` or `NaN` yield no amount at all instead of a wrong one.
 * Chinese text may touch it (`实收¥88`, `88元整`). A sign must touch what it negates, so the
 * dash in `¥10 - ¥20` is not a minus.
 */
const MONEY_TOKEN = new RegExp(
  `(?<![A-Za-z\\d]|\\d[.,])(${SIGN})?(?:(${CURRENCY_ALTERNATION})\\s*)?(${SIGN})?(${NUMBER})(?:\\s*(${CURRENCY_ALTERNATION}))?(?![A-Za-z\\d]|[.,]\\d)`,
  'giu',
);

/** Lookup that ignores case (`rmb`, `Usd`) but keeps symbols exact. */
function currencyOf(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (AMBIGUOUS.has(token.toLowerCase())) return token.toLowerCase();
  const upper = token.toUpperCase();
  for (const [key, code] of Object.entries(CURRENCY_TOKENS)) {
    if (key.toUpperCase() === upper) return code;
  }
  return undefined;
}

type Digits = { ok: true; whole: string; fraction: string } | { ok: false; why: string };

/**
 * Decides which separator is the decimal point: with both `.` and `,` the last one is;
 * with one kind repeated it groups thousands; a single one followed by exactly three digits
 * groups thousands (`1,299` = 1299, `1.234` = 1234), otherwise it is the decimal point.
 */
function splitDigits(numberText: string): Digits {
  const text = numberText.replace(/\u2019/g, "'").replace(/\s/g, ' ');
  const separators = [...text.matchAll(/[.,' ]/g)].map((m) => m[0]);
  const groups = text.split(/[.,' ]/);
  if (separators.length === 0) return { ok: true, whole: text, fraction: '' };

  const last = separators[separators.length - 1]!;
  const lastGroup = groups[groups.length - 1]!;
  let decimal: string | undefined;
  if (last === '.' || last === ',') {
    const sameKind = separators.filter((s) => s === last).length;
    const others = separators.length - sameKind;
    if (others > 0) decimal = last;
    else if (sameKind === 1 && !(lastGroup.length === 3 && /^[1-9]\d{0,2}$/.test(groups[0]!))) decimal = last;
  }
  const wholeGroups = decimal === undefined ? groups : groups.slice(0, -1);
  const thousands = decimal === undefined ? separators : separators.slice(0, -1);
  if (decimal !== undefined && thousands.includes(decimal)) {
    return { ok: false, why: `"${decimal}" appears more than once as a decimal point` };
  }
  if (new Set(thousands).size > 1) return { ok: false, why: 'it mixes thousands separators' };
  if (wholeGroups.length > 1) {
    const [first, ...rest] = wholeGroups;
    // Indian grouping (lakh, crore: 1,23,456.00) puts two digits in every group but the last.
    const indian = thousands[0] === ',' && /^\d{1,2}$/.test(first!) && rest.length >= 2 && rest.at(-1)!.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
    if (!indian && (!/^\d{1,3}$/.test(first!) || rest.some((g) => g.length !== 3))) {
      return { ok: false, why: 'its digit groups are not thousands' };
    }
  }
  return { ok: true, whole: wholeGroups.join(''), fraction: decimal === undefined ? '' : lastGroup };
}

/**
 * Rounds half away from zero to cents with integer arithmetic on the digit strings,
 * so `0.30` is 0.3 and never 0.30000000000000004.
 */
function toCents(whole: string, fraction: string): number | undefined {
  const padded = (fraction + '000').slice(0, 3);
  const cents = Number(whole) * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

interface Token {
  amount: number;
  /** Undefined for a bare number. */
  currency: string | undefined;
  explicitCurrency: boolean;
}

function readTokens(raw: string, opts: MoneyOptions): Parsed<Token[]> {
  // Arabic-Indic digits and separators ("١٬٢٣٤٫٥٦") are read as their ASCII forms, direction marks dropped.
  const text = cleanCell(westernDigits(raw));
  if (text === '') return fail(raw, 'The amount cell is empty.');
  const tokens: Token[] = [];
  for (const match of text.matchAll(MONEY_TOKEN)) {
    const [, signBefore, prefix, signAfter, numberText, suffix] = match;
    const digits = splitDigits(numberText!);
    if (!digits.ok) return fail(raw, `"${raw}" is not an amount: ${digits.why}.`);
    const cents = toCents(digits.whole, digits.fraction);
    if (cents === undefined) return fail(raw, `"${raw}" is too large to be an amount.`);
    const negative = signBefore !== undefined || signAfter !== undefined;
    if (signBefore !== undefined && signAfter !== undefined) {
      return fail(raw, `"${raw}" has two minus signs.`);
    }
    const [before, after] = [currencyOf(prefix), currencyOf(suffix)];
    const explicit = [before, after].filter((c): c is string => c !== undefined && !AMBIGUOUS.has(c));
    if (new Set(explicit).size > 1) return fail(raw, `"${raw}" names two different currencies.`);
    const symbol = before ?? after;
    const currency = explicit[0] ?? (symbol === undefined ? undefined : resolveAmbiguous(symbol, opts));
    if (symbol !== undefined && currency === undefined) return fail(raw, `"${raw}" shows kr, and this console's currency is no krona or krone.`);
    // `-0` reads as 0: a "minus nothing" refund is no money, and -0 would print as "-0".
    const amount = negative && cents !== 0 ? -cents / 100 : cents / 100;
    tokens.push({ amount, currency, explicitCurrency: symbol !== undefined });
  }
  if (tokens.length === 0) return fail(raw, `"${raw}" contains no amount.`);
  // Accounting notation: an amount alone in parentheses, `($12.00)` or `(12.00)`, is negative (a
  // refund); a note around it (`(含运费 ¥8.00)`) is not, nor a count such as `(3)`.
  const only = tokens.length === 1 ? tokens[0] : undefined;
  const accounting =
    only !== undefined &&
    only.amount > 0 &&
    (only.explicitCurrency || /[.,]\d{2}\s*\)$/.test(text)) &&
    /^\s*\(/.test(raw) &&
    ALONE_IN_PARENTHESES.test(text.replace(MONEY_TOKEN, '0'));
  if (accounting) {
    only.amount = -only.amount;
  }
  return ok(tokens);
}

/** Western accounting only: a Chinese console's `（￥88.00）` is a note beside a figure, not a minus. */
const ALONE_IN_PARENTHESES = /^\(\s*0\s*\)$/;

function withDefaultCurrency(raw: string, tokens: Token[], opts: MoneyOptions): Parsed<Amount[]> {
  const out: Amount[] = [];
  for (const t of tokens) {
    const currency = t.currency ?? opts.currency?.toUpperCase();
    if (currency === undefined) {
      return fail(raw, `"${raw}" shows no currency and none was given for this console.`);
    }
    out.push({ amount: t.amount, currency });
  }
  return ok(out);
}

/**
 * Every amount in a cell, in reading order, e.g. `￥88.00(含快递:￥10.00)` → 88 CNY, 10 CNY.
 * When some amounts carry a currency, bare numbers (counts such as "共2件") are left out.
 */
export function parseMoneyAll(text: string, opts: MoneyOptions = {}): Parsed<Amount[]> {
  const read = readTokens(text, opts);
  if (!read.ok) return read;
  const withCurrency = read.value.filter((t) => t.explicitCurrency);
  return withDefaultCurrency(text, withCurrency.length > 0 ? withCurrency : read.value, opts);
}

/**
 * The amount a cell shows. When it shows several (Taobao's 实收款 `￥88.00(含快递:￥10.00)`),
 * the first one with a currency is the paid total. Several bare numbers are ambiguous.
 */
const DIGIT_0 = 48;
const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_0 + 9;

/**
 * The amount of `^[¥￥](\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?$`, or undefined when the text is
 * not of that form; read by hand, as the pattern cost more than the rest of the cell.
 */
function yenAmount(text: string): number | undefined {
  const sign = text.charCodeAt(0);
  if (sign !== 0xa5 /* ¥ */ && sign !== 0xffe5 /* ￥ */) return undefined;
  const end = text.length;
  let i = 1;
  let group = 0; // digits since the last comma (or the start)
  let commas = 0;
  let whole = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      group++;
      whole = whole * 10 + (c - DIGIT_0);
    } else if (c === 44 /* , */) {
      if (commas === 0 ? group < 1 || group > 3 : group !== 3) return undefined;
      commas++;
      group = 0;
    } else break;
  }
  if (group === 0 || (commas > 0 && group !== 3)) return undefined;
  let cents = whole * 100;
  if (i < end) {
    if (text.charCodeAt(i) !== 46 /* . */) return undefined;
    const fraction = end - i - 1;
    if (fraction < 1 || fraction > 2) return undefined;
    const tenths = text.charCodeAt(i + 1);
    const hundredths = fraction === 2 ? text.charCodeAt(i + 2) : DIGIT_0;
    if (!isDigit(tenths) || !isDigit(hundredths)) return undefined;
    cents += (tenths - DIGIT_0) * 10 + (hundredths - DIGIT_0);
  }
  // Whole cents divided by 100 is the double nearest the decimal, as Number('88.00') gives;
  // past 2^53 cents the text is parsed as written.
  if (Number.isSafeInteger(cents)) return cents / 100;
  const digits = text.slice(1).replace(/,/g, '');
  return Number(digits);
}

/** A currency sign (or none) followed by dashes where the amount should be. */
const PLACEHOLDER_FIRST = /^\s*(?:[¥￥$€£]|[A-Z]{3})\s*[-—–]{1,3}(?![\d.])/;

/**
 * `¥1,299.00` on a yuan (or yen) console, the commonest cell, read without the tokenizer
 * (amounts were a fifth of a page read). Anything else goes the general way, which
 * gives the same amount for what this accepts (test/normalize/money-fast.test.ts).
 */
export function parseMoney(text: string, opts: MoneyOptions = {}): Parsed<Amount> {
  if (opts.currency === 'CNY' || opts.currency === 'JPY') {
    const amount = yenAmount(text);
    if (amount !== undefined) return ok({ amount, currency: opts.currency });
  }
  // "￥--" first means the total is not shown; an amount after it (含快递:￥0.00) is another one.
  if (PLACEHOLDER_FIRST.test(text)) return fail(text, `"${text}" contains no amount.`);
  const read = readTokens(text, opts);
  if (!read.ok) return read;
  const first = read.value.find((t) => t.explicitCurrency);
  if (first === undefined && read.value.length > 1) {
    return fail(text, `"${text}" shows several numbers and no currency; cannot tell which is the amount.`);
  }
  const all = withDefaultCurrency(text, [first ?? read.value[0]!], opts);
  return all.ok ? ok(all.value[0]!) : all;
}
