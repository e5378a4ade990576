// The HTTP headers FormCoach is served with, in development (Vite), preview and production
// (server/src/app-server.ts) alike: one list, so the three cannot drift.

/**
 * The Content-Security-Policy, as an HTTP header (a <meta> tag would not govern the worker).
 * connect-src 'self' keeps every fetch, XHR, beacon and WebSocket on our own origin (CSP 3's
 * 'self' covers ws:/wss: to the same host, so the signaling socket needs nothing more), which also
 * blocks MediaPipe's built-in usage telemetry; no remote script sources. 'wasm-unsafe-eval' lets
 * the page and the worker compile MediaPipe's WebAssembly; blob: and mediastream: are the camera
 * preview and recorded clips.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "manifest-src 'self'",
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

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The telehealth visit will need the microphone too (issue #13, the browser slice).
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
};
