import type { MessageLookup } from '../i18n';
import { readStored, SITE_TABLES } from '../storage/stored';
import { taughtAdapterIn } from '../teach/adapter';
import type { Adapter } from '../adapters/types';
import type { TeachOptions, TeachSession } from './teach';

/** The adapter for a site the seller taught (stored by the background), if this origin has one. */
export async function taughtAdapterFor(origin: string): Promise<Adapter | undefined> {
  return taughtAdapterIn(await readStored(SITE_TABLES), origin);
}

/**
 * Teach mode is injected on demand (entrypoints/teach.ts) and leaves its start function here,
 * on the isolated world's global it shares with the content script. It bundles no message
 * file either: the content script hands it the texts of the seller's language.
 */
export const TEACH_GLOBAL = '__orderSentinelStartTeach';
export type StartTeach = (options: TeachOptions & { readonly texts: MessageLookup }) => TeachSession;
