// The one place the coaching session gets its storage from. In memory until the IndexedDB
// implementation (src/platform/storage/) lands; switching storage means changing this function.
import type { SessionSink } from '../core/session/types';
import { createMemorySessionSink } from './memory-session-sink';

export function createSessionSink(): SessionSink {
  return createMemorySessionSink();
}
