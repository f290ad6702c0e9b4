/**
 * Keyword matching for text read from consoles (buyer messages, raw statuses, reasons).
 * Both sides are folded the same way — NFKC (full-width → half-width), lower case, runs of
 * white space as one space — so `Ｃｈａｎｇｅ  Address` matches the keyword 'change address'.
 */
export const foldText = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The first keyword (as written in the list) found in `text`, else undefined. Blank keywords never match. */
export function findKeyword(text: string | undefined, keywords: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  const folded = foldText(text);
  if (folded === '') return undefined;
  return keywords.find((keyword) => {
    const needle = foldText(keyword);
    return needle !== '' && folded.includes(needle);
  });
}
