#!/usr/bin/env node
/**
 * `npm run new:adapter <id> [-- --host <host> --chinese]`: a console of a new marketplace on the
 * shape of the others (STYLE.md §1-4), with a test that fails until it reads a saved page.
 * Creates the marketplace's profile, the adapter, its test and the place for its saved page, and
 * nothing else: the profiles' and adapters' lists are written from the files found
 * (scripts/registries.mjs, at every build), and its content script is made from the adapter at
 * build time (lib/content/scripts.ts).
 */
import { writeRegistries } from './registries.mjs';
import { Changes, camelOf, parseArgs } from './units.mjs';

const { id, root, options } = parseArgs(process.argv.slice(2), 'npm run new:adapter <id> [-- --host <host> --chinese]');
const name = camelOf(id);
const host = options.host ?? `seller.${id}.com`;
const chinese = 'chinese' in options;
const month = new Date().toISOString().slice(0, 7);
const changes = new Changes(root);

const RULES = `  rules: {
    shipWithinHours: 48,
    unpaidCloseHours: 72,
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: false },
    replyWithinHours: 24,
    // Whether the platform counts a shipment without a tracking number against the seller.
    trackingRequired: ${chinese ? 'true' : 'false'},
  },`;
const SHOWS = `
/** The fields its console's read pages give an order, status aside: test/detectors/consoles.test.ts holds the list to its saved pages. */
export const shows: readonly OrderField[] = [];
`;
changes.create(
  `lib/marketplaces/${id}.ts`,
  chinese
    ? `import { chinese } from './china';
import type { OrderField } from './fields';

/** Beijing time, yuan, Chinese buyers and the Chinese platforms' messaging rules (china.ts). */
export const ${name} = /* @__PURE__ */ chinese({
  id: '${id}',
  name: { en: '', zh: '' },
  // Each number beside its public source; where none exists, say the default is a default.
${RULES}
});
${SHOWS}`
    : `import type { OrderField } from './fields';
import type { MarketplaceProfile } from './profile';

export const ${name} = {
  id: '${id}',
  name: { en: '', zh: '' },
  timeZone: 'UTC',
  buyerLanguage: 'en',
  // The rules of its messaging policy a reply is checked against, beside their source; until one
  // is found, links and contact details are held back.
  messageRules: ['link', 'email', 'phone'],
  // Each number beside its public source; where none exists, say the default is a default.
${RULES}
} as const satisfies MarketplaceProfile;
${SHOWS}`,
);
changes.create(
  `lib/adapters/${id}.ts`,
  `/**
 * The console's order list: which page, where the orders are, which column is what. Cite the
 * public source of each shape and selector beside it, with the date it was seen.
 */
import { ${name} as profile } from '../marketplaces/${id}';
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

export const ${name}Page: PageAdapter = {
  id: '${id}',
  marketplace: '${id}',
  label: { en: '', zh: '' },
  matches: ['https://${host}/*'],
  isOrderList: (url) => url.protocol === 'https:' && url.hostname === '${host}' && /^\\/orders\\/?$/.test(url.pathname),
  isOrderDetail: (url) => url.protocol === 'https:' && url.hostname === '${host}' && /^\\/orders\\/[\\w-]+\\/?$/.test(url.pathname),
  layout: {
    kind: 'table',
    tables: [
      'table', // the reader keeps the table whose header names an order number
    ],
  },
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const ${name}: Adapter = /* @__PURE__ */ withRules(${name}Page, {
  currency: '${chinese ? 'CNY' : 'USD'}',
  timeZone: profile.timeZone,
  statusVocabulary: {},
});

/** URLs the checks above must accept and reject; beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: ['https://${host}/orders'],
  noMatch: ['https://${host}/', 'https://${host}/orders/1001', 'https://${host}.example.com/orders'],
  detail: ['https://${host}/orders/1001'],
};
`,
);
changes.create(
  `test/fixtures/${id}/orders.${month}.html`,
  `<!doctype html>
<!-- Replace with the console's order list saved from the browser (${month}), buyers' details made up. -->
<html><head><meta charset="utf-8"><title>${id}</title></head><body></body></html>
`,
);
changes.create(
  `test/adapters/${id}.test.ts`,
  `// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ${name} } from '../../lib/adapters/${id}';
import { readOrders } from '../../lib/extract';

const PAGE_URL = 'https://${host}/orders';
const NOW = Date.UTC(${month.slice(0, 4)}, ${Number(month.slice(5)) - 1}, 25, 9, 0);

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(\`test/fixtures/${id}/\${name}\`, 'utf8'), 'text/html');
}

describe('${id} adapter on its order list (${month})', () => {
  // Fails until written: the saved page's orders, exactly as a seller sees them on it.
  it('reads every row of the saved page into the exact order', () => {
    const result = readOrders(${name}, load('orders.${month}.html'), { url: PAGE_URL, now: NOW });
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['the order numbers the saved page shows']);
  });
});
`,
);

// No list to edit: the profiles' and adapters' lists are written from the files (every build writes them too).
const registered = writeRegistries(root);

changes.report([
  `save the console's order list as test/fixtures/${id}/orders.${month}.html (and an empty one), write its exact orders in test/adapters/${id}.test.ts`,
  `fill in lib/adapters/${id}.ts (pages, layout, status words, each with its public source) and lib/marketplaces/${id}.ts (name, rules and sources)`,
  `list the fields its pages show in lib/marketplaces/${id}.ts (shows)`,
  'npm run docs:features: its line in the list of consoles and its column of the console table in docs/features.md, from its label, pages and fields',
  `npx vitest run test/adapters test/marketplaces test/detectors/consoles.test.ts`,
]);
console.log(`listed from the files (not in git):\n${registered.map((p) => `  ${p}`).join('\n')}`);
