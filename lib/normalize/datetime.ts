import { cleanCell, fail, lookup, ok, type Parsed } from './parsed';
import { westernDigits } from './digits';
import { instantOfWallTime, isKnownTimeZone, wallTimeAt, type WallTime } from './timezone';

export interface DateTimeOptions {
  /** The observation time: "today", "3 天前" and year-less dates are relative to it. */
  now: number;
  /** IANA zone the console shows wall times in, e.g. Asia/Shanghai. */
  timeZone: string;
  /** How the console writes `05/11/2026`; default month first (US). */
  dateOrder?: 'MDY' | 'DMY';
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------
// Vocabulary

/**
 * Month words in the console languages we meet (en, fr, es, de, it, pt; nl, pl, id and tr for Bol.com,
 * Allegro, Shopee/Tokopedia and Trendyol dates; ru for Ozon and Wildberries), after dropping a final dot. Polish
 * and Russian months are written in the genitive after a day ("5 grudnia 2026", "5 декабря 2026"). Arabic
 * month names as Egypt and the Gulf write them (Intl's ar-EG "٥ ديسمبر ٢٠٢٦") and Thai month names (th-TH's
 * full names; its abbreviations with dots are THAI_ABBREVIATIONS) for store admins in those languages
 * (test/corpus/render/heldout5.mjs, sources seen 2026-12-07).
 */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [1, 'jan january janv janvier ene enero januar jän jänner gen gennaio janeiro januari sty stycznia styczeń oca ocak янв января январь يناير มกราคม'],
      [2, 'feb february févr fevr février fevrier febrero februar febbraio fev fevereiro februari lut lutego luty şub şubat subat фев февр февраля февраль فبراير กุมภาพันธ์'],
      [3, 'mar march mars marzo mär märz maerz março marco maart mrt maret marca marzec mart мар марта март مارس มีนาคม'],
      [4, 'apr april avr avril abr abril aprile kwi kwietnia kwiecień nis nisan апр апреля апрель أبريل إبريل เมษายน'],
      [5, 'may mai mayo mag maggio maio mei maja maj mayıs mayis мая май مايو พฤษภาคม'],
      [6, 'jun june juin junio juni giu giugno junho cze czerwca czerwiec haz haziran июн июня июнь يونيو يونيه มิถุนายน'],
      [7, 'jul july juil juillet julio juli lug luglio julho lip lipca lipiec tem temmuz июл июля июль يوليو يوليه กรกฎาคม'],
      [8, 'aug august août aout ago agosto augustus agu agt agustus sie sierpnia sierpień ağu ağustos agustos авг августа август أغسطس สิงหาคม'],
      [9, 'sep sept september septembre septiembre set settembre setembro wrz września wrzesień eyl eylül eylul сен сент сентября сентябрь سبتمبر กันยายน'],
      [10, 'oct october octobre octubre okt oktober ott ottobre out outubro paź października październik eki ekim окт октября октябрь أكتوبر ตุลาคม'],
      [11, 'nov november novembre noviembre novembro lis listopada listopad kas kasım kasim ноя нояб ноября ноябрь نوفمبر พฤศจิกายน'],
      [12, 'dec december déc décembre decembre dic diciembre dez dezember dicembre dezembro des desember gru grudnia grudzień ara aralık aralik дек декабря декабрь ديسمبر ธันวาคม'],
    ] as const
  ).flatMap(([month, words]) => words.split(' ').map((w) => [w, month] as const)),
);

/**
 * Month words of the languages the table above leaves out (Ukrainian, Czech, Finnish, Greek, Hebrew, Georgian …), as
 * Intl prints them, alone and inside a date (the genitive of "7 грудня 2026", "7. prosince 2026"): built once, the
 * first time a date shows a word the table does not know. A word that names two different months in two languages
 * (Croatian "lis", October, is Polish November) names none.
 */
const INTL_MONTH_LOCALES = ['uk', 'be', 'bg', 'sr', 'sr-Latn', 'hr', 'bs', 'sl', 'cs', 'sk', 'hu', 'ro', 'lt', 'lv', 'et', 'fi', 'sv', 'nb', 'da', 'is',
  'el', 'ca', 'gl', 'az', 'uz', 'kk', 'ky', 'ka', 'hy', 'he', 'ms', 'fil', 'sw', 'af', 'sq', 'mk', 'cy', 'ga', 'mt', 'lb',
  // India's and its neighbours' languages, as Intl writes their months (hi-IN "7 दिस॰ 2026", bn-BD, ta-IN, te-IN, ur-PK…; seen 2026-12-08).
  'hi', 'bn', 'mr', 'ne', 'gu', 'pa', 'ta', 'te', 'kn', 'ml', 'ur', 'si', 'km', 'lo'];
/** What a month word may hold: letters, and the vowel signs and marks of Indic and Southeast Asian scripts. */
const MONTH_WORD = /^[\p{L}\p{M}]{2,}$/u;
let intlMonths: Map<string, number | undefined> | undefined;
function intlMonth(word: string): number | undefined {
  if (intlMonths === undefined) {
    const found = new Map<string, number | undefined>();
    const add = (token: string, month: number): void => {
      const w = token.toLowerCase().replace(/[,./׳'॰]/gu, ' ').trim();
      if (w === '' || w.includes(' ') || /\d/.test(w)) return;
      if (lookup(MONTHS, w) !== undefined) return;
      found.set(w, found.has(w) && found.get(w) !== month ? undefined : month);
    };
    for (const locale of INTL_MONTH_LOCALES) {
      for (const width of ['long', 'short'] as const) {
        let alone: Intl.DateTimeFormat, inDate: Intl.DateTimeFormat;
        try {
          alone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
          inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: width, year: 'numeric', timeZone: 'UTC' });
        } catch {
          continue;
        }
        for (let month = 1; month <= 12; month++) {
          const at = Date.UTC(2026, month - 1, 7);
          add(alone.format(at), month);
          for (const part of inDate.formatToParts(at)) if (part.type === 'month') add(part.value, month);
        }
      }
    }
    intlMonths = found;
  }
  // Hebrew writes "in" before the month inside a date: "7 בדצמבר 2026".
  return intlMonths.get(word) ?? (word.startsWith('ב') ? intlMonths.get(word.slice(1)) : undefined);
}

/**
 * Thai month abbreviations, dots and all (Intl's th-TH medium date "5 ธ.ค. 2569"): their dots would split them
 * into letters, so each is turned into the English word before the date is cut into words.
 */
const THAI_ABBREVIATIONS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const THAI_ABBREVIATION = new RegExp(`(?<![\\u0E00-\\u0E7F])(${THAI_ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.').replace(/\\.$/, '\\.?')).join('|')})`, 'u');
/** Thai script in a date: its month abbreviations are read as words (its Buddhist-era years, by checkDate). */
const THAI_SCRIPT = /[\u0E00-\u0E7F]/u;
const BUDDHIST_ERA_OFFSET = 543;

/**
 * The Solar Hijri calendar of Iran and Afghanistan, as Intl's fa-IR and ps-AF print dates ("۱۶ آذر ۱۴۰۵، ۱۴:۰۳",
 * "۱۴۰۵/۹/۱۶", "AP ۱۴۰۵-۰۹-۱۶"; seen 2026-12-08): its years 1300–1500 are no Gregorian order's, and its months are
 * named in Persian, Dari and Pashto. Such a date is the Gregorian day Intl's Persian calendar gives the same name.
 */
let persianFormat: Intl.DateTimeFormat | null | undefined;
function persianParts(at: number): [number, number, number] | undefined {
  if (persianFormat === undefined) {
    try {
      persianFormat = new Intl.DateTimeFormat('en-US-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      persianFormat = null;
    }
  }
  if (persianFormat === null) return undefined;
  const parts = persianFormat.formatToParts(at);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

function fromPersian(d: CalendarDate): CalendarDate | undefined {
  // 1 Farvardin, the year's first day, falls between 19 and 22 March of the Gregorian year 621 later.
  for (let march = 18; march <= 23; march++) {
    const start = Date.UTC(d.year + 621, 2, march);
    const first = persianParts(start);
    if (first === undefined) return undefined;
    if (first[0] !== d.year || first[1] !== 1 || first[2] !== 1) continue;
    // Six months of 31 days, five of 30, then Esfand; a day a month does not have reads back as another.
    const at = start + ((d.month <= 6 ? (d.month - 1) * 31 : 186 + (d.month - 7) * 30) + d.day - 1) * DAY;
    const back = persianParts(at);
    if (d.month < 1 || d.day < 1 || back === undefined || back[0] !== d.year || back[1] !== d.month || back[2] !== d.day) return undefined;
    const g = new Date(at);
    return { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
  }
  return undefined;
}

let persianMonths: Map<string, number> | undefined;
/** A Persian, Dari or Pashto month word → its month of the Persian year (آذر, قوس, لیندۍ → 9). */
function persianMonth(word: string): number | undefined {
  if (persianMonths === undefined) {
    persianMonths = new Map();
    for (const locale of ['fa', 'fa-AF', 'ps']) {
      for (const width of ['long', 'short'] as const) {
        let names: Intl.DateTimeFormat;
        try {
          names = new Intl.DateTimeFormat(`${locale}-u-ca-persian`, { timeZone: 'UTC', month: width });
        } catch {
          continue;
        }
        // A day in the middle of each Persian month of 2026's Persian year.
        for (let month = 1; month <= 12; month++) persianMonths.set(names.format(Date.UTC(2026, 2, 21) + ((month - 1) * 30.5 + 15) * DAY), month);
      }
    }
  }
  return persianMonths.get(word);
}

/** A month's number → its English word, for consoles that write the number beside the word for month. */
const MONTH_BY_NUMBER: readonly (string | undefined)[] = [undefined, 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Words that may sit between the parts of a date and mean nothing for its value. */
const FILLER_WORDS = new Set([
  'de', 'del', 'of', 'the', 'le', 'den', 'am', 'at', 'à', 'um', 'a', 'las', 'alle', 'om', 'às', 'on', 'ngày', 'năm',
  // Russian "5 декабря 2026 г. в 14:03": г. (year) and в (at).
  'г', 'в',
  // The words for "at", "year" and "day" that Intl writes into dates of other languages (seen 2026-12-07): Ukrainian
  // р. and о, Belarusian у, Kazakh ж., Lithuanian m. and d., Latvian gada and g., Czech v, Croatian u, Slovene ob,
  // Slovak o, Estonian kell, Finnish klo, Nordic kl., Italian alle ore, Romanian la, Catalan a les, Indonesian pukul,
  // Malay pada, Filipino nang, Swahili saa, Greek στις, Hebrew בשעה, Vietnamese lúc, Turkish saat.
  'р', 'о', 'у', 'ж', 'm', 'd', 'gada', 'g', 'v', 'u', 'ob', 'o', 'kell', 'klo', 'kello', 'kl', 'alle', 'ore', 'la', 'les',
  'pukul', 'pada', 'nang', 'saa', 'στις', 'בשעה', 'lúc', 'vào', 'saat', 'en', 'ás',
  // Armenian թ. (year), Thai เวลา (time), Arabic في (at).
  'թ', 'เวลา', 'في',
  // Hindi को (on) and बजे (o'clock), Marathi रोजी and वाजता, Bengali এ, Tamil அன்று, Urdu کو, Macedonian во (Intl's long
  // dates, seen 2026-12-08).
  'को', 'बजे', 'रोजी', 'वाजता', 'এ', 'அன்று', 'کو', 'во',
  // Persian ساعت (hour: "at"), Pashto په (at), and AP, the Persian era's mark before the year (ps-AF).
  'ساعت', 'په', 'ap',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Day words → days from today in the console's zone. */
const DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0, 今天: 0, 今日: 0, "aujourd'hui": 0, hoy: 0, heute: 0, oggi: 0, hoje: 0,
  yesterday: -1, 昨天: -1, 昨日: -1, hier: -1, ayer: -1, gestern: -1, ieri: -1, ontem: -1,
  前天: -2, 'day before yesterday': -2, vorgestern: -2, 'avant-hier': -2, anteayer: -2,
  tomorrow: 1, 明天: 1, 明日: 1, demain: 1, mañana: 1, morgen: 1, domani: 1, amanhã: 1,
  后天: 2,
  // "Сегодня, 14:03", "Вчера в 09:12" and their kind in other languages, as Russian, Polish, Turkish, Vietnamese,
  // Korean, Indonesian, Dutch, Nordic, Finnish, Czech, Greek and Hebrew consoles write the last two days.
  сегодня: 0, вчера: -1, позавчера: -2, сьогодні: 0, вчора: -1, dziś: 0, dzisiaj: 0, wczoraj: -1, bugün: 0, dün: -1,
  'hôm nay': 0, 'hôm qua': -1, 오늘: 0, 어제: -1, 'hari ini': 0, kemarin: -1, vandaag: 0, gisteren: -1, idag: 0, 'i dag': 0,
  igår: -1, 'i går': -1, tänään: 0, eilen: -1, dnes: 0, včera: -1, σήμερα: 0, χθες: -1, היום: 0, אתמול: -1, azi: 0,
};

/**
 * A bare weekday (Shopify's "Friday at 10:00 am") is the most recent such day before today:
 * consoles say "Today"/"Yesterday" for the last two days and a weekday for the rest of the week.
 */
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

const UNIT_MS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [SECOND, 's sec secs second seconds 秒 秒钟 seconde secondes segundo segundos sekunde sekunden секунду секунды секунд sekund sekundy saniye 초 detik giây secondi seconden sekunder'],
      [MINUTE, 'm min mins minute minutes 分 分钟 minuto minutos minuten минуту минуты минут хвилину хвилини хвилин minutę minuty minut dakika 분 menit phút minuti minuut minuter'],
      [HOUR, 'h hr hrs hour hours 小时 个小时 钟头 个钟头 heure heures hora horas stunde stunden std час часа часов годину години годин godzinę godziny godzin saat 시간 jam giờ ora ore uur timme timmar'],
      [DAY, 'd day days 天 日 jour jours día días dia dias tag tagen tage день дня дней дні днів dzień dni gün 일 hari ngày giorno giorni dag dagen dagar'],
      [7 * DAY, 'w wk wks week weeks 周 星期 个星期 semaine semaines semana semanas woche wochen неделю недели недель тиждень тижні тижнів tydzień tygodnie tygodni hafta 주 minggu tuần settimana settimane weken vecka veckor'],
    ] as const
  ).flatMap(([ms, words]) => words.split(' ').map((w) => [w, ms] as const)),
);

const JUST_NOW = new Set(['刚刚', '刚才', 'just now', 'now', "à l'instant", 'ahora', 'gerade eben', 'agora']);

/**
 * Zone abbreviations → fixed offset (minutes) or an IANA zone. Only unambiguous ones, plus
 * CST, which is US Central except on consoles set to a Chinese zone (China Standard Time).
 */
const ZONE_ABBREVIATIONS: Readonly<Record<string, number | string>> = {
  utc: 0, gmt: 0, z: 0, wet: 0,
  pst: -8 * 60, pdt: -7 * 60, mst: -7 * 60, mdt: -6 * 60, cst: -6 * 60, cdt: -5 * 60,
  est: -5 * 60, edt: -4 * 60, akst: -9 * 60, akdt: -8 * 60, hst: -10 * 60,
  bst: 60, cet: 60, cest: 2 * 60, west: 60, eet: 2 * 60, eest: 3 * 60,
  // German consoles (Amazon.de, eBay.de) write CET/CEST as MEZ/MESZ.
  mez: 60, mesz: 2 * 60,
  jst: 9 * 60, kst: 9 * 60, hkt: 8 * 60, sgt: 8 * 60, aest: 10 * 60, aedt: 11 * 60,
  // Indonesia's three zones, as Tokopedia and Shopee Indonesia print them after the time ("14:03 WIB").
  wib: 7 * 60, wita: 8 * 60, wit: 9 * 60,
  北京时间: 8 * 60,
  // Generic names follow the zone's own daylight-saving rules.
  pt: 'America/Los_Angeles', mt: 'America/Denver', ct: 'America/Chicago', et: 'America/New_York',
};

const CHINA_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Taipei', 'Asia/Hong_Kong', 'Asia/Macau', 'PRC']);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

// ---------------------------------------------------------------------------------------
// Patterns (the cell is lower-cased first)

/** Morning and afternoon words written before the time: Chinese, Japanese (午前/午後) and Korean (오전/오후, Intl's ko-KR). */
const ZH_MERIDIEM: Readonly<Record<string, 'am' | 'pm' | 'noon'>> = {
  凌晨: 'am', 早上: 'am', 上午: 'am', 中午: 'noon', 下午: 'pm', 晚上: 'pm', 午前: 'am', 午後: 'pm', 오전: 'am', 오후: 'pm',
  // Intl's ko-KR writes the English marker before the time too: "2026. 12. 7. PM 2:03".
  am: 'am', pm: 'pm',
};

const OFFSET = '(?:utc|gmt)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}(?::?\\d{2})?';
const ZONE = `${OFFSET}|${alternation(Object.keys(ZONE_ABBREVIATIONS))}`;
const EN_MERIDIEM = 'a\\.?\\s?m\\.?|p\\.?\\s?m\\.?';
/** Albanian p.d. (paradite, morning) and m.d. (pasdite, afternoon), Intl's sq-AL "7 dhj 2026, 2:03 m.d." (seen 2026-12-08). */
const ALBANIAN_AM = 'p\\.d\\.';
const ALBANIAN_PM = 'm\\.d\\.';
/**
 * After the time: English am/pm (Spanish "p. m." with its space), Arabic ص (morning) and م (evening), as Intl's ar-SA
 * and ar-EG print them, Malay PG (pagi) and PTG (petang), Greek π.μ. and μ.μ.
 */
const AFTER_MERIDIEM = `${EN_MERIDIEM}|ص|م|ptg|pg|π\\.?μ\\.?|μ\\.?μ\\.?|${ALBANIAN_AM}|${ALBANIAN_PM}|ጥዋት|ከሰዓት`;

/** `14:03`, `14:03:11.123`, `2:03 pm`, `下午 2:03`, each with an optional zone after it. */
const CLOCK_TIME = new RegExp(
  `(?:(${alternation(Object.keys(ZH_MERIDIEM))})\\s*)?(?<![\\d:.])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?![\\d:])` +
    // "14:03 Uhr" (German), "14:03 hs." (Argentina), "14:03 h": the word for o'clock after the time says nothing more.
    `(?:\\s*(${AFTER_MERIDIEM}))?(?:\\s*(?:uhr|hs|h)\\.?(?![\\p{L}\\d]))?(?:\\s*\\(?(${ZONE})\\)?)?(?![\\p{L}\\d])`,
  'gu',
);
/** `2 pm`, `2pm PST`. */
const HOUR_ONLY_TIME = new RegExp(
  `(?<![\\d:.])(\\d{1,2})\\s*(${EN_MERIDIEM})(?:\\s*\\(?(${ZONE})\\)?)?(?![\\p{L}\\d])`,
  'gu',
);

// "3 часа назад", "2 godziny temu", "3 saat önce", "3시간 전", "3 jam lalu", "3 giờ trước", "3 ore fa", "3 uur geleden",
// "3 timmar sedan" (and Swedish "för … sedan") as well as English, Chinese, French, Spanish, German and Portuguese.
const AGO = new RegExp(
  `^(?:(?:för\\s+)?(\\d+|an?|one|半)\\s*(${alternation(Object.keys(UNIT_MS))})\\s*(?:ago|前|以前|назад|тому|temu|önce|전|yang lalu|lalu|trước|fa|geleden|sedan|siden)` +
    `|(?:il y a|hace|vor|há)\\s*(\\d+|une?)\\s*(${alternation(Object.keys(UNIT_MS))}))$`,
  'u',
);

// ---------------------------------------------------------------------------------------

type Zone = { offsetMinutes: number } | { ianaZone: string };

interface ClockTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  zone?: Zone;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

type Step<T> = { ok: true; value: T } | { ok: false; why: string };

function checkDate(given: CalendarDate): Step<CalendarDate> {
  // A year of the Buddhist era, 543 ahead of the Gregorian one: Thai consoles print 2026 as 2569, in Thai words or in
  // digits alone (Intl's th-TH "7/12/2569 14:03"). No order is placed in a Gregorian year past 2400.
  let d = given.year >= 2400 && given.year <= 2700 ? { ...given, year: given.year - BUDDHIST_ERA_OFFSET } : given;
  if (d.year >= 1300 && d.year <= 1500) {
    const gregorian = fromPersian(d);
    if (gregorian === undefined) return { ok: false, why: `${d.year}/${d.month}/${d.day} is no day of the Persian calendar` };
    d = gregorian;
  }
  if (d.year < 1970 || d.year > 9999) return { ok: false, why: `year ${d.year} is out of range` };
  if (d.month < 1 || d.month > 12) return { ok: false, why: `there is no month ${d.month}` };
  if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) {
    return { ok: false, why: `${MONTH_NAMES[d.month - 1]} ${d.year} has no day ${d.day}` };
  }
  return { ok: true, value: d };
}

function readZone(text: string | undefined, timeZone: string): Step<Zone | undefined> {
  if (text === undefined) return { ok: true, value: undefined };
  const compact = text.replace(/\s+/g, '');
  const offset = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(compact);
  if (offset !== null) {
    const [, sign, hours, minutes = '0'] = offset;
    const total = Number(hours) * 60 + Number(minutes);
    if (Number(hours) > 14 || Number(minutes) > 59) return { ok: false, why: `"${text}" is not a UTC offset` };
    return { ok: true, value: { offsetMinutes: sign === '-' ? -total : total } };
  }
  if (compact === 'cst' && CHINA_ZONES.has(timeZone)) return { ok: true, value: { offsetMinutes: 8 * 60 } };
  const known = lookup(ZONE_ABBREVIATIONS, compact);
  if (known === undefined) return { ok: false, why: `"${text}" is not a known time zone` };
  return { ok: true, value: typeof known === 'number' ? { offsetMinutes: known } : { ianaZone: known } };
}

function to24Hour(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour <= 23 ? hour : undefined;
  // am/pm before the time (Korean) are read as after it: only Chinese words allow a 24-hour hour beside them.
  const zh = meridiem === 'am' || meridiem === 'pm' ? undefined : lookup(ZH_MERIDIEM, meridiem);
  if (zh !== undefined) {
    // Chinese consoles sometimes write 下午 14:03: an hour past 12 is already 24-hour.
    if (hour > 12) return zh === 'am' || hour > 23 ? undefined : hour;
    if (zh === 'am') return hour === 12 ? 0 : hour;
    if (zh === 'noon') return hour < 11 ? hour + 12 : hour;
    return hour === 12 ? 12 : hour + 12;
  }
  if (hour < 1 || hour > 12) return undefined;
  // Amharic ከሰዓት is the afternoon (am-ET), ጥዋት the morning.
  const pm = (meridiem.startsWith('p') && meridiem !== 'pg' && meridiem !== 'p.d.') || meridiem === 'م' || meridiem.startsWith('μ') || meridiem === 'm.d.' || meridiem === 'ከሰዓት';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Finds the one time of day in the cell and returns it with the rest of the cell. */
function takeClockTime(text: string, timeZone: string): Step<{ time: ClockTime | undefined; rest: string }> {
  const clock = [...text.matchAll(CLOCK_TIME)];
  const hourOnly = clock.length === 0 ? [...text.matchAll(HOUR_ONLY_TIME)] : [];
  const matches = clock.length > 0 ? clock : hourOnly;
  if (matches.length === 0) return { ok: true, value: { time: undefined, rest: text } };
  if (matches.length > 1) return { ok: false, why: 'it shows more than one time of day' };
  const m = matches[0]!;
  let hourText: string, minute = 0, second = 0, millisecond = 0;
  let meridiem: string | undefined, zoneText: string | undefined;
  if (clock.length > 0) {
    const [, zh, h, mi, s, fraction, en, zone] = m;
    hourText = h!;
    minute = Number(mi);
    second = s === undefined ? 0 : Number(s);
    millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
    meridiem = zh ?? en;
    if (zh !== undefined && en !== undefined) return { ok: false, why: 'it has two am/pm markers' };
    zoneText = zone;
  } else {
    const [, h, en, zone] = m;
    hourText = h!;
    meridiem = en;
    zoneText = zone;
  }
  const hour = to24Hour(Number(hourText), meridiem);
  if (hour === undefined) return { ok: false, why: `${hourText} is not an hour${meridiem ? ` with "${meridiem}"` : ''}` };
  if (minute > 59) return { ok: false, why: `there is no minute ${minute}` };
  if (second > 59) return { ok: false, why: `there is no second ${second}` };
  const zone = readZone(zoneText, timeZone);
  if (!zone.ok) return zone;
  const start = m.index ?? 0;
  const rest = text.slice(0, start) + ' ' + text.slice(start + m[0].length);
  const time: ClockTime = { hour, minute, second, millisecond };
  if (zone.value !== undefined) time.zone = zone.value;
  return { ok: true, value: { time, rest } };
}

/** A year-less date (`Nov 20`, `11月20日`) is the one nearest to now: consoles drop the current year. */
function nearestYear(month: number, day: number, now: number, timeZone: string): number {
  const today = wallTimeAt(now, timeZone);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  const candidates = [today.year - 1, today.year, today.year + 1];
  const distance = (year: number): number => Math.abs(Date.UTC(year, month - 1, day) - todayUtc);
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/**
 * A two-digit year (`12/4/26`, the short date style of Intl's en-US and de-DE) is the year
 * ending in those digits nearest to now: an order list shows orders of the last few years.
 */
function nearestCentury(yy: number, now: number, timeZone: string): number {
  const year = wallTimeAt(now, timeZone).year;
  const base = year - (year % 100) + yy;
  const nearest = [base - 100, base, base + 100].reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
  // Thai's short date writes the Buddhist era's year in two digits (th-TH "7/12/69" is 2569, 2026): read so when that
  // is this year or the next or last, and the Gregorian reading decades away.
  const buddhist = 2500 + yy - BUDDHIST_ERA_OFFSET;
  return Math.abs(buddhist - year) <= 1 && Math.abs(nearest - year) > 1 ? buddhist : nearest;
}

function readDate(text: string, opts: DateTimeOptions): Step<CalendarDate> | undefined {
  const dayWord = lookup(DAY_WORDS, text);
  if (dayWord !== undefined) {
    const today = wallTimeAt(opts.now, opts.timeZone);
    const shifted = new Date(Date.UTC(today.year, today.month - 1, today.day + dayWord));
    return { ok: true, value: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() } };
  }
  const weekday = lookup(WEEKDAYS, text);
  if (weekday !== undefined) {
    const today = wallTimeAt(opts.now, opts.timeZone);
    const todayWeekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    const back = (todayWeekday - weekday + 7) % 7 || 7;
    const shifted = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    return { ok: true, value: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() } };
  }
  let m =
    /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text) ??
    /^(\d{4})(年)(\d{1,2})月(\d{1,2})日?$/.exec(text) ??
    // Korean: `2026년 12월 5일`, and Intl's ko-KR `2026. 12. 5.` with spaces and a final dot.
    /^(\d{4})\s*(년)\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일?$/.exec(text) ??
    /^(\d{4})(\.)\s+(\d{1,2})\.\s*(\d{1,2})\.?$/.exec(text) ??
    // `20261204` (compact, as some Chinese consoles export it): a date only in a date cell.
    /^((?:19|20)\d{2})()(\d{2})(\d{2})$/.exec(text);
  if (m !== null) return checkDate({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) });

  m = /^(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$/.exec(text);
  if (m !== null) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return { ok: false, why: `there is no month ${month}` };
    return checkDate({ year: nearestYear(month, day, opts.now, opts.timeZone), month, day });
  }

  // Korean's short date, year first in two digits with a space after each dot and one at its end (Intl's ko-KR
  // "26. 12. 7. PM 2:03", seen 2026-12-08), when that year is this one or the next or last: "17. 12. 26." is read below.
  m = /^(\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\.$/.exec(text);
  if (m !== null) {
    const year = nearestCentury(Number(m[1]), opts.now, opts.timeZone);
    if (Math.abs(year - wallTimeAt(opts.now, opts.timeZone).year) <= 1) return checkDate({ year, month: Number(m[2]), day: Number(m[3]) });
  }
  // `07.12.2026`, and as Czech, Slovak, Slovene, Croatian and Serbian write it, `7. 12. 2026` and `07. 12. 2026.`.
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\.?$/.exec(text);
  if (m !== null) {
    const year = m[3]!.length === 4 ? Number(m[3]) : nearestCentury(Number(m[3]), opts.now, opts.timeZone);
    return checkDate({ year, month: Number(m[2]), day: Number(m[1]) });
  }

  m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m !== null) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const year = m[4]!.length === 4 ? Number(m[4]) : nearestCentury(Number(m[4]), opts.now, opts.timeZone);
    const dayFirst = opts.dateOrder === 'DMY';
    const [month, day] = dayFirst ? [b, a] : [a, b];
    // 20/11/2026 on a month-first console is not swapped: it would mean 05/11 was misread too.
    if (month > 12) {
      return { ok: false, why: `there is no month ${month} (this console writes ${dayFirst ? 'day/month/year' : 'month/day/year'})` };
    }
    return checkDate({ year, month, day });
  }
  // `11-18` / `18/11` without a year (list pages of Chinese consoles, compact admin tables): the
  // order was placed on the latest such day that is not after today in the console's zone.
  m = /^(\d{1,2})([/-])(\d{1,2})$/.exec(text);
  if (m !== null) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [month, day] = opts.dateOrder === 'DMY' ? [b, a] : [a, b];
    if (month < 1 || month > 12) return { ok: false, why: `there is no month ${month}` };
    const today = wallTimeAt(opts.now, opts.timeZone);
    const after = month > today.month || (month === today.month && day > today.day);
    return checkDate({ year: after ? today.year - 1 : today.year, month, day });
  }
  return readNamedMonthDate(text, opts);
}

/** `Nov 20, 2026`, `20 nov. 2026`, `20. Dez. 2026`, `20 de noviembre de 2026`, `Nov 20`. */
function readNamedMonthDate(text: string, opts: DateTimeOptions): Step<CalendarDate> | undefined {
  // Vietnamese names a month by its number: `5 thg 12, 2026` (Intl's vi-VN), `ngày 5 tháng 12 năm 2026`.
  const thai = THAI_SCRIPT.test(text);
  const words = (thai ? text.replace(THAI_ABBREVIATION, (a: string) => MONTH_BY_NUMBER[THAI_ABBREVIATIONS.indexOf(a.endsWith('.') ? a : `${a}.`) + 1] ?? a) : text)
    .replace(/(?:thg|tháng)\s*(\d{1,2})(?!\d)/u, (_, n: string) => MONTH_BY_NUMBER[Number(n)] ?? `thg${n}`)
    // ॰ ends a Devanagari abbreviation (hi-IN "दिस॰"), as a dot does a Latin one.
    .replace(/[,./׳॰]/gu, ' ')
    .replace(/(?<=\d)-|-(?=\d)/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !FILLER_WORDS.has(w))
    .map((w) => w.replace(/^(\d{1,2})(?:st|nd|rd|th|er|º)$/, '$1'));
  let month: number | undefined, day: number | undefined, year: number | undefined;
  let persian = false;
  for (const w of words) {
    let asMonth = lookup(MONTHS, w) ?? (MONTH_WORD.test(w) ? intlMonth(w) : undefined);
    if (asMonth === undefined && month === undefined && MONTH_WORD.test(w)) {
      asMonth = persianMonth(w);
      persian = asMonth !== undefined;
    }
    if (asMonth !== undefined && month === undefined) month = asMonth;
    else if (/^\d{4}$/.test(w) && year === undefined) year = Number(w);
    else if (/^\d{1,2}$/.test(w) && day === undefined) day = Number(w);
    else return undefined;
  }
  if (month === undefined || day === undefined) return undefined;
  // A Persian month's day is read only with its Persian year: no other year is of its calendar.
  if (persian && (year === undefined || year < 1300 || year > 1500)) return undefined;
  return checkDate({ year: year ?? nearestYear(month, day, opts.now, opts.timeZone), month, day });
}

function readAgo(text: string, now: number): number | undefined {
  if (JUST_NOW.has(text)) return now;
  const m = AGO.exec(text);
  if (m === null) return undefined;
  const countText = m[1] ?? m[3]!;
  const unit = lookup(UNIT_MS, m[2] ?? m[4]!)!;
  const count = /^\d+$/.test(countText) ? Number(countText) : countText === '半' ? 0.5 : 1;
  // "3 天前" is exactly 72 hours before now: consoles count elapsed time, not calendar days.
  return now - count * unit;
}

/** A zone's name in parentheses, as Date.prototype.toString prints it after the offset. */
const ZONE_NAME = /\s*[(（](?:[a-z .'-]+ time|\p{Script=Han}+时间)[)）]\s*$/u;

/** A weekday beside a date (`12月4日 周五`, `Fri 12/04/2026`) says nothing the date does not. */
const WEEKDAY_BESIDE = new RegExp(
  `(?:^|\\s|[(（])(?:(?:周|星期|礼拜)[一二三四五六日天]|${alternation(Object.keys(WEEKDAYS))})[)）]?,?(?=\\s|$)` +
    // Japanese and Korean write it in parentheses right after the date: `2026/12/05(土)`, `12월 5일 (토)`.
    `|\\s?[(（][月火水木金土日월화수목금토일](?:曜日?|요일)?[)）]`,
  'gu',
);
/**
 * A European console's short weekday before a numeric date: Otto's and Kaufland's "Mo., 07.12.2026", Intl fr-FR's
 * "lun. 07/12/2026", Spanish, Portuguese, Italian and Dutch ones alike (test/corpus/render/heldout6.mjs). Only
 * before a day/month/year in digits: "mar." or "sa" elsewhere may be a month or a word.
 */
const WEEKDAY_BEFORE_DIGITS =
  /^(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mié|jue|vie|sáb|dom|seg|ter|qua|qui|sex|gio|sab|ma|wo|vr|za|zo)\.?,?\s+(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))/u;
function dropWeekday(rest: string): string {
  const without = rest.replace(WEEKDAY_BEFORE_DIGITS, '').replace(WEEKDAY_BESIDE, ' ').replace(/\s+/g, ' ').trim();
  // A bare weekday ("Friday at 10:00 am") is the date itself: keep it.
  return without === '' ? rest : without;
}

const unreadable = (raw: string, why?: string): Parsed<number> =>
  fail(raw, why === undefined ? `Cannot read a date or time from "${raw}".` : `"${raw}" is not a valid date: ${why}.`);

/**
 * A console's date/time cell → the UTC instant (epoch ms). Wall times are read in
 * `opts.timeZone` unless the cell names its own zone or offset; a date without a time is
 * midnight. Never guesses: anything not read in full is returned as unreadable.
 */
/**
 * `2026-11-24 09:12:33`, the format most consoles show, read without the general path
 * (dates were a fifth of a page read). Anything it does not accept goes the general way, which
 * gives the same instant for what it accepts (test/normalize/datetime-fast.test.ts).
 */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * `^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$` read by hand: the pattern and its
 * captures cost more than resolving the instant.
 */
function isoLocal(text: string, timeZone: string): number | undefined {
  const n = text.length;
  if (n !== 16 && n !== 19) return undefined;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== ' ' || text[13] !== ':') return undefined;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return undefined;
  let second = 0;
  if (n === 19) {
    if (text[16] !== ':') return undefined;
    second = twoDigits(text, 17);
    if (second < 0) return undefined;
  }
  const year = century * 100 + yy;
  if (year < 1970 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const instant = instantOfWallTime({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
  // Before 1970 (1970-01-01 07:00 in Shanghai): the general path says why it is refused.
  return instant >= 0 ? instant : undefined;
}

/**
 * Japanese era years, as a console calling toLocaleString('ja-JP-u-ca-japanese') prints them ("令和8年12月7日
 * 14:03", "R8/12/7 14:03"): the era's year n is the Gregorian year the era began, less one, plus n; 元年 is its
 * first year. Heisei began in 1989, Reiwa on 1 May 2019.
 */
const ERA_START: Readonly<Record<string, number>> = { 令和: 2019, 平成: 1989, r: 2019, h: 1989 };
function gregorianYear(cell: string): string {
  return cell
    .replace(/(令和|平成)\s*(元|\d{1,2})\s*年/u, (_, era: string, n: string) => `${ERA_START[era]! - 1 + (n === '元' ? 1 : Number(n))}年`)
    .replace(/^([RH])(\d{1,2})\/(\d{1,2})\/(\d{1,2})(?!\d)/u, (_, era: string, n: string, m: string, d: string) => `${ERA_START[era.toLowerCase()]! - 1 + Number(n)}/${m}/${d}`);
}

/** What a Chinese console writes after a time to say what happened then; the first four place the order. */
const PLACING_EVENTS = new Set(['下单', '创建', '成交', '拍下']);
const EVENT_AFTER_TIME = /(\d(?:[^\u4e00-\u9fff，；;|]|[年月日时分秒点])*?)\s*(下单|创建|成交|拍下|付款|支付|发货|完成)/gu;

/**
 * "2026-12-07 07:24:09 下单，2026-12-07 07:25:50 付款": one text holding each time with what happened then
 * (京东's 2026 order cards print the time ordered and the time paid so, find_string id 70093300744, seen
 * 2026-12-07; test/corpus/render/heldout10.mjs). The time the order was placed is the order's; a text that holds
 * anything but such times and their separators, or no placing one ("… 付款" alone), is left to the general
 * reading, as is a deadline ("… 前发货").
 */
function placingTimeOf(text: string): string | undefined {
  if (!/[下创成拍]/u.test(text)) return undefined;
  let placing: string | undefined;
  for (const m of text.matchAll(EVENT_AFTER_TIME)) if (PLACING_EVENTS.has(m[2]!)) placing ??= m[1]!.trim();
  return placing !== undefined && text.replace(EVENT_AFTER_TIME, '').replace(/[\s，；;,|]/gu, '') === '' ? placing : undefined;
}

export function parseDateTime(text: string, opts: DateTimeOptions): Parsed<number> {
  if (!isKnownTimeZone(opts.timeZone)) return fail(text, `Unknown time zone "${opts.timeZone}" for "${text}".`);
  const fast = isoLocal(text, opts.timeZone);
  if (fast !== undefined) return ok(fast);
  const placing = placingTimeOf(text);
  if (placing !== undefined) {
    const at = parseDateTime(placing, opts);
    return at.ok ? at : unreadable(text);
  }
  // "Placed Dec 4, 2026", "Created: 05/12/2026": a card's label run into its date says nothing more.
  // Arabic-Indic and Thai digits, Arabic separators and right-to-left marks are read as their ASCII forms.
  const cell = gregorianYear(cleanCell(westernDigits(text)))
    .toLowerCase()
    .replace(/^(?:placed|created|ordered|purchased|order date|date|下单时间|创建时间|下单于?)(?:\s+on)?\s*[:：]?\s*(?=\d|[a-z]{3})/u, '')
    // Any other label with its colon before the digits (注文日時：2026/12/05, 주문일시: 2026.12.05, Ngày đặt: 05/12/2026):
    // words without a digit, then a colon, are a label, never part of a date.
    .replace(/^[^\d:：]{1,24}[:：]\s*(?=\d)/u, '')
    // A Chinese or Japanese label naming a time, with a space and no colon before the digits (Shopee Taiwan's
    // "訂單成立時間 2026/12/07 14:03", test/corpus/render/heldout12.mjs): what ends in 時間, 时间, 日時, 日期 or 日付
    // names the time that follows, as the labels above do.
    .replace(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{0,10}(?:時間|时间|日時|日期|日付|時刻|时刻)\s+(?=\d)/u, '');
  if (cell === '') return fail(text, 'The date cell is empty.');

  const ago = readAgo(cell, opts.now);
  if (ago !== undefined) return ok(ago);

  // `14时03分` / `14点03分05秒` (有赞, 微店 lists) is the clock time 14:03 / 14:03:05 written in words.
  const clocked = cell.replace(/(?<!\d)(\d{1,2})[时点](\d{1,2})分(?!钟)(?:(\d{1,2})秒)?/u, (_, h: string, m: string, s?: string) =>
    ` ${h}:${m.padStart(2, '0')}${s === undefined ? '' : `:${s.padStart(2, '0')}`}`,
  );
  // `klo 14.03`, `kl. 14.03`, `pukul 14.03`, `, 14.03` (Intl's fi-FI, da-DK, nb-NO, id-ID): a clock written with a dot,
  // after the word for "at" or a date's comma; `14 h 03` (fr-CA) is 14:03.
  const dotted = clocked
    .replace(/(^|\s)((?:klo|kl\.?|kello|kell|pukul|jam)\s+)(\d{1,2})\.(\d{2})(?![\d.])/u, '$1$2$3:$4')
    .replace(/,\s*(\d{1,2})\.(\d{2})$/u, ', $1:$2')
    .replace(/(?<!\d)(\d{1,2})\s?h\s?(\d{2})(?!\d)/u, '$1:$2');
  const taken = takeClockTime(dotted.replace(/(\d)t(\d)/, '$1 $2'), opts.timeZone);
  if (!taken.ok) return unreadable(text, taken.why);
  const { time } = taken.value;
  const rest = dropWeekday(
    taken.value.rest
      // Date.prototype.toString's zone name after its offset: "GMT+0800 (China Standard Time)".
      .replace(time?.zone === undefined ? /$^/ : ZONE_NAME, ' ')
      .replace(/^[\s,@]+|[\s,@-]+$/g, '')
      .replace(/(?:\s*,)?\s+(?:at|à|um|a las|alle ore|alle|om|às|a les|la|kl\.?|klo|kello|kell|pukul|pada|nang|saa|στις|в|у|о|ob|o|u|v|lúc|saat|בשעה|เวลา|في|को|रोजी|এ|அன்று|کو|во|ساعت|په)$/u, '')
      // The Persian era's mark before a date in digits (ps-AF "AP ۱۴۰۵/۹/۱۶").
      .replace(/^ap\s+(?=\d)/u, '')
      // A year's marker after a numeric date (Bulgarian "7.12.2026 г.", Ukrainian р.): the date is read without it.
      .replace(/(\d)\s+(?:г|р|ж)\.?$/u, '$1')
      .trim(),
  );
  if (rest === '') return unreadable(text, time === undefined ? undefined : 'it has a time but no date');
  const date = readDate(rest, opts);
  if (date === undefined) return unreadable(text);
  if (!date.ok) return unreadable(text, date.why);

  const wall: WallTime = {
    ...date.value,
    hour: time?.hour ?? 0,
    minute: time?.minute ?? 0,
    second: time?.second ?? 0,
    millisecond: time?.millisecond ?? 0,
  };
  const zone = time?.zone;
  const instant =
    zone === undefined
      ? instantOfWallTime(wall, opts.timeZone)
      : 'ianaZone' in zone
        ? instantOfWallTime(wall, zone.ianaZone)
        : Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) -
          zone.offsetMinutes * MINUTE;
  if (!Number.isSafeInteger(instant) || instant < 0) return unreadable(text, 'it is before 1970');
  return ok(instant);
}
