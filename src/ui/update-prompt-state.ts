// "A new version is ready": the state behind the update prompt, fed by the service worker.
import type { ServiceWorkerEvents, ServiceWorkerHandle } from '../platform/pwa';
import { createStore, type Store } from './store';

export type UpdatePhase = 'none' | 'ready' | 'later' | 'reloading';

export interface AppUpdates {
  readonly store: Store<{ readonly phase: UpdatePhase }>;
  /** Switch to the new version now (the page reloads). */
  reload(): void;
  /** Not now: the prompt is hidden until the page is next loaded, which starts the new version. */
  later(): void;
}

export function createAppUpdates(
  register: (events: ServiceWorkerEvents) => ServiceWorkerHandle,
): AppUpdates {
  const store = createStore<{ phase: UpdatePhase }>({ phase: 'none' });
  const handle = register({ onNeedRefresh: () => store.set({ phase: 'ready' }) });
  return {
    store,
    reload() {
      store.set({ phase: 'reloading' });
      // Not applied (the new worker went away): the prompt comes back, Reload can be tried again.
      handle.applyUpdate().catch(() => store.set({ phase: 'ready' }));
    },
    later: () => store.set({ phase: 'later' }),
  };
}

/**
 * Whether the prompt is on screen. Never during an exercise session: a reload there would end
 * the set; the prompt waits for the session to finish.
 */
export const isUpdatePromptShown = (phase: UpdatePhase, isSessionInProgress: boolean): boolean =>
  (phase === 'ready' || phase === 'reloading') && !isSessionInProgress;
