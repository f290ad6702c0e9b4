import '../lib/zod-config'; // first: before any schema is created (see the file)
import { amazon } from '../lib/adapters/amazon';
import { READ_TABLES } from '../lib/extract/read';
import { consoleScript } from './content/define';

/** Amazon Seller Central orders: its pages, its adapter alone (entrypoints/content/define.ts). */
export default consoleScript(amazon, READ_TABLES);
