// The SessionSink the app uses: IndexedDB, opened lazily on the first write (not on first paint),
// with interrupted sessions recovered once before the first session of the page starts. When
// IndexedDB cannot be opened at all (private mode in some browsers, storage disabled), the
// `fallback` sink (in memory) takes every call instead, and the problem is published once.
import type { PoseFrame } from '../../core/landmarks';
import type { SessionSink, SetTraceRecorder } from '../../core/session/types';
import type { StorageError } from './errors';
import { storageErrorFromException } from './errors';
import type { IndexedDbSessionSink } from './indexeddb-session-sink';
import { backupToVerifiedJson, type BackupText } from './backup';
import { openStorage, type Storage } from './index';

type Listener = (error: StorageError) => void;
const listeners = new Set<Listener>();

/** Storage problems of the live session (disk full, another tab upgraded, no IndexedDB). */
export function subscribeStorageProblems(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const publish = (error: StorageError) => listeners.forEach((l) => l(error));

/** The session most recently started on this page through a persistent sink on IndexedDB. */
let liveSession: { storage: Storage; sink: IndexedDbSessionSink; sessionId: string } | null = null;

/**
 * The live session of this page as a backup file's text (what is stored of it plus what the sink
 * kept in memory after a failed write, e.g. a full disk); null when no session has started here on
 * IndexedDB. What a storage problem's "Export now" saves, read back first like every backup offered.
 */
export async function exportLiveSession(exportedAt: number): Promise<BackupText | null> {
  const live = liveSession;
  if (live === null) return null;
  return backupToVerifiedJson(
    await live.storage.exportLiveSession(live.sink, live.sessionId, exportedAt),
  );
}

export interface PersistentSinkOptions {
  readonly fallback: () => SessionSink;
  readonly name?: string;
}

export interface PersistentSessionSink extends SessionSink {
  /** The storage behind the sink, once open (null while opening or on the fallback). */
  storage(): Promise<Storage | null>;
  startTrace(sessionId: string, setId: string): SetTraceRecorder;
}

export function createPersistentSessionSink(options: PersistentSinkOptions): PersistentSessionSink {
  let opening: Promise<{
    sink: SessionSink;
    storage: Storage | null;
    indexedDb: IndexedDbSessionSink | null;
  }> | null = null;
  const target = () => {
    opening ??= (async () => {
      try {
        const storage = await openStorage({
          onProblem: publish,
          ...(options.name === undefined ? {} : { name: options.name }),
        });
        await storage.recoverInterruptedSessions();
        const sink: IndexedDbSessionSink = storage.createSessionSink({ onError: publish });
        return { sink, storage, indexedDb: sink };
      } catch (e) {
        publish(storageErrorFromException(e));
        return { sink: options.fallback(), storage: null, indexedDb: null };
      }
    })();
    return opening;
  };
  return {
    storage: async () => (await target()).storage,
    startSession: async (s) => {
      const { sink, storage, indexedDb } = await target();
      if (storage !== null && indexedDb !== null) {
        liveSession = { storage, sink: indexedDb, sessionId: s.id };
      }
      return sink.startSession(s);
    },
    updateSession: async (id, patch) => (await target()).sink.updateSession(id, patch),
    startSet: async (s) => (await target()).sink.startSet(s),
    updateSet: async (id, patch) => (await target()).sink.updateSet(id, patch),
    saveRep: async (r) => (await target()).sink.saveRep(r),
    savePartial: async (p) => (await target()).sink.savePartial(p),
    saveCue: async (c) => (await target()).sink.saveCue(c),
    saveReadiness: async (r) => (await target()).sink.saveReadiness(r),
    getReadiness: async () => (await target()).sink.getReadiness(),
    recentSessions: async (limit) => (await target()).sink.recentSessions(limit),
    startTrace(sessionId, setId) {
      // Frames wait here only until storage is open (it is by the time a set starts); on the
      // memory fallback no trace is kept.
      let early: PoseFrame[] | null = [];
      let recorder: SetTraceRecorder | null = null;
      const opened = target().then(({ storage }) => {
        recorder = storage?.createTraceRecorder(sessionId, setId, publish) ?? null;
        for (const frame of early ?? []) recorder?.push(frame);
        early = null;
      });
      return {
        push(frame) {
          if (recorder !== null) recorder.push(frame);
          else early?.push(frame);
        },
        async flush() {
          await opened;
          await recorder?.flush();
        },
      };
    },
  };
}
