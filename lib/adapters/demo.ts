/** The demo console served by `npm run demo` (contract: the demo console's markup, 2026-11). */
import { profileRules, withRules, type Adapter, type PageAdapter, type TestUrls } from './types';
import { demo as demoProfile } from '../marketplaces/demo';

const HOST = 'order-sentinel-demo.localhost';

export const demoPage: PageAdapter = {
  id: 'demo',
  marketplace: 'demo',
  label: { en: 'Demo console', zh: '演示后台' },
  // Match patterns carry no port: they match the demo server on whatever port it listens on.
  matches: [`http://${HOST}/*`],
  isOrderList: (url) => url.hostname === HOST && /^\/orders\/?$/.test(url.pathname),
  isOrderDetail: (url) => url.hostname === HOST && /^\/orders\/DS\d{12}$/.test(url.pathname),
  layout: {
    kind: 'table',
    tables: [
      'table.order-table', // demo console 2026-11: one plain table, header in <thead>
      'table', // any other table the page shows; the reader keeps the one with an order-number header
    ],
  },
  replyBoxes: [
    'textarea[name="reply"]', // demo console 2026-11: one buyer-message box under the order table
  ],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const demo: Adapter = /* @__PURE__ */ withRules(demoPage, /* @__PURE__ */ profileRules(demoProfile, {
  statusVocabulary: {
    等待买家付款: 'awaiting_payment',
    待发货: 'awaiting_shipment',
    已发货: 'shipped',
    交易成功: 'completed',
    交易关闭: 'cancelled',
  },
}));

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'http://order-sentinel-demo.localhost:5173/orders',
    'http://order-sentinel-demo.localhost:8080/orders?page=2',
    'http://order-sentinel-demo.localhost/orders/',
  ],
  noMatch: [
    'http://order-sentinel-demo.localhost:5173/',
    'http://order-sentinel-demo.localhost:5173/orders/DS202611240001',
    'http://localhost:5173/orders',
    'http://order-sentinel-demo.localhost.example.com/orders',
  ],
  detail: ['http://order-sentinel-demo.localhost:5173/orders/DS202611240001'],
};
