// Which tab owns a live session: the tab that holds the Web Lock
// `formcoach-live:<database name>:<sessionId>`.
// The owner takes the lock BEFORE it writes the session as in_progress and lets go only after it
// wrote the final status. The browser releases a lock when its tab closes, crashes or is killed,
// so "in_progress and its lock is free" means exactly "its owner is gone": such a session is
// recovered as interrupted on the next start (in any tab). SessionRecord.ownerId names the tab
// (a random id per page load) for display and debugging; the lock, not the id, proves liveness.
// Without the Web Locks API (all target browsers have it) no session is ever declared orphaned.

export const liveLockName = (scope: string, sessionId: string): string =>
  `formcoach-live:${scope}:${sessionId}`;

export interface LiveLock {
  release(): void;
}

/** Holds the session's lock until `release()`; resolves once the lock is granted. */
export function acquireLiveLock(
  locks: LockManager | undefined,
  scope: string,
  sessionId: string,
): Promise<LiveLock> {
  if (locks === undefined) return Promise.resolve({ release: () => undefined });
  return new Promise((granted, refused) => {
    // A request refused before the grant rejects the lock; once granted, the request settles
    // only on release (the callback never rejects).
    locks
      .request(
        liveLockName(scope, sessionId),
        { mode: 'exclusive' },
        () =>
          new Promise<void>((release) => {
            granted({ release: () => release() });
          }),
      )
      .catch(refused);
  });
}

/** True when no tab holds the session's lock (its owner is gone). */
export async function isLiveLockFree(
  locks: LockManager | undefined,
  scope: string,
  sessionId: string,
): Promise<boolean> {
  if (locks === undefined) return false;
  return locks.request(
    liveLockName(scope, sessionId),
    { ifAvailable: true },
    (lock) => lock !== null,
  );
}

export const defaultLocks = (): LockManager | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
