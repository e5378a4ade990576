// The service worker (workers/service-worker.ts), registered through vite-plugin-pwa's
// workbox-window wrapper: offline after the first visit, and a new version waits for the patient.
/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; `applyUpdate()` switches to it and reloads. */
  onNeedRefresh(): void;
}

export interface ServiceWorkerHandle {
  /** Lets the waiting version take over, then reloads the page. */
  applyUpdate(): Promise<void>;
}

/** An open app looks for a new version this often (and on every page load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker after the page has loaded (its precache of about 20 MB must not
 * compete with the first paint). Without service-worker support this does nothing and the app
 * works online as before. In development (`npm run dev`) no worker is built, and one left on this
 * origin by a production build is removed.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): ServiceWorkerHandle {
  if (!('serviceWorker' in navigator)) return { applyUpdate: () => Promise.resolve() };
  if (import.meta.env.DEV) {
    // A worker left by a production build served on this origin would serve stale files.
    void navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => Promise.all(registrations.map((r) => r.unregister())))
      // Development only: a worker not removed here can be removed in DevTools.
      .catch(() => undefined);
    return { applyUpdate: () => Promise.resolve() };
  }
  const update = registerSW({
    onNeedRefresh: events.onNeedRefresh,
    onRegisteredSW(_url, registration) {
      if (registration === undefined) return;
      setInterval(() => {
        // A check that fails (offline, server down) is tried again at the next interval.
        if (registration.installing === null && navigator.onLine) {
          registration.update().catch(() => undefined);
        }
      }, UPDATE_CHECK_MS);
    },
  });
  return {
    applyUpdate() {
      // Reload once the new version controls the page. (vite-plugin-pwa reloads only when the page
      // was already controlled when it loaded: not on the first visit, when the first version
      // took control by itself.)
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
        once: true,
      });
      return update(true);
    },
  };
}
