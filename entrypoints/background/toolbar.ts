/** The toolbar icon's count, on red: live P1 cases, and cases whose follow-up time came (lib/cases/store). */
import { toolbarCount } from '../../lib/cases/store';
import type { SentinelDB } from '../../lib/db';

const BADGE_RED = '#d93025';

// Firefox MV2 has browserAction where Chromium MV3 has action.
const action = () => browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;

export async function showCount(count: number): Promise<void> {
  await action()?.setBadgeText({ text: count === 0 ? '' : String(count) });
  await action()?.setBadgeBackgroundColor({ color: BADGE_RED });
}

export const countNow = (db: SentinelDB): Promise<number> => toolbarCount(db, Date.now());

export async function refreshCount(db: SentinelDB): Promise<void> {
  await showCount(await countNow(db));
}
