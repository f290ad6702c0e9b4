/**
 * A page nobody described: the reader by meaning finds its order list (lib/extract/meaning.ts),
 * and its texts are parsed with what the page itself says about where it is: its language (the
 * currency a bare amount is in, whether 05/11 is the 5th of November) and the seller's zone.
 * Never a silent US dollar: a language without a currency of its own leaves bare amounts
 * unread, with the reason.
 */
import { DEFAULT_STATUS_VOCABULARY } from '../normalize/status';
import { withRules, type Adapter, type PageAdapter, type ParseRules } from '../adapters/types';

/** What a page says about where it is: `<html lang>` (or the browser's) and the seller's zone. */
export interface PageLocale {
  readonly language?: string | undefined;
  readonly timeZone?: string | undefined;
}

/** Currency by region, then by language alone; a region or language missing here names none. */
const CURRENCY_BY_REGION: Readonly<Record<string, string>> = {
  CN: 'CNY', HK: 'HKD', TW: 'TWD', SG: 'SGD', JP: 'JPY', KR: 'KRW', US: 'USD', CA: 'CAD', GB: 'GBP', UK: 'GBP',
  AU: 'AUD', NZ: 'NZD', IN: 'INR', IE: 'EUR', DE: 'EUR', AT: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR',
  BE: 'EUR', PT: 'EUR', FI: 'EUR', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', BR: 'BRL', MX: 'MXN',
  // Marketplaces of Southeast Asia, Turkey, Russia and Latin America (Lazada, Shopee, Trendyol, Ozon, Mercado Libre).
  MY: 'MYR', PH: 'PHP', VN: 'VND', ID: 'IDR', TH: 'THB', TR: 'TRY', RU: 'RUB', AR: 'ARS', CL: 'CLP', CO: 'COP',
  PE: 'PEN', CZ: 'CZK', HU: 'HUF', ZA: 'ZAR',
  // Gulf and Egyptian store admins (Salla, Zid, Noon, Jumia Egypt; test/corpus/render/heldout5.mjs). Arabic alone
  // names no currency: it is written in some twenty countries.
  SA: 'SAR', AE: 'AED', EG: 'EGP', KW: 'KWD', QA: 'QAR',
  // Jumia's Nigeria and Kenya (test/corpus/render/heldout6.mjs): English pages whose bare amounts are naira or shillings.
  NG: 'NGN', KE: 'KES',
};
const CURRENCY_BY_LANGUAGE: Readonly<Record<string, string>> = {
  zh: 'CNY', ja: 'JPY', ko: 'KRW', de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', pt: 'EUR', fi: 'EUR',
  sv: 'SEK', da: 'DKK', nb: 'NOK', pl: 'PLN', vi: 'VND', id: 'IDR', th: 'THB', tr: 'TRY', ru: 'RUB', ms: 'MYR', cs: 'CZK',
  hu: 'HUF',
};
/** Languages (and English regions) that write the day before the month. */
const MONTH_FIRST = new Set(['en-US', 'en-PH', 'en-CA', 'zh', 'ja', 'ko']);

const partsOf = (language: string): { lang: string; region: string | undefined } => {
  const [lang = '', region] = language.replace('_', '-').split('-');
  return { lang: lang.toLowerCase(), region: region?.toUpperCase() };
};

/** The currency a bare amount on a page in `language` is in, or '' when the language does not say. */
export function currencyOfLanguage(language: string | undefined): string {
  if (!language) return '';
  const { lang, region } = partsOf(language);
  return (region && CURRENCY_BY_REGION[region]) || CURRENCY_BY_LANGUAGE[lang] || '';
}

/** Whether a page in `language` writes 05/11/2026 as the 11th of May (month first). */
export function dateOrderOf(language: string | undefined): 'MDY' | 'DMY' {
  if (!language) return 'MDY';
  const { lang, region } = partsOf(language);
  if (lang === 'en') return region === undefined || MONTH_FIRST.has(`en-${region}`) ? 'MDY' : 'DMY';
  return MONTH_FIRST.has(lang) ? 'MDY' : 'DMY';
}

/** Parse rules from the page's language and the seller's zone. */
export function localeRules(locale: PageLocale): ParseRules {
  return {
    currency: currencyOfLanguage(locale.language),
    timeZone: locale.timeZone || 'UTC',
    dateOrder: dateOrderOf(locale.language),
    statusVocabulary: DEFAULT_STATUS_VOCABULARY,
  };
}

export const GENERIC_ADAPTER_ID = 'structure';

export const genericPage: PageAdapter = {
  id: GENERIC_ADAPTER_ID,
  marketplace: 'custom',
  label: { en: 'Order list read by its structure', zh: '按结构读取的订单列表' },
  matches: [],
  isOrderList: () => true,
  layout: { kind: 'meaning' },
};

/** A page read by its structure alone, parsed with the page's own locale. */
export const genericAdapter = (locale: PageLocale): Adapter => withRules(genericPage, localeRules(locale));
