/**
 * The content script's line to the background, and the code the background injects into this
 * tab the first time it is needed (teach mode, the note popover, the page tools, the reader by
 * meaning): each leaves its entry point on a global of the content script's world.
 */
import type { LayoutReaders } from '../extract/read';
import type { Message } from '../schema';
import { NOTES_GLOBAL, type OpenNote } from './note-popover';
import { TEACH_GLOBAL, type StartTeach } from './taught';
import { READER_GLOBAL, TOOLS_GLOBAL, type PageTools } from './tools';

export const send = (message: Message): Promise<unknown> => browser.runtime.sendMessage(message);

async function injected<T>(global: string, type: 'teach.inject' | 'notes.inject' | 'tools.inject' | 'reader.inject'): Promise<T> {
  const shared = globalThis as unknown as Record<string, T | undefined>;
  // The script the background injects leaves its entry on the global: its answer adds nothing
  // (a refusal is logged there, with why), so the global alone says whether it came.
  if (shared[global] === undefined) await send({ type });
  const entry = shared[global];
  if (entry === undefined) throw new Error(`${type} failed`);
  return entry;
}

export const loadTeach = (): Promise<StartTeach> => injected(TEACH_GLOBAL, 'teach.inject');
export const loadTools = (): Promise<PageTools> => injected(TOOLS_GLOBAL, 'tools.inject');
export const loadNotes = (): Promise<OpenNote> => injected(NOTES_GLOBAL, 'notes.inject');
/** The reader by meaning, which reads a list by its structure when the console's layout finds none. */
export const loadReader = (): Promise<(readers: LayoutReaders) => LayoutReaders> => injected(READER_GLOBAL, 'reader.inject');

/** A failure the seller's page cannot do anything about: logged for whoever opens its console. */
export const warn = (error: unknown): void => console.warn('[Order Sentinel]', error);

/** Nothing the page contains may throw inside the page: log and carry on. */
export async function safely(task: () => Promise<void>, report?: (error: unknown) => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    warn(error);
    await report?.(error).catch(warn);
  }
}
