import { render } from 'preact';
import { App } from './ui/app';

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
