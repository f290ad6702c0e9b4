import '../../lib/zod-config'; // first: before any schema is created (see the file)
import '../../lib/zod-messages'; // zod's English issue messages: they reach the seller here
import '../../lib/i18n/bundled'; // both message files (no size budget here; see lib/i18n)
import { render } from 'preact';
import '../../components/ui.css';
import './sidepanel.css';
import { App } from './App';
import { pageDb } from '../../components/hooks';
import { firstFor } from '../../components/inbox-cases';

// The first screen is asked for before rendering, so the database opens and answers while
// the page renders.
const first = firstFor(pageDb());
first.catch(() => undefined); // reported by the App's own query if it fails
render(<App first={first} />, document.getElementById('app')!);
