import '../lib/zod-config'; // first: before any schema is created (see the file)
import { douyinPage } from '../lib/adapters/douyin';
import { READ_TABLES } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** Douyin Shop orders: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(douyinPage, READ_TABLES);
