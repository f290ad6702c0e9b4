/**
 * Keyword matching for text read from consoles (buyer messages, raw statuses, reasons).
 * Both sides are folded the same way — NFKC (full-width → half-width), lower case, runs of
 * white space as one space — so `Ｃｈａｎｇｅ  Address` matches the keyword 'change address'.
 */
export const foldText = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Console text repeats a lot (every completed order shows the same 交易成功), and NFKC costs
 * far more than a map lookup: folded texts are remembered, up to a bound so a long run over
 * free text (buyer messages) cannot grow the cache without limit.
 */
const FOLD_CACHE_LIMIT = 4096;
const folds = new Map<string, string>();
export function foldCached(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    if (folds.size >= FOLD_CACHE_LIMIT) folds.clear();
    folded = foldText(text);
    folds.set(text, folded);
  }
  return folded;
}

/** A keyword list with each keyword folded once, not once per order (blank ones dropped). */
export interface KeywordList {
  readonly keywords: readonly string[];
  readonly needles: readonly string[];
}

const lists = new WeakMap<readonly string[], KeywordList>();
function keywordList(keywords: readonly string[]): KeywordList {
  let list = lists.get(keywords);
  if (list === undefined) {
    const kept: string[] = [];
    const needles: string[] = [];
    for (const keyword of keywords) {
      const needle = foldText(keyword);
      if (needle === '') continue;
      kept.push(keyword);
      needles.push(needle);
    }
    list = { keywords: kept, needles };
    lists.set(keywords, list);
  }
  return list;
}

/**
 * A built-in list followed by the seller's own words, folded once per settings object: the
 * settings' array is the cache key, so a detector can call this on every order for free.
 */
const combined = new WeakMap<readonly string[], WeakMap<readonly string[], readonly string[]>>();
export function withExtra(builtIn: readonly string[], extra: readonly string[]): readonly string[] {
  let byExtra = combined.get(builtIn);
  if (byExtra === undefined) combined.set(builtIn, (byExtra = new WeakMap()));
  let list = byExtra.get(extra);
  if (list === undefined) byExtra.set(extra, (list = extra.length === 0 ? builtIn : [...builtIn, ...extra]));
  return list;
}

/** The first keyword (as written in the list) found in `text`, else undefined. Blank keywords never match. */
export function findKeyword(text: string | undefined, keywords: readonly string[]): string | undefined {
  if (text === undefined || text === '') return undefined;
  const folded = foldCached(text);
  if (folded === '') return undefined;
  const { keywords: kept, needles } = keywordList(keywords);
  for (let i = 0; i < needles.length; i++) if (folded.includes(needles[i]!)) return kept[i];
  return undefined;
}
