/**
 * What the popup, the side panel and the background ask of a console page: read the whole
 * lazily rendered list, read again, put a reply in, start teach mode, and new badges. Unknown
 * or malformed messages are ignored (parsed with zod).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t, type MessageKey } from '../i18n';
import { ContentMessage } from '../schema';
import type { Badges } from './badges';
import type { Config } from './config';
import { loadTeach, loadTools, warn } from './page-code';
import type { ReadCycle } from './read-cycle';

type Answer = Promise<{ ok: boolean }> | undefined;

export function commandsUnit(config: Config, cycle: ReadCycle, badges: Badges) {
  const failed = (error: unknown) => {
    warn(error);
    return { ok: false };
  };
  /** Answers `{ ok: true }` when the task is done, `{ ok: false }` (logged) when it failed. */
  const done = (task: Promise<unknown>): Answer => task.then(() => ({ ok: true }), failed);

  function onMessage(raw: unknown, ctx: ContentScriptContext): Answer {
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    switch (message.type) {
      case 'badges.update':
        // Nothing to answer: the background sends and moves on.
        return void badges.take(message.findings);
      case 'page.reread':
        return done(cycle.resend());
      case 'list.readAll': {
        // A virtualised list draws its rows anew as it scrolls: a row of the last read may have left
        // the page, and its scroll container with it, so the list is found from a row still shown,
        // read again first when none is.
        const shown = () => cycle.rows.find((r) => r.row.isConnected)?.row;
        if (cycle.rows.length === 0) return Promise.resolve({ ok: false });
        return done(
          loadTools().then(async (tools) => {
            const first = shown() ?? (await cycle.readNow().then(shown));
            if (first === undefined) throw new Error('no order row is shown on the page');
            await tools.readWholeList(first, cycle.readNow, ctx);
          }),
        );
      }
      case 'template.insert':
        // A reply template from the side panel: fills the console's reply box, never sends it.
        return loadTools()
          .then((tools) => tools.insertReply(document, cycle.adapter?.replyBoxes, message.orderId, message.text, cycle.seenOnPage))
          .catch(failed);
      case 'teach.start':
        // Teach mode: after a save the page is read again with the new mapping.
        return done(
          config
            .textsReady()
            .then(loadTeach)
            .then((startTeach) => {
              const language = config.language;
              const teach = startTeach({ language, texts: (key: MessageKey) => t(language, key), onSaved: () => void cycle.resend() });
              ctx.onInvalidated(() => teach.close());
            }),
        );
    }
  }

  return {
    init(ctx: ContentScriptContext): void {
      const listener = (raw: unknown): Answer => onMessage(raw, ctx);
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    },
  };
}
