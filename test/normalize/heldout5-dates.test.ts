/**
 * The date formats of the fifth held-out set's consoles (test/corpus/render/heldout5.mjs), each in its
 * console's zone: Arabic-Indic digits with right-to-left marks and ص/م after the time (Intl's ar-EG and
 * ar-SA), Arabic and Thai month names, Thai Buddhist-era years, Indonesia's WIB/WITA/WIT, and Mercado
 * Livre's "14:03 hs".
 */
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../lib/normalize';
import { westernDigits } from '../../lib/normalize/digits';

const NOW = Date.UTC(2026, 11, 6, 12, 0);
const at = (text: string, timeZone: string, dateOrder: 'MDY' | 'DMY' = 'DMY'): string | undefined => {
  const r = parseDateTime(text, { timeZone, dateOrder, now: NOW });
  return r.ok ? new Date(r.value).toISOString() : undefined;
};

describe('parseDateTime: the fifth held-out set', () => {
  it.each<[string, string, string]>([
    ['05/12/2026 14:03 hs', 'America/Sao_Paulo', '2026-12-05T17:03:00.000Z'], // Mercado Livre
    ['5 de dez. de 2026, 14:03', 'America/Sao_Paulo', '2026-12-05T17:03:00.000Z'], // Intl pt-BR
    ['5 dic 2026, 14:03', 'America/Mexico_City', '2026-12-05T20:03:00.000Z'], // Intl es-MX
    ['05/12/2026 14:03', 'Asia/Bangkok', '2026-12-05T07:03:00.000Z'], // Shopee Thailand
    ['5 ธ.ค. 2569 14:03', 'Asia/Bangkok', '2026-12-05T07:03:00.000Z'], // Intl th-TH, Buddhist era
    ['5 ธันวาคม 2569', 'Asia/Bangkok', '2026-12-04T17:00:00.000Z'],
    ['28 ก.พ. 2569 09:15', 'Asia/Bangkok', '2026-02-28T02:15:00.000Z'],
    ['5 Des 2026, 14:03 WIB', 'Asia/Jakarta', '2026-12-05T07:03:00.000Z'], // Tokopedia
    ['5 Des 2026 14:03 WITA', 'Asia/Jakarta', '2026-12-05T06:03:00.000Z'],
    ['5 Agu 2026 14:03 WIT', 'UTC', '2026-08-05T05:03:00.000Z'],
    ['٠٥\u200f/١٢\u200f/٢٠٢٦، ٢:٠٣ م', 'Africa/Cairo', '2026-12-05T12:03:00.000Z'], // Intl ar-EG
    ['05\u200f/12\u200f/2026، 2:03 ص', 'Asia/Riyadh', '2026-12-04T23:03:00.000Z'], // Intl ar-SA, Latin digits
    ['05/12/2026 12:30 م', 'Asia/Riyadh', '2026-12-05T09:30:00.000Z'],
    ['05/12/2026 12:15 ص', 'Asia/Riyadh', '2026-12-04T21:15:00.000Z'],
    ['٥ ديسمبر ٢٠٢٦ ١١:٠٥ م', 'Africa/Cairo', '2026-12-05T21:05:00.000Z'], // ar-EG long month
    ['١٧ أغسطس ٢٠٢٦', 'Africa/Cairo', '2026-08-16T21:00:00.000Z'],
    ['5 dec 2026, 14:03', 'Europe/Amsterdam', '2026-12-05T13:03:00.000Z'], // bol.com
    ['05-12-2026 14:03', 'Europe/Amsterdam', '2026-12-05T13:03:00.000Z'],
  ])('%s in %s', (text, zone, iso) => {
    expect(at(text, zone)).toBe(iso);
  });

  it('keeps a Gregorian year beside a Thai month word as it is', () => {
    expect(at('5 ธ.ค. 2026 14:03', 'Asia/Bangkok')).toBe('2026-12-05T07:03:00.000Z');
  });

  it('reads no hour past 12 with ص or م, and no Arabic word after the time as one', () => {
    expect(at('05/12/2026 14:03 م', 'Asia/Riyadh')).toBeUndefined();
    expect(at('05/12/2026 2:03 مساء', 'Asia/Riyadh')).toBeUndefined();
  });
});

describe('westernDigits', () => {
  it('turns Arabic-Indic, Eastern Arabic-Indic and Thai digits and Arabic separators into ASCII, dropping direction marks', () => {
    expect(westernDigits('١٢٣٤٥٦٧٨٩٠')).toBe('1234567890');
    expect(westernDigits('۱۲۳')).toBe('123');
    expect(westernDigits('๑๒๓')).toBe('123');
    expect(westernDigits('\u200f١٬٢٣٤٫٥٦ ج.م.\u200f')).toBe('1,234.56 ج.م.');
    expect(westernDigits('٠٥\u200f/١٢\u200f/٢٠٢٦، ٢:٠٣ م')).toBe('05/12/2026, 2:03 م');
  });

  it('leaves other text as it is', () => {
    expect(westernDigits('2026-12-05 14:03 ¥1,280.00 订单')).toBe('2026-12-05 14:03 ¥1,280.00 订单');
  });
});
