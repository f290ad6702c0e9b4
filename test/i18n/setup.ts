// Every test sees both languages, as the extension's pages do (lib/i18n/bundled); tests of
// the content script's and popup's text loading (browser.test.ts) start from fresh modules.
import '../../lib/i18n/bundled';
