/**
 * The seller's settings as a page sees them: mirrored by the background (content scripts cannot
 * open the extension's database), watched so a change (an adapter switched off, another
 * language) reads the page again; and the texts of the seller's language.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLanguage } from '../i18n';
import { ensureMessages, provideBrowserMessages } from '../i18n/browser';
import { MessagesResponse, type ContentConfig, type Language } from '../schema';
import { CONTENT_CONFIG, readStored } from '../storage/stored';
import { send, warn } from './page-code';

export interface Config {
  init(ctx: ContentScriptContext): void;
  /** The stored settings have been read (or found missing). */
  loaded: Promise<void>;
  current: ContentConfig;
  /** The language the page's badges speak. */
  readonly language: Language;
  /** The texts of that language are at hand (the browser's own, or asked of the background once). */
  textsReady(): Promise<void>;
}

export function createConfig(onChange: () => void): Config {
  const config: Config = {
    loaded: Promise.resolve(),
    current: CONTENT_CONFIG.fallback,
    init(ctx) {
      // The browser's language from its own message file; the other one, when the seller
      // picked it, from the background (no message file is bundled here).
      provideBrowserMessages((key) => browser.i18n.getMessage(key));
      const load = () =>
        readStored(CONTENT_CONFIG)
          .then((value) => {
            config.current = value;
          })
          .catch(warn);
      config.loaded = load();
      // A change is read back whole, as the first read was (one path: fewer bytes here).
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && CONTENT_CONFIG.name in changes) void load().then(onChange);
      };
      browser.storage.onChanged.addListener(onStorage);
      ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    },
    get language() {
      return resolveLanguage(config.current.language, browser.i18n.getUILanguage());
    },
    textsReady: () =>
      ensureMessages(config.language, async (language: Language) => MessagesResponse.parse(await send({ type: 'i18n.messages', language })).messages).catch(warn),
  };
  return config;
}
