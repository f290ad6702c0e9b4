import '../lib/zod-config'; // first: before any schema is created (see the file)
import { jdPage } from '../lib/adapters/jd';
import { READ_BLOCKS } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** JD order management: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(jdPage, READ_BLOCKS);
