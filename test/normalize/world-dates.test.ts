/**
 * Order times as consoles of other countries print them, in the forms Intl.DateTimeFormat gives for their locales
 * (seen 2026-12-07): month words of languages the dictionary had not listed, a clock with a dot after "klo" or a
 * comma, the words for "at" and "year" inside a date, "p. m." with its space, Malay PTG, Greek μ.μ., dates with a
 * space after each dot. Each is read to the minute and known for a date by the reader by meaning.
 */
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../lib/normalize';
import { looksLikeDate } from '../../lib/extract/sniff';

const NOW = Date.UTC(2026, 11, 7, 18, 0);
const at = (text: string, dateOrder: 'DMY' | 'MDY' = 'DMY'): string | undefined => {
  const r = parseDateTime(text, { timeZone: 'UTC', now: NOW, dateOrder });
  return r.ok ? new Date(r.value).toISOString() : undefined;
};
const ORDER = '2026-12-07T14:03:00.000Z';

describe('parseDateTime and looksLikeDate: Intl formats of other languages', () => {
  it.each<[string, string]>([
    ['uk-UA', '7 груд. 2026 р., 14:03'],
    ['uk-UA', '7 грудня 2026 р. о 14:03'],
    ['be-BY', '7 снежня 2026 г. у 14:03'],
    ['bg-BG', '7.12.2026 г., 14:03'],
    ['bg-BG', '7 декември 2026 г. в 14:03'],
    ['cs-CZ', '7. 12. 2026 14:03'],
    ['cs-CZ', '7. prosince 2026 v 14:03'],
    ['sk-SK', '7. decembra 2026 o 14:03'],
    ['hr-HR', '07. 12. 2026. 14:03'],
    ['hr-HR', '7. prosinca 2026. u 14:03'],
    ['sr-RS', '7. децембар 2026. 14:03'],
    ['sl-SI', '7. december 2026 ob 14:03'],
    ['ro-RO', '7 decembrie 2026 la 14:03'],
    ['lv-LV', '2026. gada 7. dec. 14:03'],
    ['lt-LT', '2026 m. gruodžio 7 d. 14:03'],
    ['et-EE', '7. detsember 2026, kell 14:03'],
    ['fi-FI', '7.12.2026 klo 14.03'],
    ['fi-FI', '7. joulukuuta 2026 klo 14.03'],
    ['da-DK', '07.12.2026, 14.03'],
    ['da-DK', '7. dec. 2026, 14.03'],
    ['sv-SE', '7 december 2026 kl. 14:03'],
    ['el-GR', '7 Δεκ 2026, 2:03 μ.μ.'],
    ['el-GR', '7 Δεκεμβρίου 2026 στις 2:03 μ.μ.'],
    ['it-IT', '7 dicembre 2026 alle ore 14:03'],
    ['es-AR', '7 de diciembre de 2026 a las 2:03 p. m.'],
    ['ca-ES', '7 de desembre del 2026, a les 14:03'],
    ['fr-CA', '7 déc. 2026, 14 h 03'],
    ['id-ID', '7 Des 2026, 14.03'],
    ['id-ID', '7 Desember 2026 pukul 14.03'],
    ['ms-MY', '7 Dis 2026, 2:03 PTG'],
    ['fil-PH', 'Dis 7, 2026, 2:03 PM'],
    ['sw-KE', '7 Desemba 2026 saa 14:03'],
    ['he-IL', '7 בדצמ׳ 2026, 14:03'],
    ['he-IL', '7 בדצמבר 2026 בשעה 14:03'],
    ['ka-GE', '7 დეკემბერი, 2026, 14:03'],
    ['hy-AM', '7 դեկ, 2026 թ., 14:03'],
    ['az-AZ', '7 dekabr 2026/14:03'],
    ['uz-UZ', '7-dek, 2026, 14:03'],
    ['kk-KZ', '2026 ж. 7 желтоқсан, 14:03'],
    ['ky-KG', '2026-ж., 7-дек. 14:03'],
    ['ko-KR', '2026년 12월 7일 PM 2:03'],
    ['th-TH', '7 ธันวาคม 2569 เวลา 14:03'],
    ['ar-EG', '٧ ديسمبر ٢٠٢٦ في ٢:٠٣ م'],
  ])('%s "%s" is 7 Dec 2026 14:03', (_locale, text) => {
    expect(at(text)).toBe(ORDER);
    expect(looksLikeDate(text)).toBe(true);
  });

  it('a morning time is kept in the morning (Malay PG, Greek π.μ., "a. m.")', () => {
    expect(at('7 Dis 2026, 9:03 PG')).toBe('2026-12-07T09:03:00.000Z');
    expect(at('7 Δεκ 2026, 9:03 π.μ.')).toBe('2026-12-07T09:03:00.000Z');
    expect(at('7 dic 2026, 9:03 a. m.')).toBe('2026-12-07T09:03:00.000Z');
  });

  it('a 24-hour hour beside an English am/pm is refused, before the time as after it', () => {
    expect(at('11/20/2026 13:03 PM', 'MDY')).toBeUndefined();
    expect(at('2026년 12월 7일 PM 14:03')).toBeUndefined();
  });

  it('a word naming two different months in two languages names none (Croatian lis is October, Polish lis November)', () => {
    // Polish is in the dictionary: lis stays November there.
    expect(at('7 lis 2026, 14:03')).toBe('2026-11-07T14:03:00.000Z');
  });

  it.each(['12 Brothers 2026', 'Order 2026 shipped 7 items'])('%s is no date', (text) => {
    expect(at(text)).toBeUndefined();
  });
});

describe('parseDateTime and looksLikeDate: today, yesterday and "… ago" in other languages', () => {
  it.each<[string, string]>([
    ['Сегодня, 14:03', '2026-12-07T14:03:00.000Z'],
    ['сегодня в 14:03', '2026-12-07T14:03:00.000Z'],
    ['Вчера в 09:12', '2026-12-06T09:12:00.000Z'],
    ['Wczoraj 09:12', '2026-12-06T09:12:00.000Z'],
    ['Dün 09:12', '2026-12-06T09:12:00.000Z'],
    ['Hôm qua 09:12', '2026-12-06T09:12:00.000Z'],
    ['어제 09:12', '2026-12-06T09:12:00.000Z'],
    ['Kemarin 09:12', '2026-12-06T09:12:00.000Z'],
    ['Gisteren 09:12', '2026-12-06T09:12:00.000Z'],
    ['Včera 09:12', '2026-12-06T09:12:00.000Z'],
    ['Χθες 09:12', '2026-12-06T09:12:00.000Z'],
    ['Σήμερα, 14:03', '2026-12-07T14:03:00.000Z'],
    ['אתמול 09:12', '2026-12-06T09:12:00.000Z'],
    ['Azi 14:03', '2026-12-07T14:03:00.000Z'],
    ['Ieri 09:12', '2026-12-06T09:12:00.000Z'],
    ['Tänään klo 14.03', '2026-12-07T14:03:00.000Z'],
    ['I går 09:12', '2026-12-06T09:12:00.000Z'],
    ['Ayer 09:12', '2026-12-06T09:12:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(at(text)).toBe(iso);
    expect(looksLikeDate(text)).toBe(true);
  });

  it.each<[string, number]>([
    ['3 часа назад', 3 * 3_600_000],
    ['5 минут назад', 5 * 60_000],
    ['2 дня назад', 2 * 86_400_000],
    ['2 godziny temu', 2 * 3_600_000],
    ['3 saat önce', 3 * 3_600_000],
    ['3시간 전', 3 * 3_600_000],
    ['3 jam lalu', 3 * 3_600_000],
    ['3 giờ trước', 3 * 3_600_000],
    ['3 ore fa', 3 * 3_600_000],
    ['3 uur geleden', 3 * 3_600_000],
    ['för 3 timmar sedan', 3 * 3_600_000],
    ['3 години тому', 3 * 3_600_000],
  ])('%s is that long before now', (text, ms) => {
    expect(at(text)).toBe(new Date(NOW - ms).toISOString());
  });

  it.each(['3 часа назад', '2 godziny temu', '3 saat önce', '3시간 전', '3 uur geleden', '3 timmar sedan'])('%s is known for a date', (text) => {
    expect(looksLikeDate(text)).toBe(true);
  });

  it.each(['Sedan 4 doors', 'Toyota sedan 2026', 'сегодня скидка'])('%s is no date', (text) => {
    expect(looksLikeDate(text)).toBe(false);
  });
});
