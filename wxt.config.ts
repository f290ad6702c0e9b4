import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES } from './lib/adapters';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is needed: README, "Permissions". A test asserts this exact list.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'activeTab'],
    // Only the supported consoles' order pages (from the adapters' match patterns).
    host_permissions: [...CONTENT_MATCHES],
    // Self-hosted consoles (WooCommerce) and taught sites: one origin at a time, asked for
    // at run time when the seller turns the extension on for that site.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Desktop notifications for new P1 cases, asked for when the seller turns them on.
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_extName__' },
    // A keyboard shortcut to the case inbox (the seller can change it in the browser's settings).
    commands: {
      'open-inbox': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdOpenInbox__' },
    },
    content_security_policy: {
      // Only the extension's own scripts, no eval, and no network at all (connect-src 'none'):
      // the extension's pages and worker cannot send anything anywhere.
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'order-sentinel@order-sentinel.localhost',
              data_collection_permissions: { required: ['none'] },
            },
          },
          // Firefox MV2 has no optional_host_permissions: host patterns go here instead.
          optional_permissions: ['notifications', 'https://*/*', 'http://*/*'],
        }
      : {}),
  }),
});
