import { render } from 'preact';
import { registerServiceWorker } from './platform/pwa';
import { App } from './ui/app';
import { createAppUpdates } from './ui/update-prompt-state';

const root = document.getElementById('app');
if (root !== null) render(<App updates={createAppUpdates(registerServiceWorker)} />, root);
