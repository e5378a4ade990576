// Opening the database, and what happens when two tabs disagree about its version.
//   blocked:  this tab wants a newer version while another tab still has the old one open; the
//             open waits (the other tab closes itself, see `blocking`) and the user is told.
//   blocking: another tab (a newer app) wants to upgrade: this tab closes its connection at once
//             and tells the user to reload; its writes then fail as 'stale_tab'.
//   terminated: the browser closed the connection (storage cleared, disk error).
import { openDB, type IDBPDatabase } from 'idb';
import { storageError, type StorageError } from './errors';
import { migrate, type LegacyKeyValue } from './migrations';
import { DB_NAME, DB_VERSION, type FormCoachDb } from './schema';

export type Db = IDBPDatabase<FormCoachDb>;

export interface OpenOptions {
  readonly name?: string;
  /** Told when the connection can no longer be used or an open waits on another tab. */
  readonly onProblem?: (error: StorageError) => void;
  /** For migration tests only: the version to open (default DB_VERSION). */
  readonly version?: number;
  /** Where v3's migration finds the patient facts of older versions (default: localStorage). */
  readonly legacy?: LegacyKeyValue | null;
}

const pageLocalStorage = (): LegacyKeyValue | null =>
  typeof localStorage === 'undefined' ? null : localStorage;

export const BLOCKED_MESSAGE =
  'FormCoach is open in another tab with an older version. Close that tab (or reload it) to continue.';
export const STALE_MESSAGE =
  'FormCoach was updated in another tab. Reload this page to continue; nothing saved is lost.';
/**
 * What an open database says of another tab's upgrade (blocked, blocking) and of the browser
 * closing it (terminated): a storage problem each, reported once through `onProblem`.
 */
export const openLifecycle = (onProblem: (error: StorageError) => void, close: () => void) => ({
  blocked(): void {
    onProblem(storageError('blocked', BLOCKED_MESSAGE));
  },
  blocking(): void {
    close();
    onProblem(storageError('stale_tab', STALE_MESSAGE));
  },
  terminated(): void {
    onProblem(storageError('unavailable', TERMINATED_MESSAGE));
  },
});

export const TERMINATED_MESSAGE =
  'The browser closed FormCoach’s storage (storage was cleared or failed). Reload the page.';

export async function openDatabase(options: OpenOptions = {}): Promise<Db> {
  const onProblem = options.onProblem ?? (() => undefined);
  const version = options.version ?? DB_VERSION;
  const db: Db = await openDB<FormCoachDb>(options.name ?? DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      migrate(database, oldVersion, newVersion ?? version, tx, {
        legacy: options.legacy === undefined ? pageLocalStorage() : options.legacy,
        nowMs: Date.now(),
      });
    },
    ...openLifecycle(onProblem, () => db.close()),
  });
  return db;
}
