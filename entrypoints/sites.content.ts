import '../lib/zod-config'; // first: before any schema is created (see the file)
import { woocommerce } from '../lib/adapters/woocommerce';
import { sitesScript } from './content/define';

/** The sites the seller grants: self-hosted WooCommerce, and taught sites (entrypoints/content/define.ts). */
export default sitesScript([woocommerce]);
