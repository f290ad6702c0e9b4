import '../lib/zod-config'; // first: before any schema is created (see the file)
import { woocommercePage } from '../lib/adapters/woocommerce';
import { READ_TABLES } from '../lib/extract/read';
import { sitesScript } from '../lib/content/define';

/** The sites the seller grants: self-hosted WooCommerce and taught sites, both tables (lib/content/define.ts). */
export default sitesScript([woocommercePage], READ_TABLES);
