/**
 * Keyword matching for text read from consoles (buyer messages, raw statuses, reasons).
 * Both sides are folded the same way — NFKC (full-width → half-width), lower case, runs of
 * white space as one space — so `Ｃｈａｎｇｅ  Address` matches the keyword 'change address'.
 */
import { remember } from '../remember';

export function foldText(text: string): string {
  return isFolded(text) ? text : text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True when folding cannot change `text`: only printable ASCII other than capitals and spaces,
 * and CJK Unified Ideographs (U+4E00–U+9FFF), which have no NFKC mapping, no case and do not
 * compose. Most buyer names and statuses are such text, and NFKC costs far more than this scan.
 */
function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : c <= 0x20 || c >= 0x7f || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/**
 * Console text repeats a lot (every completed order shows the same 交易成功), and NFKC costs
 * far more than a map lookup: folded texts (and each list's matches) are remembered, up to a
 * bound so a long run over free text (buyer messages) cannot grow them without limit.
 */
const FOLD_CACHE_LIMIT = 4096;
const folds = new Map<string, string>();
export function foldCached(text: string): string {
  return remember(folds, text, foldText, FOLD_CACHE_LIMIT);
}

/** A keyword list with each keyword folded once, not once per order (blank ones dropped). */
interface KeywordList {
  readonly keywords: readonly string[];
  readonly needles: readonly string[];
  /** Text → the keyword found in it (null: none), bounded like the folds. */
  readonly found: Map<string, string | null>;
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
    list = { keywords: kept, needles, found: new Map() };
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
  return text === undefined || text === '' ? undefined : matchIn(keywordList(keywords), text);
}

/** `findKeyword` with the list looked up once: for a test run on every order of a shop. */
export function keywordMatcher(keywords: readonly string[]): (text: string | undefined) => string | undefined {
  const list = keywordList(keywords);
  return (text) => (text === undefined || text === '' ? undefined : matchIn(list, text));
}

function matchIn(list: KeywordList, text: string): string | undefined {
  return remember(list.found, text, (t) => firstKeyword(list, t), FOLD_CACHE_LIMIT) ?? undefined;
}

/** The list's first keyword found in `text` (null: none). */
function firstKeyword(list: KeywordList, text: string): string | null {
  const folded = foldCached(text);
  if (folded === '') return null;
  for (let i = 0; i < list.needles.length; i++) if (folded.includes(list.needles[i]!)) return list.keywords[i]!;
  return null;
}
