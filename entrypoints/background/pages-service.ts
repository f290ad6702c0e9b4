/**
 * What a console page asks of the background besides its orders: the sites it may read, teach
 * mode, the scripts injected on demand (not in every page's content script: size budget), and
 * the texts of the seller's language.
 */
import { MESSAGE_TABLES } from '../../lib/i18n/bundled';
import type { HandlerDeps, Service } from './service';

type PagesTypes = 'site.enable' | 'site.disable' | 'teach.save' | 'teach.inject' | 'notes.inject' | 'tools.inject' | 'reader.inject' | 'i18n.messages';

/** Injects a script into the sender's tab, or explains why it cannot. */
function injector(inject: ((tabId: number) => Promise<void>) | undefined, refusal: string) {
  return async (_msg: unknown, sender: { tab?: { id?: number } }) => {
    const tabId = sender.tab?.id;
    if (!inject || tabId === undefined) throw new Error(refusal);
    await inject(tabId);
    return { ok: true as const };
  };
}

export function pagesService(deps: HandlerDeps): Service<PagesTypes> {
  return {
    async 'site.enable'(msg) {
      await deps.sites.enable(msg.origin, msg.adapter, msg.tabId);
      return { ok: true };
    },
    async 'site.disable'(msg) {
      await deps.sites.disable(msg.origin);
      return { ok: true };
    },
    async 'teach.save'(msg, sender) {
      await deps.sites.saveMapping(msg.origin, msg.mapping, sender.tab?.id);
      return { ok: true };
    },
    'teach.inject': injector(deps.injectTeach, 'teach mode can only be started in a tab'),
    'notes.inject': injector(deps.injectNotes, 'a note can only be opened in a tab'),
    'tools.inject': injector(deps.injectTools, 'page tools only work in a tab'),
    'reader.inject': injector(deps.injectReader, 'the page reader only works in a tab'),
    async 'i18n.messages'(msg) {
      return { ok: true, messages: MESSAGE_TABLES[msg.language] };
    },
  };
}
