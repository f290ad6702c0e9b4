import '../lib/zod-config'; // first: before any schema is created (see the file)
import { shopifyPage } from '../lib/adapters/shopify';
import { READ_TABLES } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** Shopify admin orders: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(shopifyPage, READ_TABLES);
