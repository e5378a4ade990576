// The SessionSink the app uses: IndexedDB, opened lazily on the first write (not on first paint),
// with interrupted sessions recovered once before the first session of the page starts. When
// IndexedDB cannot be opened at all (private mode in some browsers, storage disabled), the
// `fallback` sink (in memory) takes every call instead, and the problem is published once.
import type { SessionSink } from '../../core/session/types';
import type { StorageError } from './errors';
import { storageErrorFromException } from './errors';
import type { IndexedDbSessionSink } from './indexeddb-session-sink';
import { openStorage, type Storage } from './index';

type Listener = (error: StorageError) => void;
const listeners = new Set<Listener>();

/** Storage problems of the live session (disk full, another tab upgraded, no IndexedDB). */
export function subscribeStorageProblems(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const publish = (error: StorageError) => listeners.forEach((l) => l(error));

export interface PersistentSinkOptions {
  readonly fallback: () => SessionSink;
  readonly name?: string;
}

export interface PersistentSessionSink extends SessionSink {
  /** The storage behind the sink, once open (null while opening or on the fallback). */
  storage(): Promise<Storage | null>;
}

export function createPersistentSessionSink(options: PersistentSinkOptions): PersistentSessionSink {
  let opening: Promise<{ sink: SessionSink; storage: Storage | null }> | null = null;
  const target = () => {
    opening ??= (async () => {
      try {
        const storage = await openStorage({
          onProblem: publish,
          ...(options.name === undefined ? {} : { name: options.name }),
        });
        await storage.recoverInterruptedSessions();
        const sink: IndexedDbSessionSink = storage.createSessionSink({ onError: publish });
        return { sink, storage };
      } catch (e) {
        publish(storageErrorFromException(e));
        return { sink: options.fallback(), storage: null };
      }
    })();
    return opening;
  };
  return {
    storage: async () => (await target()).storage,
    startSession: async (s) => (await target()).sink.startSession(s),
    updateSession: async (id, patch) => (await target()).sink.updateSession(id, patch),
    startSet: async (s) => (await target()).sink.startSet(s),
    updateSet: async (id, patch) => (await target()).sink.updateSet(id, patch),
    saveRep: async (r) => (await target()).sink.saveRep(r),
    savePartial: async (p) => (await target()).sink.savePartial(p),
    saveCue: async (c) => (await target()).sink.saveCue(c),
    saveReadiness: async (r) => (await target()).sink.saveReadiness(r),
    getReadiness: async () => (await target()).sink.getReadiness(),
    recentSessions: async (limit) => (await target()).sink.recentSessions(limit),
  };
}
