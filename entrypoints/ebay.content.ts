import '../lib/zod-config'; // first: before any schema is created (see the file)
import { ebayPage } from '../lib/adapters/ebay';
import { READ_TABLES } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** eBay Seller Hub orders: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(ebayPage, READ_TABLES);
