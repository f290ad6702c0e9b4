/**
 * Digits and marks of the Arabic, Thai, Bengali and Devanagari scripts, as consoles print them through Intl
 * (CLDR's ar-EG, ar-SA with Arabic numbering, fa, th-TH-u-nu-thai, bn-BD, mr-IN and ne-NP): Arabic-Indic ٠–٩
 * (U+0660), Eastern Arabic-Indic ۰–۹ (U+06F0), Thai ๐–๙ (U+0E50), Bengali ০–৯ (U+09E6) and Devanagari ०–९
 * (U+0966) digits become ASCII digits; the Arabic thousands separator ٬ and
 * decimal separator ٫ become `,` and `.`; the Arabic comma ، becomes `,`; the invisible direction marks
 * (LRM, RLM, ALM, embeddings and isolates) that right-to-left dates and amounts carry are dropped, as
 * they hold no value. Text without any of them is returned as it is, at the cost of one test: dates,
 * amounts and the reader by meaning's sniffing call this on every cell
 * (test/corpus/render/heldout5.mjs renders such pages).
 */
const FOREIGN = /[\u0660-\u0669\u06F0-\u06F9\u0E50-\u0E59\u09E6-\u09EF\u0966-\u096F\u066B\u066C\u060C\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const FOREIGN_ALL = /[\u0660-\u0669\u06F0-\u06F9\u0E50-\u0E59\u09E6-\u09EF\u0966-\u096F\u066B\u066C\u060C\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function western(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  if (c >= 0x0e50 && c <= 0x0e59) return String(c - 0x0e50);
  if (c >= 0x09e6 && c <= 0x09ef) return String(c - 0x09e6);
  if (c >= 0x0966 && c <= 0x096f) return String(c - 0x0966);
  if (c === 0x066b) return '.';
  if (c === 0x066c || c === 0x060c) return ',';
  return '';
}

/** `text` with ASCII digits and separators for the Arabic, Thai, Bengali and Devanagari ones, and no direction marks. */
export function westernDigits(text: string): string {
  return FOREIGN.test(text) ? text.replace(FOREIGN_ALL, western) : text;
}
