// `npm run dev` (and `vite preview`, which the e2e tests run) serve the signaling on the app's own
// HTTP server and origin, so one command starts both and the page's CSP needs no other host.
import type { Server as HttpServer } from 'node:http';
import type { Plugin } from 'vite';
import { signalingFromEnv } from './config';
import { createSignaling } from './signaling';

async function attach(httpServer: HttpServer | null): Promise<void> {
  // null in Vite's middleware mode: there is no server of ours to attach to.
  if (httpServer === null) return;
  const env = await signalingFromEnv(process.env);
  const signaling = createSignaling(httpServer, env.options);
  httpServer.once('close', () => {
    void signaling.close().then(() => env.close());
  });
}

export function signalingPlugin(): Plugin {
  return {
    name: 'formcoach-signaling',
    configureServer: (server) => attach(server.httpServer as HttpServer | null),
    configurePreviewServer: (server) => attach(server.httpServer as HttpServer),
  };
}
