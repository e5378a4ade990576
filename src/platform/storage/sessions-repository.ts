// Sessions, sets, reps, partials, cues and readiness answers: the domain verbs of a coaching
// session and of its history. Every verb is one transaction, awaited to `tx.done`, with no await
// on anything but that transaction's own requests inside it.
import type {
  ExerciseSetRecord,
  ReadinessRecord,
  SessionRecord,
  StoredCue,
  StoredPartial,
  StoredRep,
} from '../../core/session/types';
import type { Db } from './database';

export type SessionPatch = Partial<Omit<SessionRecord, 'id'>>;
export type SetPatch = Partial<Omit<ExerciseSetRecord, 'id' | 'sessionId'>>;

/** One line of the history list. */
export interface SessionSummary {
  readonly session: SessionRecord;
  readonly setCount: number;
  readonly repCount: number;
  /** Exercise ids in the order their first set started. */
  readonly exerciseIds: readonly string[];
  /** Mean rep score over the session's sets (weighted by their rep counts); null without reps. */
  readonly meanScore: number | null;
  readonly durationMs: number | null;
}

export interface TraceChunkInfo {
  readonly id: string;
  readonly setId: string;
  readonly chunkIndex: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly frameCount: number;
  readonly bytes: number;
}

export interface SessionDetail {
  readonly session: SessionRecord;
  readonly sets: readonly ExerciseSetRecord[];
  readonly reps: readonly StoredRep[];
  readonly partials: readonly StoredPartial[];
  readonly cues: readonly StoredCue[];
  readonly traceChunks: readonly TraceChunkInfo[];
}

const bySetOrder = (a: ExerciseSetRecord, b: ExerciseSetRecord): number =>
  a.startedAt - b.startedAt || a.setNumber - b.setNumber;

export function summarise(
  session: SessionRecord,
  sets: readonly ExerciseSetRecord[],
): SessionSummary {
  const ordered = [...sets].sort(bySetOrder);
  let scored = 0;
  let scoreSum = 0;
  for (const set of ordered) {
    const mean = set.summary?.meanScore ?? null;
    if (mean !== null && set.repCount > 0) {
      scored += set.repCount;
      scoreSum += mean * set.repCount;
    }
  }
  return {
    session,
    setCount: ordered.length,
    repCount: ordered.reduce((n, s) => n + s.repCount, 0),
    exerciseIds: [...new Set(ordered.map((s) => s.exerciseId))],
    meanScore: scored === 0 ? null : scoreSum / scored,
    durationMs: session.endedAt === null ? null : session.endedAt - session.startedAt,
  };
}

// A put is `void`ed: its failure aborts the transaction, and `await tx.done` rejects with it.
export function createSessionRepository(db: Db) {
  return {
    async saveSession(session: SessionRecord): Promise<void> {
      const tx = db.transaction('sessions', 'readwrite');
      void tx.store.put(session);
      await tx.done;
    },

    /** Applies `patch` to a stored session; false when there is no such session. */
    async updateSession(id: string, patch: SessionPatch): Promise<boolean> {
      const tx = db.transaction('sessions', 'readwrite');
      const current = await tx.store.get(id);
      if (current !== undefined) void tx.store.put({ ...current, ...patch, id });
      await tx.done;
      return current !== undefined;
    },

    async saveSet(set: ExerciseSetRecord): Promise<void> {
      const tx = db.transaction('sets', 'readwrite');
      void tx.store.put(set);
      await tx.done;
    },

    async updateSet(id: string, patch: SetPatch): Promise<boolean> {
      const tx = db.transaction('sets', 'readwrite');
      const current = await tx.store.get(id);
      if (current !== undefined) {
        void tx.store.put({ ...current, ...patch, id, sessionId: current.sessionId });
      }
      await tx.done;
      return current !== undefined;
    },

    async saveRep(rep: StoredRep): Promise<void> {
      const tx = db.transaction('reps', 'readwrite');
      void tx.store.put(rep);
      await tx.done;
    },

    async savePartial(partial: StoredPartial): Promise<void> {
      const tx = db.transaction('partials', 'readwrite');
      void tx.store.put(partial);
      await tx.done;
    },

    async saveCue(cue: StoredCue): Promise<void> {
      const tx = db.transaction('cues', 'readwrite');
      void tx.store.put(cue);
      await tx.done;
    },

    async saveReadiness(readiness: ReadinessRecord): Promise<void> {
      const tx = db.transaction('readiness', 'readwrite');
      void tx.store.put(readiness);
      await tx.done;
    },

    /** The most recently answered readiness check. */
    async latestReadiness(): Promise<ReadinessRecord | null> {
      const tx = db.transaction('readiness');
      const cursor = await tx.store.openCursor(null, 'prev');
      const value = cursor?.value ?? null;
      await tx.done;
      return value;
    },

    async getSession(id: string): Promise<SessionRecord | null> {
      return (await db.get('sessions', id)) ?? null;
    },

    /** Sessions newest first (by start time), with a summary of each; `limit` caps the count. */
    async listSessions(limit = Number.POSITIVE_INFINITY): Promise<SessionSummary[]> {
      const tx = db.transaction(['sessions', 'sets']);
      const sessions: SessionRecord[] = [];
      let cursor = await tx.objectStore('sessions').index('by-startedAt').openCursor(null, 'prev');
      while (cursor !== null && sessions.length < limit) {
        sessions.push(cursor.value);
        cursor = await cursor.continue();
      }
      const setIndex = tx.objectStore('sets').index('by-session');
      const sets = await Promise.all(sessions.map((s) => setIndex.getAll(s.id)));
      await tx.done;
      return sessions.map((s, i) => summarise(s, sets[i] ?? []));
    },

    /** The most recent sessions, newest first, with their sets (what the SessionSink offers). */
    async recentSessions(
      limit: number,
    ): Promise<{ session: SessionRecord; sets: ExerciseSetRecord[] }[]> {
      const tx = db.transaction(['sessions', 'sets']);
      const sessions: SessionRecord[] = [];
      let cursor = await tx.objectStore('sessions').index('by-startedAt').openCursor(null, 'prev');
      while (cursor !== null && sessions.length < limit) {
        sessions.push(cursor.value);
        cursor = await cursor.continue();
      }
      const setIndex = tx.objectStore('sets').index('by-session');
      const sets = await Promise.all(sessions.map((s) => setIndex.getAll(s.id)));
      await tx.done;
      return sessions.map((session, i) => ({ session, sets: (sets[i] ?? []).sort(bySetOrder) }));
    },

    /** Everything of one session, for its detail view and for therapist review. */
    async getSessionDetail(id: string): Promise<SessionDetail | null> {
      const tx = db.transaction(['sessions', 'sets', 'reps', 'partials', 'cues', 'traces']);
      const [session, sets, reps, partials, cues, traces] = await Promise.all([
        tx.objectStore('sessions').get(id),
        tx.objectStore('sets').index('by-session').getAll(id),
        tx.objectStore('reps').index('by-session').getAll(id),
        tx.objectStore('partials').index('by-session').getAll(id),
        tx.objectStore('cues').index('by-session').getAll(id),
        tx.objectStore('traces').index('by-session').getAll(id),
      ]);
      await tx.done;
      if (session === undefined) return null;
      return {
        session,
        sets: sets.sort(bySetOrder),
        reps: reps.sort((a, b) => a.recordedAt - b.recordedAt || a.rep.index - b.rep.index),
        partials: partials.sort((a, b) => a.recordedAt - b.recordedAt),
        cues: cues.sort((a, b) => a.cue.timestampMs - b.cue.timestampMs),
        traceChunks: traces
          .map((t) => ({
            id: t.id,
            setId: t.setId,
            chunkIndex: t.chunkIndex,
            startMs: t.startMs,
            endMs: t.endMs,
            frameCount: t.frameCount,
            bytes: t.data.byteLength,
          }))
          .sort((a, b) => a.setId.localeCompare(b.setId) || a.chunkIndex - b.chunkIndex),
      };
    },

    /** Reps of one exercise over time (progress charts), oldest first. */
    async repsOfExercise(exerciseId: string, fromAt = 0, toAt = Number.MAX_SAFE_INTEGER) {
      return db.getAllFromIndex(
        'reps',
        'by-exercise',
        IDBKeyRange.bound([exerciseId, fromAt], [exerciseId, toAt]),
      );
    },

    async sessionsInProgress(): Promise<SessionRecord[]> {
      return db.getAllFromIndex('sessions', 'by-status', 'in_progress');
    },

    /**
     * Marks a session whose owner is gone as interrupted, with its unfinished sets, in one
     * transaction. It ends at its last saved rep (or its start). No-op unless still in progress.
     */
    async markInterrupted(id: string): Promise<boolean> {
      const tx = db.transaction(['sessions', 'sets', 'reps'], 'readwrite');
      const session = await tx.objectStore('sessions').get(id);
      if (session === undefined || session.status !== 'in_progress') {
        await tx.done;
        return false;
      }
      const [sets, reps] = await Promise.all([
        tx.objectStore('sets').index('by-session').getAll(id),
        tx.objectStore('reps').index('by-session').getAll(id),
      ]);
      const lastAt = (setId: string | null): number | null => {
        const times = reps
          .filter((r) => setId === null || r.setId === setId)
          .map((r) => r.recordedAt);
        return times.length === 0 ? null : Math.max(...times);
      };
      for (const set of sets) {
        if (set.status !== 'in_progress') continue;
        const repCount = reps.filter((r) => r.setId === set.id).length;
        void tx.objectStore('sets').put({
          ...set,
          status: 'interrupted',
          endedAt: lastAt(set.id) ?? set.startedAt,
          repCount: Math.max(set.repCount, repCount),
        });
      }
      void tx.objectStore('sessions').put({
        ...session,
        status: 'interrupted',
        endedAt: lastAt(null) ?? session.startedAt,
      });
      await tx.done;
      return true;
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
