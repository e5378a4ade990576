// FormCoach's service worker: the app works offline after the first visit. Workbox precaches the
// app shell, the WASM the pose worker loads and the default model (the list is injected at build
// time, see vite.config.ts); what is not precached is cached the first time it is used.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import type { RouteHandlerCallback } from 'workbox-core';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import modelsManifest from '../models/models.json';

declare const self: ServiceWorkerGlobalScope & {
  readonly __WB_MANIFEST: readonly (PrecacheEntry | string)[];
};

const scope = new URL(self.registration.scope);
const wasmPath = new URL('wasm/', scope).pathname;

/**
 * The WASM builds not precached (the main-thread fallback's, the no-SIMD one), cached when first
 * used. Emptied when a new version takes over: it may come with another MediaPipe.
 */
const WASM_CACHE = 'formcoach-wasm';

/**
 * One cache per model checksum: a model replaced under the same file name (models.json) is never
 * served from an old copy, which the browser's SHA-256 check would then refuse on every start.
 */
const MODEL_CACHE_PREFIX = 'formcoach-model-';
const modelCacheName = (sha256: string): string => `${MODEL_CACHE_PREFIX}${sha256}`;

// Only a complete answer is cached: an error page or a cut download must not become the model.
const cacheable = (): CacheableResponsePlugin => new CacheableResponsePlugin({ statuses: [200] });

// "Reload" in the update prompt (registerType 'prompt'): the waiting version takes over.
self.addEventListener('message', (event) => {
  // skipWaiting's promise always resolves (Service Workers spec): nothing to handle.
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first version controls the page at once, so the first visit already works offline.
clientsClaim();
cleanupOutdatedCaches();

precacheAndRoute(self.__WB_MANIFEST, {
  // The pose worker loads MediaPipe's WASM loader as `…/vision_wasm_module_internal.js?instance=N`
  // (workers/landmarker.ts): the same file.
  ignoreURLParametersMatching: [/^instance$/, /^utm_/, /^fbclid$/],
});

// The app is one page (hash routes): every navigation gets the precached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

for (const model of modelsManifest.models) {
  const path = new URL(`models/${model.file}`, scope).pathname;
  registerRoute(
    ({ url }) => url.origin === scope.origin && url.pathname === path,
    new CacheFirst({ cacheName: modelCacheName(model.sha256), plugins: [cacheable()] }),
  );
}

registerRoute(
  ({ url }) => url.origin === scope.origin && url.pathname.startsWith(wasmPath),
  new CacheFirst({ cacheName: WASM_CACHE, plugins: [cacheable()] }),
);

/**
 * The pose worker checks with a HEAD request that the WASM is served before loading it
 * (workers/pose-api.ts). Workbox routes GET only: answer HEAD from the caches, else the network.
 */
const headFromCache: RouteHandlerCallback = async ({ request }) => {
  const cached =
    (await matchPrecache(request.url)) ??
    (await caches.match(request.url, { cacheName: WASM_CACHE }));
  if (cached === undefined) return fetch(request);
  return new Response(null, {
    status: cached.status,
    statusText: cached.statusText,
    headers: cached.headers,
  });
};
registerRoute(
  ({ url }) => url.origin === scope.origin && url.pathname.startsWith(wasmPath),
  headFromCache,
  'HEAD',
);

self.addEventListener('activate', (event) => {
  const current = new Set(modelsManifest.models.map((model) => modelCacheName(model.sha256)));
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter(
              (name) =>
                name === WASM_CACHE || (name.startsWith(MODEL_CACHE_PREFIX) && !current.has(name)),
            )
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});
