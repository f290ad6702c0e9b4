import '../lib/zod-config'; // first: before any schema is created (see the file)
import { demoPage } from '../lib/adapters/demo';
import { READ_TABLES } from '../lib/extract/read';
import { consoleScript } from '../lib/content/define';

/** Demo console: its pages, its adapter alone (lib/content/define.ts). */
export default consoleScript(demoPage, READ_TABLES);
