import '../lib/zod-config'; // first: before any schema is created (see the file)
import { pinduoduoPage } from '../lib/adapters/pinduoduo';
import { READ_TABLES } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** Pinduoduo orders: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(pinduoduoPage, READ_TABLES);
