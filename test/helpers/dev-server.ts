// Starts the app's Vite dev server in-process (same config, same CSP header) for scripts.
import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { REPO_ROOT } from './paths';

export async function startDevServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    configFile: resolve(REPO_ROOT, 'vite.config.ts'),
    root: REPO_ROOT,
    logLevel: 'warn',
    server: { port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the dev server has no local URL');
  return { url, server };
}
