// The SessionSink the app uses: IndexedDB through the page's one storage connection (opened on
// first use), with interrupted sessions recovered once before the first session of the page
// starts. When IndexedDB cannot be opened at all (private mode in some browsers, storage
// disabled), the `fallback` sink (in memory) takes every call instead, and the problem is
// reported once. If the connection is closed and opened again (deleting all data), the sink
// follows it to the new one.
import type { PoseFrame } from '../../core/landmarks';
import type { SessionSink, SetTraceRecorder } from '../../core/session/types';
import type { StorageError } from './errors';
import { storageErrorFromException } from './errors';
import type { IndexedDbSessionSink } from './indexeddb-session-sink';
import { backupToVerifiedJson, type BackupText } from './backup';
import type { StorageConnection } from './connection';
import type { Storage } from './index';

export interface PersistentSinkOptions {
  readonly connection: StorageConnection;
  readonly fallback: () => SessionSink;
  /** Told of write failures and of a database that cannot be opened. */
  readonly onProblem: (error: StorageError) => void;
}

export interface PersistentSessionSink extends SessionSink {
  /** The storage behind the sink, once open (null while opening or on the fallback). */
  storage(): Promise<Storage | null>;
  startTrace(sessionId: string, setId: string): SetTraceRecorder;
  /**
   * The live session of this page as a backup file's text (what is stored of it plus what the
   * sink kept in memory after a failed write, e.g. a full disk); null when no session has started
   * here on IndexedDB. What a storage problem's "Export now" saves, read back first like every
   * backup offered.
   */
  exportLiveSession(exportedAt: number): Promise<BackupText | null>;
}

interface Target {
  readonly sink: SessionSink;
  readonly storage: Storage | null;
  readonly indexedDb: IndexedDbSessionSink | null;
}

export function createPersistentSessionSink({
  connection,
  fallback,
  onProblem,
}: PersistentSinkOptions): PersistentSessionSink {
  /** The target built on the connection's current open (rebuilt when it is reopened). */
  let current: { readonly opening: Promise<Storage>; readonly target: Promise<Target> } | null =
    null;
  let isRecovered = false;
  let memory: Target | null = null;
  /** The session most recently started through this sink on IndexedDB. */
  let liveSession: { storage: Storage; sink: IndexedDbSessionSink; sessionId: string } | null =
    null;
  const build = async (opening: Promise<Storage>): Promise<Target> => {
    try {
      const storage = await opening;
      if (!isRecovered) {
        await storage.recoverInterruptedSessions();
        isRecovered = true;
      }
      const sink: IndexedDbSessionSink = storage.createSessionSink({ onError: onProblem });
      return { sink, storage, indexedDb: sink };
    } catch (e) {
      onProblem(storageErrorFromException(e));
      memory = { sink: fallback(), storage: null, indexedDb: null };
      return memory;
    }
  };
  const target = (): Promise<Target> => {
    if (memory !== null) return Promise.resolve(memory);
    const opening = connection.open();
    if (current?.opening !== opening) current = { opening, target: build(opening) };
    return current.target;
  };
  return {
    async exportLiveSession(exportedAt) {
      const live = liveSession;
      if (live === null) return null;
      return backupToVerifiedJson(
        await live.storage.exportLiveSession(live.sink, live.sessionId, exportedAt),
      );
    },
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
        recorder = storage?.createTraceRecorder(sessionId, setId, onProblem) ?? null;
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
