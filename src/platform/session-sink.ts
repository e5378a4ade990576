// The one place the coaching session gets its storage from: IndexedDB through the page's storage
// connection (src/platform/storage/), or memory where IndexedDB cannot be opened. Switching
// storage means changing this function.
import { createMemorySessionSink } from './memory-session-sink';
import type { StorageConnection } from './storage/connection';
import type { StorageError } from './storage/errors';
import {
  createPersistentSessionSink,
  type PersistentSessionSink,
} from './storage/persistent-session-sink';

export function createSessionSink(
  connection: StorageConnection,
  onProblem: (error: StorageError) => void,
): PersistentSessionSink {
  return createPersistentSessionSink({ connection, onProblem, fallback: createMemorySessionSink });
}
