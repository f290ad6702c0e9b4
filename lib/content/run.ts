/**
 * The content script's work on a console page, shared by every content script (one per
 * console, and the granted sites' one: lib/content/define.ts): each passes its own adapters.
 * The work is four units, each started with WXT's context so it stops with the script: the
 * settings (config), the read cycle, the badges, and the commands from the extension's pages.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createReadCycle, type ScriptReads } from './read-cycle';
import { createConfig } from './config';
import { createBadges } from './badges';
import { commandsUnit } from './commands';

export type { ScriptReads } from './read-cycle';

/** Reads the page with the script's adapters (else a taught site's mapping), draws badges, answers the popup. */
export function runContentScript(ctx: ContentScriptContext, script: ScriptReads): void {
  // Two scripts can arrive in one page: a console's, declared in the manifest, and the granted
  // sites' one (sites.js, registered and injected when the seller grants the origin or teaches
  // a page of it), or the same one twice. One reads the page: a later one hands it what it
  // reads and stands down. Each script carries only its own console's adapter, so a console's
  // page the seller taught, or a WooCommerce admin granted on a console's host, is read with
  // what the granted sites' script brings (no console script carries the taught lookup).
  const flag = '__orderSentinelContent';
  const page = window as unknown as Record<string, ((more: ScriptReads) => void) | undefined>;
  const running = page[flag];
  if (running) {
    running(script);
    return;
  }
  const scripts = new Set([script.script]);
  page[flag] = (more) => {
    if (scripts.has(more.script)) return;
    scripts.add(more.script);
    cycle.add(more);
  };
  ctx.onInvalidated(() => delete page[flag]);

  const config = createConfig(() => cycle.rereadWhole());
  const badges = createBadges(config);
  const cycle = createReadCycle(script, config, badges);
  for (const unit of [config, badges, cycle, commandsUnit(config, cycle, badges)]) unit.init(ctx);
  void cycle.readNow();
}
