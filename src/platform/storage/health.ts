// Storage health: persistence, space used, and deleting everything for real.
import { deleteDB } from 'idb';
import { storageError, type StorageOutcome } from './errors';
import { DB_NAME } from './schema';

export interface StorageHealth {
  /** True when the browser promised not to evict FormCoach's data under storage pressure. */
  readonly persisted: boolean;
  /** Bytes used by this origin and the quota the browser grants it (null when unknown). */
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

const manager = (): StorageManager | undefined =>
  typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;

/** Asks for persistent storage (the browser may grant it silently, ask, or refuse). */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = manager();
  if (storage === undefined || typeof storage.persist !== 'function') return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}

export async function storageHealth(): Promise<StorageHealth> {
  const storage = manager();
  if (storage === undefined) return { persisted: false, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return {
    persisted,
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
  };
}

export const DELETE_BLOCKED_MESSAGE =
  'FormCoach is still open in another tab, so its data cannot be deleted yet. Close the other ' +
  'tabs; the deletion finishes by itself.';

/**
 * Deletes the whole database, then checks that it is gone (indexedDB.databases()). Close this
 * tab's connection first (storage.close()); other tabs close theirs on `versionchange`.
 */
export async function deleteAllData(
  name: string = DB_NAME,
  onBlocked: (message: string) => void = () => undefined,
): Promise<StorageOutcome<void>> {
  try {
    await deleteDB(name, { blocked: () => onBlocked(DELETE_BLOCKED_MESSAGE) });
    const left = await indexedDB.databases();
    if (left.some((d) => d.name === name)) {
      return {
        ok: false,
        error: storageError(
          'delete_failed',
          'Your data could not be deleted: the database is still there.',
        ),
      };
    }
    return { ok: true, value: undefined };
  } catch (e) {
    const name = e instanceof Error || e instanceof DOMException ? e.name : 'Error';
    return {
      ok: false,
      error: storageError('delete_failed', `Your data could not be deleted (${name}). Try again.`),
    };
  }
}
