import '../lib/zod-config'; // first: before any schema is created (see the file)
import { etsyPage } from '../lib/adapters/etsy';
import { READ_CARDS } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** Etsy Orders & Shipping: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(etsyPage, READ_CARDS);
