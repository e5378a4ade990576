// The production server: the built app (dist/) with FormCoach's security headers, and the
// signaling on the same origin. Static files through sirv (already in the tree under Vitest's
// browser mode; small, no framework): ETags, ranges for the clips, correct types for .wasm, and
// its file list read once at start. Hashed assets are cached for a year; index.html and the
// service worker are revalidated so a new build reaches the patient.
import { createServer, type Server as HttpServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './security-headers';
import { createSignaling, type Signaling, type SignalingOptions } from './signaling';

export interface AppServer {
  readonly http: HttpServer;
  readonly signaling: Signaling;
}

export function createAppServer(distDir: string, options: SignalingOptions): AppServer {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`Serve: ${distDir}/index.html is missing. Fix: run npm run build first.`);
  }
  const statics = sirv(distDir, {
    etag: true,
    setHeaders(res, pathname) {
      const isHashed = pathname.startsWith('/assets/');
      res.setHeader('Cache-Control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const http = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    statics(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    });
  });
  return { http, signaling: createSignaling(http, options) };
}
