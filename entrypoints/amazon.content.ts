import '../lib/zod-config'; // first: before any schema is created (see the file)
import { amazonPage } from '../lib/adapters/amazon';
import { READ_TABLES } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** Amazon Seller Central orders: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(amazonPage, READ_TABLES);
