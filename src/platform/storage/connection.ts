// The page's one connection to IndexedDB: opened lazily on first use and shared by every reader
// and the live session's sink; closed (and forgotten, so the next use opens it again) before
// "delete all my data". Its owner is the app's services object, not a module.
import { openStorage, type Storage, type StorageOpenOptions } from './index';

export interface StorageConnection {
  /** The open storage; the same promise until `close`. A failed open is not memoised. */
  open(): Promise<Storage>;
  /** Closes the connection if it is open; the next `open` opens a new one. */
  close(): Promise<void>;
}

export function createStorageConnection(options: StorageOpenOptions = {}): StorageConnection {
  let opening: Promise<Storage> | null = null;
  return {
    open(): Promise<Storage> {
      if (opening === null) {
        const attempt = openStorage(options);
        opening = attempt;
        attempt.catch(() => {
          if (opening === attempt) opening = null;
        });
      }
      return opening;
    },
    async close(): Promise<void> {
      const current = opening;
      opening = null;
      if (current === null) return;
      const storage = await current.catch(() => null);
      storage?.close();
    },
  };
}
