/**
 * Which new P1 cases get a desktop notification: each case once, at most `dailyCap` a day
 * (the marketplace's clock does not care about the seller's nerves, but a storm of pop-ups
 * helps nobody; the badge and the inbox still show every case).
 */
import { z } from 'zod/mini';

export const NotifyState = z.object({
  /** The day (UTC date) the count refers to. */
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  sentToday: z.number().check(z.int(), z.nonnegative()),
  /** Case keys already announced (or seen while notifications were off), to announce each once. */
  announced: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20_000)),
});
export type NotifyState = z.infer<typeof NotifyState>;

const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);

export function emptyNotifyState(now: number): NotifyState {
  return { day: dayOf(now), sentToday: 0, announced: [] };
}

/**
 * Given the keys of the live P1 cases now, returns the ones to announce and the next state.
 * Keys no longer P1 are forgotten, so a case that drops and comes back is announced again.
 */
export function selectNotifications(
  p1Keys: readonly string[],
  state: NotifyState,
  now: number,
  options: { enabled: boolean; dailyCap: number },
): { announce: string[]; next: NotifyState } {
  const today = dayOf(now);
  const sentToday = state.day === today ? state.sentToday : 0;
  const known = new Set(state.announced);
  const fresh = p1Keys.filter((k) => !known.has(k));
  const room = options.enabled ? Math.max(0, options.dailyCap - sentToday) : 0;
  const announce = fresh.slice(0, room);
  // Keys over the cap (or while off) count as seen: no late burst when the cap resets.
  return {
    announce,
    next: { day: today, sentToday: sentToday + announce.length, announced: [...p1Keys] },
  };
}
