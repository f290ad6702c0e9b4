import '../lib/zod-config'; // first: before any schema is created (see the file)
import { taobaoPage } from '../lib/adapters/taobao';
import { READ_BLOCKS } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** Taobao / Tmall sold items: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(taobaoPage, READ_BLOCKS);
