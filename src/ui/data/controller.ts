// "Your data": space used and persistence, full backup and reps CSV downloads, importing a
// backup (the validator's message as it is: it says what is wrong and where), and deleting
// everything for real, after which the app starts again from its first run.
// A backup is read back as an import would read it before it is offered; one that could not be
// is still offered (raw data beats none), named and shown as unverified. Deleting asks once more
// when this page has downloaded no backup, or its last backup was unverified.
import type { Result } from '../../core/result';
import type { ImportSummary, StorageHealth } from '../../platform/storage';
import {
  deleteAllData,
  repsToCsv,
  requestPersistentStorage,
  storageHealth,
} from '../../platform/storage';
import { createStore } from '../store';
import { fileDate } from '../history/format';
import { backupFileName, downloadText, type DownloadedFile } from './download';
import type { StorageConnection } from '../../platform/storage/connection';
import { failureText } from './failure-text';
import type { StorageProblems } from './storage-problems';

export interface DataState {
  readonly health: StorageHealth | null;
  readonly persistRefused: boolean;
  readonly busy: 'none' | 'export' | 'import' | 'delete';
  /** The last file downloaded from this screen, for the status line. */
  readonly downloaded: DownloadedFile | null;
  /** The last full backup downloaded on this page (what deleting checks). */
  readonly lastBackup: LastBackup | null;
  /** The last import: what it added, or the message saying why nothing was imported. */
  readonly importResult: Result<ImportSummary, string> | null;
  /** 'backup-warning': the step before 'confirm' when no verified backup was downloaded here. */
  readonly deleteStep: 'idle' | 'backup-warning' | 'confirm' | 'deleting';
  /** Deletion waiting on another tab, or failed. */
  readonly deleteMessage: string | null;
  readonly error: string | null;
}

/** localStorage keys of FormCoach (display preferences, this tab's owner id). */
const LOCAL_PREFIX = 'formcoach.';

type LastBackup = Extract<DownloadedFile, { kind: 'backup' }>;
/**
 * The page's memory of its last full backup, kept while the screen is left and come back to; a
 * reload forgets it, and then deleting warns as if none had been downloaded (the file may be
 * anywhere, or nowhere, by then).
 */
let pageLastBackup: LastBackup | null = null;

export interface DataControllerOptions {
  readonly connection: StorageConnection;
  /** Told that this page deletes the database on purpose (its connection closing is no problem). */
  readonly problems: Pick<StorageProblems, 'whileDeleting'>;
}

export function createDataController({ connection, problems }: DataControllerOptions) {
  const store = createStore<DataState>({
    health: null,
    persistRefused: false,
    busy: 'none',
    downloaded: null,
    lastBackup: pageLastBackup,
    importResult: null,
    deleteStep: 'idle',
    deleteMessage: null,
    error: null,
  });
  const fail = (e: unknown): void => store.set({ busy: 'none', error: failureText(e) });
  const refresh = async (): Promise<void> => store.set({ health: await storageHealth() });

  async function download(kind: 'backup' | 'csv'): Promise<void> {
    store.set({ busy: 'export', error: null });
    const storage = await connection.open();
    const now = Date.now();
    if (kind === 'backup') {
      const backup = await storage.exportAllJson(now);
      const problem = backup.verified ? null : backup.problem;
      const name = backupFileName(`formcoach-backup-${fileDate(now)}`, problem);
      downloadText(name, backup.text, 'application/json');
      pageLastBackup = { kind: 'backup', name, problem };
      store.set({ busy: 'none', downloaded: pageLastBackup, lastBackup: pageLastBackup });
      return;
    }
    const { data } = await storage.exportAll(now);
    const name = `formcoach-reps-${fileDate(now)}.csv`;
    downloadText(name, repsToCsv(data.reps, data.sets, data.sessions), 'text/csv');
    store.set({ busy: 'none', downloaded: { kind: 'csv', name } });
  }

  return {
    store,
    init(): void {
      refresh().catch(fail);
    },
    requestPersistence(): void {
      void (async () => {
        const granted = await requestPersistentStorage();
        store.set({ persistRefused: !granted });
        await refresh();
      })().catch(fail);
    },
    exportBackup(): void {
      download('backup').catch(fail);
    },
    exportCsv(): void {
      download('csv').catch(fail);
    },
    importFile(file: File): void {
      void (async () => {
        store.set({ busy: 'import', importResult: null, error: null });
        const storage = await connection.open();
        const outcome = await storage.importBackup(await file.text());
        store.set({
          busy: 'none',
          importResult: outcome.ok ? outcome : { ok: false, error: outcome.error.message },
        });
        await refresh();
      })().catch(fail);
    },
    askDelete(): void {
      const backup = store.get().lastBackup;
      const isBackedUp = backup !== null && backup.problem === null;
      store.set({ deleteStep: isBackedUp ? 'confirm' : 'backup-warning', deleteMessage: null });
    },
    /** From the backup warning: no deletion; the patient asks again once the file is saved. */
    backupBeforeDelete(): void {
      store.set({ deleteStep: 'idle', deleteMessage: null });
      download('backup').catch(fail);
    },
    deleteWithoutBackup(): void {
      store.set({ deleteStep: 'confirm', deleteMessage: null });
    },
    cancelDelete(): void {
      store.set({ deleteStep: 'idle', deleteMessage: null });
    },
    confirmDelete(): void {
      void (async () => {
        store.set({ deleteStep: 'deleting', busy: 'delete', deleteMessage: null });
        // The page's one connection (the screens' and the live session's) closes first; the next
        // use opens it again, should the deletion fail.
        await connection.close();
        const outcome = await problems.whileDeleting(() =>
          deleteAllData(undefined, (message) => store.set({ deleteMessage: message })),
        );
        if (!outcome.ok) {
          store.set({ deleteStep: 'confirm', busy: 'none', deleteMessage: outcome.error.message });
          return;
        }
        for (const key of Object.keys(localStorage)) {
          if (key.startsWith(LOCAL_PREFIX)) localStorage.removeItem(key);
        }
        // Back to the first run, with nothing of the old data left in memory.
        location.hash = '#/';
        location.reload();
      })().catch((e: unknown) => {
        store.set({ deleteStep: 'confirm' });
        fail(e);
      });
    },
  };
}

export type DataController = ReturnType<typeof createDataController>;
