/**
 * What a cell's text looks like, without parsing it: an order number, an amount, a date, a
 * status, or one of the numbers that sit beside an order and are not one (tracking numbers,
 * phones, SKUs). The reader by meaning (lib/extract/meaning.ts) types columns and label/value
 * pairs with these when a header word alone cannot say. Small regular expressions only: it runs
 * in the page.
 */
import { westernDigits } from '../normalize/digits';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const CLOCK = '\\d{1,2}:\\d{2}';
/** A date or a time as consoles print one: ISO-ish, numeric, month words, 月日, relative words. */
const DATE = new RegExp(
  [
    '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}',
    '\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b',
    // Czech, Slovak, Slovene, Croatian and Serbian dates: a space after each dot (Intl's cs-CZ "7. 12. 2026 14:03").
    '\\b\\d{1,2}\\.\\s\\d{1,2}\\.\\s\\d{4}\\b',
    // Korean's short date: 26. 12. 7. (Intl's ko-KR, seen 2026-12-08).
    '\\b\\d{2}\\.\\s\\d{1,2}\\.\\s\\d{1,2}\\.(?=\\s|$)',
    // Korean: 2026년 12월 7일.
    '\\d{4}\\s*년\\s*\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일',
    `\\b\\d{1,2}[-/]\\d{1,2}\\s+${CLOCK}`,
    // 20261204 15:04: a compact date is a date only with a time beside it (alone it is a number).
    `\\b(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\s+${CLOCK}`,
    '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日',
    `\\b${MONTH}\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\.?\\s+${MONTH}`,
    `(?:\\bago\\b|前|昨天|今天|前天|刚刚|\\byesterday\\b|\\btoday\\b|\\bjust now\\b|\\bgestern\\b|\\bheute\\b)`,
    // "3 часа назад", "2 godziny temu", "3 saat önce", "3시간 전", "3 jam lalu", "3 giờ trước", "3 uur geleden", "3 timmar
    // sedan" (a count, its unit and the word for ago), and "Сегодня, 14:03", "Wczoraj 09:12", "Dün 14:03" (the word for
    // today or yesterday with a time): lib/normalize/datetime.ts reads them.
    `\\d+\\s*[^\\s\\d]+\\s+(?:назад|тому|temu|önce|전|lalu|trước|geleden|sedan|siden)(?![^\\s])`,
    `(?:сегодня|вчера|сьогодні|вчора|dziś|dzisiaj|wczoraj|bugün|dün|hôm nay|hôm qua|오늘|어제|hari ini|kemarin|vandaag|gisteren|idag|i dag|igår|i går|tänään|eilen|dnes|včera|σήμερα|χθες|היום|אתמול|azi|ieri|oggi|hoy|ayer|hoje|ontem|aujourd'hui|hier)[,\\s]{1,3}(?:(?:в|o|um|at|kl\\.?|klo|saat|lúc)\\s+)?\\d{1,2}[:.]\\d{2}`,
    `\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b.{0,6}${CLOCK}`,
    `(?:周|星期)[一二三四五六日天]\\s*${CLOCK}`,
    // Thai month abbreviations with their dots and a (Buddhist-era) year: 5 ธ.ค. 2569 (Intl's th-TH medium date).
    '\\d{1,2}\\s+[\\u0E01-\\u0E4E]{1,3}\\.[\\u0E01-\\u0E4E]{1,2}\\.?\\s+\\d{4}',
  ].join('|'),
  'i',
);
/**
 * A day, a month word of any language and a four-digit year (5 декабря 2026, 6 Aralık 2026,
 * 5 de dez. de 2026, 5. Dez. 2026), or the month word first (grudzień 5, 2026): lib/normalize/datetime.ts
 * reads these; the year keeps a count of items ("5 items") from passing for a date.
 */
// A month word may carry combining vowel signs (Thai ธันวาคม), and a Thai year is of the Buddhist era (2569).
// The day may be joined to its month by a dash (Uzbek "7-dek, 2026"), the month end in a dot, a Hebrew geresh or a comma
// ("7 בדצמ׳ 2026", "7 დეკემბერი, 2026"), Catalan write "del" before the year; and Kazakh, Kyrgyz, Latvian and Lithuanian
// dates begin with the year and its marker ("2026 ж. 7 жел., 14:03", "2026. gada 7. dec. 14:03", "2026 m. gruodžio
// 7 d. 14:03"), taken as dates only with the time after them (Intl's formats, seen 2026-12-07).
const DATE_WORDS = new RegExp(
  [
    // ॰ ends a Devanagari abbreviation (hi-IN "7 दिस॰ 2026"), as a dot does a Latin one; 25xx is Thai's Buddhist era, 14xx the Persian.
    '(?<![\\p{L}\\d])\\d{1,2}(?:\\.?\\s+|-)(?:de\\s+)?\\p{L}[\\p{L}\\p{M}]{2,}[.׳॰]?,?(?:\\s+del?)?\\s+(?:19|20|25|14)\\d{2}(?!\\d)',
    '(?<![\\p{L}\\d])\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}(?!\\d)',
    '(?<![\\p{L}\\d])(?:19|20)\\d{2}(?:-?\\s?\\p{L}{1,4}\\.?,?|\\.?\\s+\\p{L}{1,4}\\.?)?\\s+\\d{1,2}(?:\\.?\\s+|-)\\p{L}[\\p{L}\\p{M}]{2,}\\.?,?\\s+\\d{1,2}:\\d{2}',
    // Year, month, day and time: Hungarian, Latvian, and Nepali and Sinhala ("2026 डिसेम्बर 7, 14:03", "2026 උඳුවප් 7, 14.03").
    '(?<![\\p{L}\\d])(?:19|20)\\d{2}\\.?\\s+(?:\\p{L}{1,4}\\.\\s+)?\\p{L}[\\p{L}\\p{M}]{2,}\\s+\\d{1,2}[.,]?(?:\\s+\\p{L}\\.?)?\\s+\\d{1,2}[:.]\\d{2}',
  ].join('|'),
  'iu',
);
// Codes beside the symbols: the ISO codes consoles print before or after an amount (CHF 12.50,
// 1.234,50 BRL), as lib/normalize/money.ts reads them.
// The Gulf's and Egypt's codes (SAR 1,234.56, 1,234.56 AED) too: test/corpus/render/heldout5.mjs cites them.
const CODES = 'RMB|CNY|USD|EUR|GBP|AUD|CAD|JPY|HKD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|INR|IDR|SGD|TWD|KRW|ZAR|MYR|PHP|VND|THB|TRY|RUB|KZT|NZD|RON|ILS|ARS|CLP|COP|PEN|UAH|GEL|AMD|AZN|UZS|BYN|PKR|LKR|BDT|NPR|MNT|KGS|MAD|RSD|ISK|GHS|TZS|UGX|XOF|BGN|IRR|SAR|AED|EGP|KWD|QAR|NGN|KES|Rp|RM|TL|kr';
// Signs written after the number in their consoles (1,280円, 12,800원, 1 234,56 zł, 1.234.000₫ or đ,
// 1 234 ₽), as lib/normalize/money.ts reads them; test/corpus/render/heldout3.mjs and heldout4.mjs cite them.
// Arabic riyal, dirham and pound signs after the number (1,234.56 ر.س, ١٬٢٣٤٫٥٦ ج.م.), as lib/normalize/money.ts reads them.
// 1C-Bitrix's rouble "1 234,56 руб." (test/corpus/render/heldout8.mjs).
// Kaspi.kz's tenge, "12 345 ₸" or "12 345 тг" (test/corpus/render/heldout12.mjs), and the signs and words Intl prints
// after the number for other currencies (1 234,56 ₴, 1234,56 ₾, 1.234,56 ₼, 1 234,56 soʻm, 1234,56 Br, 1 234 Kč,
// 1 234 Ft, 1.234,56 lei, 1 234,56 лв., 1 235 F CFA, 1 234,56 ⃀, 1 234,56 $ in French Canada), as lib/normalize/money.ts reads them; a word sign may not run
// into a word ("12 Brothers" is no amount), and a sign in Latin letters comes after a space, as Intl prints it: "6ft"
// (a cable's length in an Amazon product name, test/corpus/render/heldout10.mjs) or "2br" is no amount.
const LATIN_SIGNS_AFTER = "(?:soʻm|so'm|br|kč|ft|lei|f\\s?cfa|fcfa)(?![a-zа-яё])";
const SIGNS_AFTER = `€|元|円|원|zł|₫|đ|₽|₺|₸|₴|₾|֏|₼|₪|৳|⃀|E£|\\$|ر\\.س|د\\.إ|ج\\.م|د\\.ك|ر\\.ق|ریال|(?:тг|руб|грн|сўм|сом|лв)(?![a-zа-яё])`;
/** An amount: a currency sign or code beside a number, or a number with two decimals. */
// Rp runs into its digits in Indonesian consoles (Tokopedia's Rp1.234.567); other codes need a gap, so a SKU such as RM2000 is no amount.
// ₦: Jumia Nigeria's naira (test/corpus/render/heldout6.mjs).
// A code run into a number that is shaped as money (Lazada's "SGD25.00", Shopee Malaysia's "RM1,234.56": grouped
// thousands or two decimals) is an amount too; "RM2000" stays a SKU (test/corpus/render/heldout9.mjs, 2026-12-07).
const CODE_RUN_IN = `\\b(?:${CODES})(?=\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?(?![\\d.,])|\\d+\\.\\d{2}(?![\\d.,]))`;
// Signs before the number: Israel's ₪, Mongolia's ₮, Ghana's GH₵, Peru's S/, the rupee's Rs, East Africa's Ksh, TSh
// and USh, Egypt's E£ (Intl's currency formats, seen 2026-12-07), Iran's ریال (fa-IR, seen 2026-12-08).
const MONEY_SIGNED = new RegExp(`(?:[¥￥$€£₹₩₱₫₽₺฿₦₴₾₼₪৳₮₵]|\\b(?:US|AU|CA|NZ|HK|S|R)\\s?\\$|\\b(?:${CODES})\\b|\\bRp(?=\\d)|\\b(?:Rs\\.?|Ksh|TSh|USh|E£|GH₵|S\\/)(?=\\s?\\d)|${CODE_RUN_IN}|元|ریال)\\s?-?\\d|\\d(?:[\\d,.\\s'’])*(?:\\s?(?:${SIGNS_AFTER}|\\b(?:${CODES})\\b)|\\s${LATIN_SIGNS_AFTER})`, 'i');
const MONEY_BARE = /^-?\d{1,3}(?:[,\s.]\d{3})*[.,]\d{2}$|^-?\d+[.,]\d{2}$/;
/**
 * Mobile numbers (masked or not) and international phone numbers. A country code is written
 * with its + or apart from the number (China's 86 also run in): a 12-digit JD order number such
 * as 813975138440 is no phone. A national number with its trunk 0 and dashes (Indonesia's 0812-3456-7890,
 * Thailand's 081-234-5678) is one.
 */
const PHONE = /^(?:\+\d{1,3}[\s-]?|86[\s-]?|\d{1,3}[\s-])?(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|1[3-9]\d\*{4}\d{4}|\(?\d{3}\)?[\s-]\d{3}[\s-]\d{4}|\d{2,4}\s\d{3,4}\s\d{4}|0\d{2,3}-\d{3,4}-\d{4})$/;
/** Carrier tracking numbers: SF/YT/JT/ZTO/JD prefixes, UPS 1Z, USPS 9[2-5]…, Royal Mail, EMS. */
const TRACKING = /^(?:SF\d{12,15}|YT\d{13,}|JT\d{13,}|ZTO\d{10,}|JDV?\d{12,}|YD\d{12,}|[A-Z]{2}\d{9}[A-Z]{2}|1Z[0-9A-Z]{16}|9[2-5]\d{18,24}|7\d{11,14}|\d{20,})$/;
/** A token that may hold an order number: letters, digits and dashes, maybe after a #. */
const ID_TOKEN = /^#?[A-Za-z0-9][A-Za-z0-9_-]{2,39}$/;

/**
 * A day the seller must answer or ship by ("Respond by 9 Dec" on Amazon's and eBay's return lists, Shopee's
 * "Ship by 09/12/2026" countdown) is a deadline, never when the order was placed: an "Action needed" column
 * before the sale date was taken for the order's date and every order skipped, and so was a Shopee card's
 * countdown (test/corpus/render/heldout9.mjs, 2026-12-07). A "ship by" column is known by its header
 * (lib/extract/keys.ts shipBy), not by such cells.
 */
const REPLY_DEADLINE = /^\s*(?:respond|reply|answer|ship|dispatch)\s+by\b/i;

/** Whether `text` shows a date or a time. */
export const looksLikeDate = (raw: string): boolean => {
  // Arabic-Indic and Thai digits, Arabic separators and direction marks read as their ASCII forms (lib/normalize/digits.ts).
  const text = westernDigits(raw);
  return text.length < 60 && !REPLY_DEADLINE.test(text) && (DATE.test(text) || (text.includes(' ') && DATE_WORDS.test(text))) && /\d|ago|前|天|刚刚|today|yesterday|just now|heute|gestern/i.test(text);
};

/** Whether `text` shows an amount: with a currency (strong) or as a bare two-decimal number (weak). */
export function moneyStrength(raw: string): 0 | 1 | 2 {
  const text = westernDigits(raw);
  if (text.length > 60 || !/\d/.test(text)) return 0;
  if (MONEY_SIGNED.test(text)) return 2;
  return MONEY_BARE.test(text.trim()) ? 1 : 0;
}

/**
 * A code that names itself a stock-keeping unit ("SKU-LA3496", "SKU:88120"): consoles that print their SKUs
 * with the word (Tokopedia's, many admins') say what the number is.
 */
const SKU_CODE = /^SKU[-_:]?[A-Za-z0-9]/i;

/** Tokens that sit beside orders and are never one. */
/**
 * Digits alone are a phone only as 11 of them (13800138000) or 13 with China's 86 before them: every other PHONE
 * form needs a sign, a space, a dash or a bracket. Told so without the expression, which costs half a microsecond
 * on an 18-digit order number, once per order of every read.
 */
const mayBePhone = (token: string): boolean => (token.length !== 11 && token.length !== 13 ? !/^\d+$/.test(token) : true);
export const isDecoyToken = (token: string): boolean => (mayBePhone(token) && PHONE.test(token)) || TRACKING.test(token) || /\*{2,}/.test(token) || SKU_CODE.test(token);

/**
 * An invoice-style number: a capital prefix and parts joined by slashes, eight digits or more in all
 * (Tokopedia's INV/20261205/MPL/3269414873, "INV/2026/000123"). A date (2026/12/05) or a path (/orders/12)
 * never starts with capitals.
 */
const SLASHED_ID = /^[A-Z]{2,6}(?:\/[A-Z0-9]{2,20}){2,5}$/;
const slashedId = (token: string): boolean => SLASHED_ID.test(token) && token.replace(/\D/g, '').length >= 8;

/**
 * A store's account name, a dash and the store's serial number of six digits or more: Yahoo!ショッピング's
 * 注文ID "hanako-zakka-10004821" (test/corpus/render/heldout12.mjs). Its letters outnumber its digits, yet the
 * serial after the last dash says what it is; an item's code ("zk-a1b2c3", "hoodie-black-xl") has no such tail.
 */
const STORE_SERIAL = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{6,}$/;

/**
 * A random key of capitals, small letters and digits, 16 to 32 of them, as newer platforms number their records
 * (Mercari Shops' product ids "mYQ4dspiwCYsELs84GW5kC", 22 of base 62: takazudomodular.com/doc/docs/sub-p/
 * mercari-csv-viewer/csv-spec, seen 2026-12-08; its order ids are drawn so in test/corpus/render/heldout7.mjs). A
 * random key changes between capitals, small letters and digits at least twice in five characters and has digits in
 * two places or more; a name run together with a year ("BlueShirtXL2024Men") has one run of digits.
 */
const RANDOM_KEY = /^(?=[A-Za-z0-9]{16,32}$)(?=.*[A-Z])(?=.*[a-z])/;
function isRandomKey(token: string): boolean {
  if (!RANDOM_KEY.test(token)) return false;
  const kind = (c: number): number => (c <= 57 ? 0 : c <= 90 ? 1 : 2);
  let changes = 0;
  for (let i = 1; i < token.length; i++) if (kind(token.charCodeAt(i)) !== kind(token.charCodeAt(i - 1))) changes++;
  return changes * 5 >= (token.length - 1) * 2 && /\d\D+\d/.test(token);
}

/**
 * A token's letters and digits make an order number: three digits or more (`#1042`,
 * `112-1234567-1234567`, `DS202611240001`, `MT-0871`), or a short capital reference with a
 * digit (`QZ8P7X`); never a date, a phone or a tracking number.
 */
/**
 * A UUID (8-4-4-4-12 hex digits): Allegro numbers each order by its checkout form's id, "29738e61-7f6a-11e8-ac45-
 * 09db60ede9d6" (developer.allegro.pl/en/orders, seen 2026-12-08; test/corpus/render/heldout13.mjs). Its share of
 * letters is chance's (15 or more of 32 in about one UUID in five), so the shape says what it is, not its digits.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (token: string): boolean => token.length === 36 && UUID.test(token);

function idLike(token: string, labelled = false): boolean {
  if (slashedId(token) || isUuid(token)) return true;
  if (!ID_TOKEN.test(token)) return false;
  const bare = token.startsWith('#') ? token.slice(1) : token;
  if ((!labelled && isDecoyToken(bare)) || /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}$/.test(bare)) return false;
  const digits = bare.replace(/\D/g, '').length;
  const lower = /[a-z]/.test(bare);
  if (lower) return (digits >= 5 && digits >= bare.length / 2) || STORE_SERIAL.test(bare) || isRandomKey(bare);
  if (digits >= 3) return bare.length <= 40 && (digits >= 4 || token.startsWith('#') || /^[A-Z]{1,4}-?\d+$/.test(bare) === false);
  if (labelled && isLetterReference(bare)) return true;
  return digits >= 1 && /^[A-Z0-9]{5,10}$/.test(bare) && /[A-Z]/.test(bare);
}

/**
 * A reference of capital letters alone (PrestaShop's `XKBKNABJK`): an order's number only where
 * its label or column header says so, since capital words are everywhere else.
 */
export const isLetterReference = (token: string): boolean => /^[A-Z]{6,12}$/.test(token);

const ALL_DIGITS = /^\d{3,40}$/;
const LETTERS_AND_DIGITS = /^[A-Za-z0-9]+$/;
const HAS_DIGIT = /\d/;

/**
 * The first order-number token of a cell's text ("#1042", "4012345678901234567", "QZ8P7X"), or
 * undefined. `labelled`: the text follows an order number's own label ("订单号：", "Order #"),
 * which outweighs a shape shared with tracking numbers (a 12-digit JD number starting with 7,
 * as ZTO's do).
 */
export function idTokenOf(text: string, labelled = false): string | undefined {
  // Digits alone (most order numbers): no date, one token, an order number unless a decoy.
  if (ALL_DIGITS.test(text)) return labelled || !isDecoyToken(text) ? text : undefined;
  // Letters and digits alone, a digit among them (DS202611240001): one token, and no date (every
  // date form needs a separator, a space or a word without digits), so neither the date's
  // expression nor the split is needed.
  if (LETTERS_AND_DIGITS.test(text) && HAS_DIGIT.test(text)) return idLike(text, labelled) ? text : undefined;
  if (text.length > 300 || looksLikeDate(text) && !/\d{6,}/.test(text)) return undefined;
  // "Preview#1052": a # starts a token even when a word runs into it.
  let afterSku = false;
  for (const raw of text.split(/[\s:：,，;；|()（）]+|(?=#[A-Za-z0-9])/)) {
    const token = raw.replace(/^[^#\w]+|[^\w]+$/g, '');
    // "SKU: 88120": the number after the word SKU is the item's code, not the order's number.
    if (token !== '' && !afterSku && idLike(token, labelled)) return token;
    afterSku = /^sku$/i.test(token);
  }
  return undefined;
}

/** A number that is the text's only content: quantities, counts. */
export const looksLikeCount = (text: string): boolean => /^[x×]?\s?\d{1,4}\s?(?:件|个|pcs)?$/i.test(text);
