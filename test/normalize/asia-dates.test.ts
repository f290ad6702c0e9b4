/**
 * Order times as Intl prints them for the languages of India and its neighbours, for Thai with its Buddhist-era
 * years, Iran's and Afghanistan's Persian calendar, Korean's short date and Albanian's afternoon marker (seen 2026-12-08): each is read to the minute and known
 * for a date by the reader by meaning. Before, the month words of Indic scripts were refused (their vowel signs are
 * marks, not letters), a Thai year 2569 was read as the year 2569, and "2:03 m.d." was read as 02:03.
 */
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../lib/normalize';
import { looksLikeDate } from '../../lib/extract/sniff';

const NOW = Date.UTC(2026, 11, 7, 18, 0);
const at = (text: string, dateOrder: 'DMY' | 'MDY' = 'DMY'): string | undefined => {
  const r = parseDateTime(text, { timeZone: 'UTC', now: NOW, dateOrder });
  return r.ok ? new Date(r.value).toISOString() : r.reason;
};
const ORDER = '2026-12-07T14:03:00.000Z';

describe('parseDateTime and looksLikeDate: Indic month words, Buddhist-era years, Korean and Albanian forms', () => {
  it.each<[string, string]>([
    ['hi-IN', '7 दिस॰ 2026, 2:03 pm'],
    ['hi-IN', '7 दिसंबर 2026 को 2:03 pm बजे'],
    ['bn-BD', '৭ ডিসে, ২০২৬, ২:০৩ PM'],
    ['bn-BD', '৭ ডিসেম্বর, ২০২৬ এ ২:০৩ PM'],
    ['mr-IN', '७ डिसें, २०२६, २:०३ PM'],
    ['mr-IN', '७ डिसेंबर, २०२६ रोजी २:०३ PM वाजता'],
    ['ne-NP', '२०२६ डिसेम्बर ७, १४:०३'],
    ['ta-IN', '7 டிச., 2026, 2:03 PM'],
    ['ta-IN', '7 டிசம்பர், 2026 அன்று 2:03 PM'],
    ['te-IN', '7 డిసెం, 2026 2:03 PM'],
    ['ur-PK', '7 دسمبر، 2026، 2:03 PM'],
    ['ur-PK', '7 دسمبر، 2026 کو 2:03 PM'],
    ['km-KH', '7 ធ្នូ 2026, 2:03 PM'],
    ['si-LK', '2026 උඳුවප් 7, 14.03'],
    ['mk-MK', '7 декември 2026 г., во 14:03'],
    ['th-TH', '7/12/69 14:03'],
    ['th-TH', '07/12/2569 14:03'],
    ['ko-KR', '26. 12. 7. PM 2:03'],
    ['sq-AL', '7 dhj 2026, 2:03 m.d.'],
    ['sq-AL', '7.12.26, 2:03 m.d.'],
    ['fa-IR', '۱۶ آذر ۱۴۰۵، ۱۴:۰۳'],
    ['fa-IR', '۱۶ آذر ۱۴۰۵ ساعت ۱۴:۰۳'],
    ['fa-IR', '۱۴۰۵/۹/۱۶, ۱۴:۰۳'],
    ['ps-AF', 'AP ۱۴۰۵/۹/۱۶ ۱۴:۰۳'],
  ])('%s "%s"', (_locale, text) => {
    expect(at(text)).toBe(ORDER);
    expect(looksLikeDate(text)).toBe(true);
  });

  it('reads the morning marker of Albanian as the morning, and a Korean short date only when its year is near', () => {
    expect(at('7 dhj 2026, 9:15 p.d.')).toBe('2026-12-07T09:15:00.000Z');
    // Year first only when that year is this one or next to it: "17. 12. 26." is 17 December 2026, day first.
    expect(at('17. 12. 26.')).toBe('2026-12-17T00:00:00.000Z');
    expect(at('26. 12. 17.')).toBe('2026-12-17T00:00:00.000Z');
  });

  it('reads a date of the Persian calendar as its Gregorian day, and refuses a day the Persian year does not have', () => {
    // 1 Farvardin 1405 is 21 March 2026; Esfand 1404 has 29 days.
    expect(at('1405/1/1')).toBe('2026-03-21T00:00:00.000Z');
    expect(at('۱۴۰۴/۱۲/۲۹')).toBe('2026-03-20T00:00:00.000Z');
    expect(at('۱۴۰۴/۱۲/۳۰')).toBe('"۱۴۰۴/۱۲/۳۰" is not a valid date: 1404/12/30 is no day of the Persian calendar.');
    // A Persian month's word with a Gregorian year is no date of either calendar.
    expect(at('16 آذر 2026')).toBe('Cannot read a date or time from "16 آذر 2026".');
  });

  it('reads a Thai short date in the Buddhist era only when its Gregorian reading is decades away', () => {
    // 26 is 2026 either way; 69 is 2569 of the Buddhist era (2026), not 2069.
    expect(at('7/12/26 14:03')).toBe(ORDER);
    expect(at('7/12/69 14:03')).toBe(ORDER);
    expect(at('7/12/85 14:03')).toBe('1985-12-07T14:03:00.000Z');
  });
});
