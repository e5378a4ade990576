import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The Content-Security-Policy FormCoach is served with, as an HTTP header (a <meta> tag would not
 * govern the worker). connect-src 'self' keeps every fetch, XHR, beacon and WebSocket on our own
 * origin, which blocks MediaPipe's built-in usage telemetry; no remote script sources.
 * 'wasm-unsafe-eval' lets the page and the worker compile MediaPipe's WebAssembly.
 * Production hosting must send the same header (dist/_headers carries it for hosts that read one).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: mediastream:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
};

/** Copies MediaPipe's WASM fileset from the installed package to public/wasm (served by us). */
function mediapipeWasm(): Plugin {
  const from = join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm');
  const to = join(root, 'public', 'wasm');
  const copy = (): void => {
    if (!existsSync(from)) throw new Error(`WASM: ${from} is missing. Fix: run npm ci.`);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) {
      const target = join(to, name);
      if (existsSync(target) && statSync(target).size === statSync(join(from, name)).size) continue;
      cpSync(join(from, name), target);
    }
  };
  return {
    name: 'formcoach-mediapipe-wasm',
    config: copy,
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n${Object.entries(securityHeaders)
          .map(([key, value]) => `  ${key}: ${value}`)
          .join('\n')}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [mediapipeWasm()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  worker: { format: 'es' },
  server: { headers: securityHeaders, port: 5173, strictPort: false },
  preview: { headers: securityHeaders, port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
