// The page's one channel for storage problems (disk full, another tab, no IndexedDB), for the
// app's banner: the latest problem stays until the page reloads. "Export now" saves the live
// session with what could not be written, when the live session's sink kept it in memory.
import type { BackupText, StorageError } from '../../platform/storage';
import { fileDate } from '../history/format';
import { createStore } from '../store';
import { backupFileName, downloadText } from './download';
import { failureText } from './failure-text';

export interface StorageProblemState {
  readonly problem: StorageError | null;
  readonly exportPhase: 'idle' | 'exporting' | 'done' | 'nothing' | 'failed';
  readonly exportMessage: string | null;
  /** Why the file exported could not be read back; null when it was (or nothing was exported). */
  readonly exportProblem: string | null;
}

/** Codes after which the live session is kept in memory, so exporting it saves it. */
export const EXPORTABLE_CODES: ReadonlySet<StorageError['code']> = new Set([
  'quota_exceeded',
  'write_failed',
]);

export interface StorageProblemsOptions {
  /** The live session as a backup's text (null when none started on this page). */
  readonly exportLiveSession: (exportedAt: number) => Promise<BackupText | null>;
  readonly now?: () => number;
}

export function createStorageProblems({
  exportLiveSession,
  now = Date.now,
}: StorageProblemsOptions) {
  const store = createStore<StorageProblemState>({
    problem: null,
    exportPhase: 'idle',
    exportMessage: null,
    exportProblem: null,
  });
  let deleting = 0;
  return {
    store,
    report(error: StorageError): void {
      // Deleting all data closes this page's other connections on purpose.
      if (deleting > 0 && (error.code === 'stale_tab' || error.code === 'unavailable')) return;
      // A disk-full problem stays on screen even if a lesser one follows.
      const current = store.get().problem;
      if (
        current !== null &&
        EXPORTABLE_CODES.has(current.code) &&
        !EXPORTABLE_CODES.has(error.code)
      )
        return;
      store.set({ problem: error });
    },
    async whileDeleting<T>(job: () => Promise<T>): Promise<T> {
      deleting += 1;
      try {
        return await job();
      } finally {
        deleting -= 1;
      }
    },
    exportNow(): void {
      void (async () => {
        store.set({ exportPhase: 'exporting', exportMessage: null, exportProblem: null });
        const exportedAt = now();
        const backup = await exportLiveSession(exportedAt);
        if (backup === null) {
          store.set({ exportPhase: 'nothing' });
          return;
        }
        const problem = backup.verified ? null : backup.problem;
        const name = backupFileName(`formcoach-session-${fileDate(exportedAt)}`, problem);
        downloadText(name, backup.text, 'application/json');
        store.set({ exportPhase: 'done', exportMessage: name, exportProblem: problem });
      })().catch((e: unknown) =>
        store.set({ exportPhase: 'failed', exportMessage: failureText(e) }),
      );
    },
  };
}

export type StorageProblems = ReturnType<typeof createStorageProblems>;
