/** What stops a taught mapping from reading orders, in words the seller acts on. */
import type { CellKey } from '../extract/keys';
import { t } from '../i18n';
import type { Language, TaughtMapping } from '../schema';
import { meaningLabel } from './meanings';

/** Without these the reader skips every row (lib/extract/order.ts). */
export const REQUIRED_MEANINGS: readonly CellKey[] = ['orderId', 'placedAt', 'paid'];

export type MappingProblem =
  | { readonly kind: 'missing'; readonly key: CellKey }
  | { readonly kind: 'twice'; readonly key: CellKey; readonly headers: readonly string[] }
  | { readonly kind: 'currency' }
  | { readonly kind: 'timeZone'; readonly zone: string };

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

export function validateMapping(mapping: Pick<TaughtMapping, 'columns' | 'currency' | 'timeZone'>): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const headersByKey = new Map<CellKey, string[]>();
  for (const column of mapping.columns) {
    if (column.key === 'ignore') continue;
    headersByKey.set(column.key, [...(headersByKey.get(column.key) ?? []), column.header]);
  }
  for (const key of REQUIRED_MEANINGS) if (!headersByKey.has(key)) problems.push({ kind: 'missing', key });
  for (const [key, headers] of headersByKey) if (headers.length > 1) problems.push({ kind: 'twice', key, headers });
  if (!/^[A-Z]{3}$/.test(mapping.currency)) problems.push({ kind: 'currency' });
  if (!isTimeZone(mapping.timeZone)) problems.push({ kind: 'timeZone', zone: mapping.timeZone });
  return problems;
}

export function problemText(lang: Language, problem: MappingProblem): string {
  switch (problem.kind) {
    case 'missing': {
      const meaning = meaningLabel(lang, problem.key);
      return t(lang, 'teachRequired', { meaning: lang === 'en' ? meaning.toLowerCase() : meaning });
    }
    case 'twice':
      return t(lang, 'teachTwice', { meaning: meaningLabel(lang, problem.key), headers: problem.headers.join(', ') });
    case 'currency':
      return t(lang, 'teachBadCurrency');
    case 'timeZone':
      return t(lang, 'teachBadTimeZone', { zone: problem.zone });
  }
}
