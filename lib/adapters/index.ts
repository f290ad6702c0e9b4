/** Registry of console adapters: a list of imports; each adapter carries its own metadata. */
import { demo } from './demo';
import { pinduoduo } from './pinduoduo';
import { taobao } from './taobao';
import type { Adapter } from './types';

export type { Adapter, BlockLayout, CellPart, TableLayout } from './types';

export const ADAPTERS: readonly Adapter[] = [demo, taobao, pinduoduo];

export function adapterForUrl(url: string): Adapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return ADAPTERS.find((a) => a.isOrderList(parsed));
}

export const CONTENT_MATCHES: readonly string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];
