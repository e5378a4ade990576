import { describe, expect, it } from 'vitest';
import type { ServiceWorkerEvents } from '../../../src/platform/pwa';
import { createAppUpdates, isUpdatePromptShown } from '../../../src/ui/update-prompt-state';

/** A stand-in for the service worker registration: the test says when a version is waiting. */
function fakeServiceWorker({ applyFails = false } = {}) {
  let events: ServiceWorkerEvents | null = null;
  let applied = 0;
  return {
    register(given: ServiceWorkerEvents) {
      events = given;
      return {
        applyUpdate() {
          applied += 1;
          return applyFails ? Promise.reject(new Error('no waiting worker')) : Promise.resolve();
        },
      };
    },
    newVersionWaiting: () => events?.onNeedRefresh(),
    applied: () => applied,
  };
}

describe('the update prompt', () => {
  it('appears when a new version waits, and Reload applies it once', () => {
    const worker = fakeServiceWorker();
    const updates = createAppUpdates(worker.register);
    expect(updates.store.get().phase).toBe('none');
    worker.newVersionWaiting();
    expect(updates.store.get().phase).toBe('ready');
    updates.reload();
    expect(updates.store.get().phase).toBe('reloading');
    expect(worker.applied()).toBe(1);
  });

  it('comes back when the new version could not be applied, so Reload can be tried again', async () => {
    const worker = fakeServiceWorker({ applyFails: true });
    const updates = createAppUpdates(worker.register);
    worker.newVersionWaiting();
    updates.reload();
    expect(updates.store.get().phase).toBe('reloading');
    await new Promise<void>((settled) => {
      const stop = updates.store.subscribe(() => {
        stop();
        settled();
      });
    });
    expect(updates.store.get().phase).toBe('ready');
  });

  it('Later hides it without applying the new version', () => {
    const worker = fakeServiceWorker();
    const updates = createAppUpdates(worker.register);
    worker.newVersionWaiting();
    updates.later();
    expect(updates.store.get().phase).toBe('later');
    expect(isUpdatePromptShown(updates.store.get().phase, false)).toBe(false);
    expect(worker.applied()).toBe(0);
  });

  it('waits for the exercise session to end: a reload would end the set', () => {
    expect(isUpdatePromptShown('ready', true)).toBe(false);
    expect(isUpdatePromptShown('ready', false)).toBe(true);
    expect(isUpdatePromptShown('reloading', false)).toBe(true);
    expect(isUpdatePromptShown('none', false)).toBe(false);
  });
});
