import { render } from 'preact';
import { registerServiceWorker } from './platform/pwa';
import { App } from './ui/app';
import { createAppServices, ServicesProvider } from './ui/services';
import { createAppUpdates } from './ui/update-prompt-state';

const root = document.getElementById('app');
if (root !== null) {
  // Made once for the page's life: one pose worker, one storage connection, one problem channel.
  const services = createAppServices();
  render(
    <ServicesProvider services={services}>
      <App updates={createAppUpdates(registerServiceWorker)} />
    </ServicesProvider>,
    root,
  );
}
