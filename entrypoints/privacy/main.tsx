import '../../lib/zod-config'; // first: before any schema is created (see the file)
import '../../lib/zod-messages'; // zod's English issue messages: they reach the seller here
import '../../lib/i18n/bundled'; // both message files (no size budget here; see lib/i18n)
import { render } from 'preact';
import '../../components/ui.css';
import '../welcome/welcome.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
