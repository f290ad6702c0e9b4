import '../../lib/zod-config'; // first: before any schema is created (see the file)
import { render } from 'preact';
import '../../components/ui.css';
import './popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
