import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts the content script may read. Only supported consoles are listed; the demo console
// lives on a dedicated *.localhost name (Chromium resolves it to loopback) so a store build
// never reads an arbitrary local page.
export const CONSOLE_MATCHES = [
  'https://trade.taobao.com/trade/itemlist/*',
  'https://trade.tmall.com/trade/itemlist/*',
  'https://myseller.taobao.com/home.htm/trade-platform/*',
  'http://order-sentinel-demo.localhost/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'order-sentinel@order-sentinel.localhost',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
