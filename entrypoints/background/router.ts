/**
 * The background's message router, free of browser calls: every message is parsed with zod and
 * handed to the one service that owns its type; an invalid one is answered `{ ok: false, error }`
 * (never thrown), and a failure while handling one message leaves the router ready for the next.
 */
import type { z } from 'zod/mini';
import { Message } from '../../lib/schema';
import { errorText } from '../../lib/messaging/client';
import type { Response } from '../../lib/messaging/responses';
import { keepingPageData } from '../../lib/pagedata/ingest';
import { casesService } from './cases-service';
import { ordersService } from './orders-service';
import { pagesService } from './pages-service';
import { reject, type Handler, type HandlerDeps, type Sender, type Service } from './service';

export type { HandlerDeps, Sender, SiteRegistry, TabStatusStore } from './service';

/**
 * What a content script may send: reports about the page it reads, and the seller's clicks
 * in it. Everything else (statuses, settings, sites, imports) only comes from the
 * extension's own pages, so a compromised or hostile page cannot change a case.
 */
const FROM_PAGES: ReadonlySet<Message['type']> = new Set([
  'orders.observed',
  'pagedata.observed',
  'orders.annotated',
  'page.status',
  'order.addNote',
  'ui.openCase',
  'teach.save',
  'i18n.messages',
  'teach.inject',
  'notes.inject',
  'tools.inject',
  'reader.inject',
]);

export type MessageHandler = (raw: unknown, sender: Sender) => Promise<Response>;

function issueSummary(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function createMessageHandler(deps: HandlerDeps): MessageHandler {
  // A page's read of its text keeps the page data read on the same list (lib/pagedata).
  deps = { ...deps, tabStatus: keepingPageData(deps.tabStatus) };
  // Every message type has exactly one owner: the type below fails to compile on a gap.
  const routes: Service<Message['type']> = { ...ordersService(deps), ...casesService(deps), ...pagesService(deps) };

  return async (raw, sender) => {
    if (deps.extensionId !== undefined && sender.id !== deps.extensionId) {
      return reject(`message refused: sender ${String(sender.id)} is not this extension`);
    }
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return reject(`invalid message: ${issueSummary(parsed.error)}`);
    const message = parsed.data;
    if (sender.tab !== undefined && deps.mayReadPage !== undefined) {
      if (!FROM_PAGES.has(message.type)) return reject(`message refused: ${message.type} cannot come from a web page`);
      if (sender.url === undefined || !(await deps.mayReadPage(sender.url).catch(() => false))) {
        return reject(`message refused: ${message.type} from a page the extension does not read (${String(sender.url).slice(0, 200)})`);
      }
    }
    try {
      return await (routes[message.type] as Handler<Message['type']>)(message as never, sender);
    } catch (err) {
      return reject(`${message.type} failed: ${errorText(err)}`);
    }
  };
}
