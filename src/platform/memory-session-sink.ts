// The session sink kept in memory, for this page's life: what the coaching session writes until
// the IndexedDB implementation of the storage issue takes over (see session-sink.ts).
import type {
  ExerciseSetRecord,
  ReadinessRecord,
  SessionRecord,
  SessionSink,
  StoredCue,
  StoredPartial,
  StoredRep,
} from '../core/session/types';

export interface MemorySessionSink extends SessionSink {
  /** Everything written so far (copies), for inspection. */
  snapshot(): {
    sessions: SessionRecord[];
    sets: ExerciseSetRecord[];
    reps: StoredRep[];
    partials: StoredPartial[];
    cues: StoredCue[];
  };
}

export function createMemorySessionSink(): MemorySessionSink {
  const sessions = new Map<string, SessionRecord>();
  const sets = new Map<string, ExerciseSetRecord>();
  const reps: StoredRep[] = [];
  const partials: StoredPartial[] = [];
  const cues: StoredCue[] = [];
  let readiness: ReadinessRecord | null = null;

  const patchOf = <T extends { readonly id: string }>(
    map: Map<string, T>,
    id: string,
    patch: Partial<Omit<T, 'id'>>,
  ): void => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`memory session sink: no record "${id}"`);
    map.set(id, { ...found, ...patch, id });
  };

  return {
    async startSession(session) {
      sessions.set(session.id, session);
    },
    async updateSession(id, patch) {
      patchOf(sessions, id, patch);
    },
    async startSet(set) {
      sets.set(set.id, set);
    },
    async updateSet(id, patch) {
      patchOf(sets, id, patch);
    },
    async saveRep(rep) {
      reps.push(rep);
    },
    async savePartial(partial) {
      partials.push(partial);
    },
    async saveCue(cue) {
      cues.push(cue);
    },
    async saveReadiness(record) {
      readiness = record;
    },
    async getReadiness() {
      return readiness;
    },
    async recentSessions(limit) {
      return [...sessions.values()]
        .sort((a, b) => b.startedAt - a.startedAt)
        .slice(0, limit)
        .map((session) => ({
          session,
          sets: [...sets.values()]
            .filter((set) => set.sessionId === session.id)
            .sort((a, b) => a.startedAt - b.startedAt),
        }));
    },
    snapshot: () => ({
      sessions: [...sessions.values()],
      sets: [...sets.values()],
      reps: [...reps],
      partials: [...partials],
      cues: [...cues],
    }),
  };
}
