// The one place the coaching session gets its storage from: IndexedDB (src/platform/storage/),
// or memory where IndexedDB cannot be opened. Switching storage means changing this function.
import type { SessionSink } from '../core/session/types';
import { createMemorySessionSink } from './memory-session-sink';
import { createPersistentSessionSink } from './storage/persistent-session-sink';

export function createSessionSink(): SessionSink {
  // IndexedDB, opened on first use; in memory only where IndexedDB cannot be opened.
  return createPersistentSessionSink({ fallback: createMemorySessionSink });
}
