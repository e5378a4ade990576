// The one place the coaching session gets its storage from. In memory until the IndexedDB
// implementation (src/platform/storage/) lands; switching storage means changing this function.
import type { SessionSink } from '../core/session/types';
import { createMemorySessionSink } from './memory-session-sink';
import { createPersistentSessionSink } from './storage/persistent-session-sink';

export function createSessionSink(): SessionSink {
  // IndexedDB, opened on first use; in memory only where IndexedDB cannot be opened.
  return createPersistentSessionSink({ fallback: createMemorySessionSink });
}
