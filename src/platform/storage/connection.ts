// The page's one connection to IndexedDB: opened lazily on first use and shared by every reader
// and the live session's sink; closed (and forgotten, so the next use opens it again) before
// "delete all my data". Its owner is the app's services object, not a module.
import { openStorage, type Storage, type StorageOpenOptions } from './index';
import { lazyConnectionCreate, type LazyConnection } from './lazy-connection';

export type StorageConnection = LazyConnection<Storage>;

export const createStorageConnection = (options: StorageOpenOptions = {}): StorageConnection =>
  lazyConnectionCreate(() => openStorage(options));
