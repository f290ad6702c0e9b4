/**
 * Popup: turn the extension on for the site in this tab when no built-in console reads it —
 * a self-hosted WooCommerce admin, or any other order table the seller teaches it to read.
 * The browser asks the seller for this one origin only (optional host permission).
 */
import { useEffect, useState } from 'preact/hooks';
import { ADAPTERS, adapterForUrl } from '../lib/adapters';
import { t } from '../lib/i18n';
import { createClient } from '../lib/messaging/client';
import { type Language, type ReadStatus, type SiteAccess as Site } from '../lib/schema';
import { sitesItem } from '../lib/storage/items';
import { DETECT_GLOBAL } from '../lib/content/tools';
import { z } from 'zod/mini';

type Offer =
  | { kind: 'woocommerce'; origin: string }
  | { kind: 'teach'; origin: string; shown?: number }
  | { kind: 'taught'; origin: string };

/**
 * What to offer for a page, or nothing when a built-in console (or a granted site) reads it.
 * `shown` is how many order numbers the page's order list shows, when the popup could look
 * (undefined: it could not): a page that shows no order list is offered no teaching.
 */
export function offerFor(url: string, sites: readonly Site[], shown?: number): Offer | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const origin = parsed.origin;
  const site = sites.find((s) => s.origin === origin);
  const builtIn = adapterForUrl(url, ADAPTERS);
  if (builtIn && !builtIn.anyHost) return undefined;
  if (builtIn?.anyHost) return site?.adapter === builtIn.id ? undefined : { kind: 'woocommerce', origin };
  if (site?.adapter === 'taught' && site.mapping) return { kind: 'taught', origin };
  if (shown === 0) return undefined;
  return shown === undefined ? { kind: 'teach', origin } : { kind: 'teach', origin, shown };
}

const Shown = z.number().check(z.int(), z.nonnegative());

/**
 * How many order numbers the tab's order list shows, found by the reader by meaning injected
 * into the tab (the seller's click on the toolbar button grants it for this tab: activeTab).
 * Undefined when the page cannot be looked at (a browser page, no access).
 */
async function ordersShownIn(tabId: number): Promise<number | undefined> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string) => (globalThis as unknown as Record<string, (() => number) | undefined>)[name]?.(),
      args: [DETECT_GLOBAL],
    });
    const shown = Shown.safeParse(first?.result);
    return shown.success ? shown.data : undefined;
  } catch {
    return undefined;
  }
}

const send = createClient((m) => browser.runtime.sendMessage(m));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts teach mode in the tab; the content script may still be arriving (just injected). */
async function startTeachIn(tabId: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await browser.tabs.sendMessage(tabId, { type: 'teach.start' });
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await wait(150);
    }
  }
}

export function SiteAccess(props: {
  lang: Language;
  /** The tab's read status: a page being read needs no offer. */
  status: ReadStatus | null | undefined;
  findTab: () => Promise<number | undefined>;
}) {
  const { lang } = props;
  const [tab, setTab] = useState<{ id: number; url: string; shown?: number }>();
  const [sites, setSites] = useState<Site[]>([]);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const id = await props.findTab();
      if (id === undefined) return;
      const info = await browser.tabs.get(id).catch(() => undefined);
      // Without activeTab or a grant for the site the URL is hidden; the read status may know it.
      const url = info?.url ?? (props.status ? props.status.url : undefined);
      const granted = await sitesItem.getValue();
      setSites(granted);
      // Only a page no console reads is looked at for an order list (the teaching offer).
      if (url) setTab({ id, url, ...(offerFor(url, granted)?.kind === 'teach' ? { shown: await ordersShownIn(id) } : {}) });
    })().catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.status?.url]);

  if (!tab) return null;
  const offer = offerFor(tab.url, sites, tab.shown);
  // A page already being read by a granted WooCommerce site needs nothing more.
  if (!offer || (offer.kind === 'teach' && props.status?.kind === 'read' && props.status.adapter !== 'taught')) return null;

  const enable = (adapter: 'woocommerce' | 'taught') => {
    setMessage(undefined);
    setBusy(true);
    // Asked first, inside the click: the browser only prompts during a user gesture.
    const asked = browser.permissions.request({ origins: [`${offer.origin}/*`] });
    void (async () => {
      if (!(await asked.catch(() => false))) return setMessage(t(lang, 'siteDenied', { origin: offer.origin }));
      const enabled = await send.request({ type: 'site.enable', origin: offer.origin, adapter, tabId: tab.id });
      if (!enabled.ok) return setMessage(t(lang, 'siteFailed', { reason: enabled.error }));
      if (adapter === 'taught') {
        await startTeachIn(tab.id);
        window.close();
      }
    })()
      .catch((error: unknown) => setMessage(t(lang, 'siteFailed', { reason: error instanceof Error ? error.message : String(error) })))
      .finally(() => setBusy(false));
  };

  return (
    <div class="site-access" data-testid="site-access">
      {offer.kind === 'woocommerce' && (
        <button type="button" class="primary" disabled={busy} data-testid="site-woocommerce" onClick={() => enable('woocommerce')}>
          {t(lang, 'siteWooCommerce', { origin: offer.origin })}
        </button>
      )}
      {offer.kind === 'teach' && (
        <>
          {offer.shown !== undefined && (
            <p data-testid="site-teach-seen">{t(lang, 'siteTeachSeen', { count: offer.shown })}</p>
          )}
          <button type="button" class="primary" disabled={busy} data-testid="site-teach" onClick={() => enable('taught')}>
            {t(lang, 'siteTeach')}
          </button>
          <p class="muted">{t(lang, 'siteTeachHint', { origin: offer.origin })}</p>
        </>
      )}
      {offer.kind === 'taught' && (
        <p>
          {t(lang, 'siteTaught')} ·{' '}
          <button type="button" class="link" disabled={busy} data-testid="site-teach" onClick={() => enable('taught')}>
            {t(lang, 'siteTeachAgain')}
          </button>
        </p>
      )}
      {message && (
        <p class="error" role="alert" data-testid="site-message">
          {message}
        </p>
      )}
    </div>
  );
}
