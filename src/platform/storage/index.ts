// FormCoach's storage: open it once, use its repositories' verbs. Nothing here exposes idb types.
import type { SessionSink } from '../../core/session/types';
import {
  backupToVerifiedJson,
  backupWithUnsaved,
  exportAll,
  exportSession,
  importBackup,
  type BackupText,
  type ImportSummary,
} from './backup';
import type { BackupFile } from './backup-schema';
import { openDatabase, type OpenOptions } from './database';
import type { StorageError, StorageOutcome } from './errors';
import {
  IndexedDbSessionSink,
  recoverInterruptedSessions,
  type SinkOptions,
} from './indexeddb-session-sink';
import {
  createJournalRepository,
  createProfileRepository,
  createProgramRepository,
} from './records-repository';
import { createSessionRepository } from './sessions-repository';
import { createTestResultsRepository } from './test-results-repository';
import { createTraceRecorder, createTraceRepository } from './traces-repository';

export type { BackupFile } from './backup-schema';
export type { StorageError, StorageOutcome } from './errors';
export type { SessionDetail, SessionSummary, TraceChunkInfo } from './sessions-repository';
export type { BackupText, ImportSummary } from './backup';
export type { StorageHealth } from './health';
export { deleteAllData, requestPersistentStorage, storageHealth } from './health';
export { backupToJson, parseBackup } from './backup';
export { repsToCsv } from './reps-csv';
export { IndexedDbSessionSink } from './indexeddb-session-sink';
export { DB_NAME, DB_VERSION } from './schema';
import { DB_NAME } from './schema';

export interface StorageOpenOptions {
  readonly name?: string;
  /** Told when another tab blocks an upgrade or takes over the database (see database.ts). */
  readonly onProblem?: (error: StorageError) => void;
}

export async function openStorage(options: StorageOpenOptions = {}) {
  const openOptions: OpenOptions = {
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.onProblem === undefined ? {} : { onProblem: options.onProblem }),
  };
  const db = await openDatabase(openOptions);
  const lockScope = options.name ?? DB_NAME;
  const sessions = createSessionRepository(db);
  const traces = createTraceRepository(db);
  return {
    sessions,
    traces,
    journal: createJournalRepository(db),
    programs: createProgramRepository(db),
    profile: createProfileRepository(db),
    testResults: createTestResultsRepository(db),
    /** Marks sessions whose owner tab is gone as interrupted; returns their ids. */
    recoverInterruptedSessions: (locks?: LockManager) =>
      recoverInterruptedSessions(sessions, locks, lockScope),
    createSessionSink: (sinkOptions?: SinkOptions): SessionSink & IndexedDbSessionSink =>
      new IndexedDbSessionSink(sessions, { lockScope, ...sinkOptions }),
    createTraceRecorder: (
      sessionId: string,
      setId: string,
      onError?: (error: StorageError) => void,
    ) => createTraceRecorder(traces, sessionId, setId, onError),
    exportAll: (exportedAt: number): Promise<BackupFile> => exportAll(db, exportedAt),
    exportSession: (sessionId: string, exportedAt: number): Promise<BackupFile | null> =>
      exportSession(db, sessionId, exportedAt),
    /** The full backup's text, read back as an import would before it is offered. */
    exportAllJson: async (exportedAt: number): Promise<BackupText> =>
      backupToVerifiedJson(await exportAll(db, exportedAt)),
    /** One session's backup text, read back likewise; null if the session is unknown. */
    exportSessionJson: async (
      sessionId: string,
      exportedAt: number,
    ): Promise<BackupText | null> => {
      const file = await exportSession(db, sessionId, exportedAt);
      return file === null ? null : backupToVerifiedJson(file);
    },
    /** The live session as a backup, with what the sink could not write (disk full). */
    exportLiveSession: async (
      sink: IndexedDbSessionSink,
      sessionId: string,
      exportedAt: number,
    ): Promise<BackupFile> => {
      const stored = await exportSession(db, sessionId, exportedAt).catch(() => null);
      return backupWithUnsaved(stored, sink.unsaved(), exportedAt);
    },
    importBackup: (text: string): Promise<StorageOutcome<ImportSummary>> => importBackup(db, text),
    close: (): void => db.close(),
  };
}

export type Storage = Awaited<ReturnType<typeof openStorage>>;
