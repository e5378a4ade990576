// The live lock's promise settles when the lock request is refused (before, it never did: the
// session would wait forever for a lock that is not coming). A stand-in LockManager plays the
// browser; the Web Locks behaviour itself is tested in Chromium (test/browser/storage-sessions).
import { describe, expect, it } from 'vitest';
import { acquireLiveLock } from '../../../src/platform/storage/live-lock';

function refusingLocks(): LockManager {
  return {
    request: () => Promise.reject(new DOMException('lock request aborted', 'AbortError')),
    query: () => Promise.resolve({ held: [], pending: [] }),
  } as unknown as LockManager;
}

describe('acquireLiveLock', () => {
  it('rejects when the lock request is refused', async () => {
    await expect(acquireLiveLock(refusingLocks(), 'db', 'session-1')).rejects.toThrow(
      'lock request aborted',
    );
  });
});
