// The SessionSink of a live coaching session on IndexedDB: each rep, partial, cue, set change and
// answer is committed as it happens (one small transaction each), so a reload or a crash loses
// at most the rep in progress. The sink owns the session's live lock (see live-lock.ts).
//
// When a write fails (QuotaExceededError above all) the sink does not throw at the coaching UI:
// it keeps that record and every later one in memory, reports one typed StorageError through
// `onError`, and `unsaved()` hands the kept records to an export (see backup.ts).
import type {
  ExerciseSetRecord,
  ReadinessRecord,
  SessionRecord,
  SessionSink,
  StoredCue,
  StoredPartial,
  StoredRep,
} from '../../core/session/types';
import { storageErrorFromException, type StorageError } from './errors';
import { acquireLiveLock, defaultLocks, isLiveLockFree, type LiveLock } from './live-lock';
import { DB_NAME } from './schema';
import type { SessionPatch, SessionRepository, SetPatch } from './sessions-repository';

export interface SinkOptions {
  /** The database's name: live locks are per database (default DB_NAME). */
  readonly lockScope?: string;
  /** The Web Locks manager (default: navigator.locks). */
  readonly locks?: LockManager | undefined;
  /** Told once, when the first write fails; later records stay in memory silently. */
  readonly onError?: (error: StorageError) => void;
}

/** Records the sink could not write, latest version of each by id. */
export interface UnsavedRecords {
  readonly sessions: SessionRecord[];
  readonly sets: ExerciseSetRecord[];
  readonly reps: StoredRep[];
  readonly partials: StoredPartial[];
  readonly cues: StoredCue[];
  readonly readiness: ReadinessRecord[];
}

type SinkWrites = Pick<
  SessionRepository,
  | 'saveSession'
  | 'updateSession'
  | 'saveSet'
  | 'updateSet'
  | 'saveRep'
  | 'savePartial'
  | 'saveCue'
  | 'saveReadiness'
  | 'latestReadiness'
  | 'recentSessions'
  | 'getSession'
>;

export class IndexedDbSessionSink implements SessionSink {
  readonly #repo: SinkWrites;
  readonly #locks: LockManager | undefined;
  readonly #lockScope: string;
  readonly #onError: (error: StorageError) => void;
  readonly #sessions = new Map<string, SessionRecord>();
  readonly #sets = new Map<string, ExerciseSetRecord>();
  readonly #liveLocks = new Map<string, LiveLock>();
  readonly #unsaved = {
    sessions: new Map<string, SessionRecord>(),
    sets: new Map<string, ExerciseSetRecord>(),
    reps: new Map<string, StoredRep>(),
    partials: new Map<string, StoredPartial>(),
    cues: new Map<string, StoredCue>(),
    readiness: new Map<number, ReadinessRecord>(),
  };
  #error: StorageError | null = null;

  constructor(repo: SinkWrites, options: SinkOptions = {}) {
    this.#repo = repo;
    this.#locks = 'locks' in options ? options.locks : defaultLocks();
    this.#lockScope = options.lockScope ?? DB_NAME;
    this.#onError = options.onError ?? (() => undefined);
  }

  /** The write failure that put the sink in memory, or null while everything is saved. */
  get error(): StorageError | null {
    return this.#error;
  }

  unsaved(): UnsavedRecords {
    const u = this.#unsaved;
    return {
      sessions: [...u.sessions.values()],
      sets: [...u.sets.values()],
      reps: [...u.reps.values()],
      partials: [...u.partials.values()],
      cues: [...u.cues.values()],
      readiness: [...u.readiness.values()],
    };
  }

  async #write(keep: () => void, write: () => Promise<unknown>): Promise<void> {
    if (this.#error !== null) {
      keep();
      return;
    }
    try {
      await write();
    } catch (e) {
      keep();
      this.#error = storageErrorFromException(e);
      this.#onError(this.#error);
    }
  }

  async startSession(session: SessionRecord): Promise<void> {
    // The lock first: an in_progress record is never visible without its owner's lock.
    this.#liveLocks.set(
      session.id,
      await acquireLiveLock(this.#locks, this.#lockScope, session.id),
    );
    this.#sessions.set(session.id, session);
    await this.#write(
      () => this.#unsaved.sessions.set(session.id, session),
      () => this.#repo.saveSession(session),
    );
  }

  async updateSession(id: string, patch: SessionPatch): Promise<void> {
    const known = this.#sessions.get(id) ?? (await this.#readSession(id));
    if (known === null) return;
    const next: SessionRecord = { ...known, ...patch, id };
    this.#sessions.set(id, next);
    await this.#write(
      () => this.#unsaved.sessions.set(id, next),
      () => this.#repo.saveSession(next),
    );
    if (next.status !== 'in_progress') {
      this.#liveLocks.get(id)?.release();
      this.#liveLocks.delete(id);
    }
  }

  async startSet(set: ExerciseSetRecord): Promise<void> {
    this.#sets.set(set.id, set);
    await this.#write(
      () => this.#unsaved.sets.set(set.id, set),
      () => this.#repo.saveSet(set),
    );
  }

  async updateSet(id: string, patch: SetPatch): Promise<void> {
    const known = this.#sets.get(id);
    if (known === undefined) {
      await this.#write(
        () => undefined,
        () => this.#repo.updateSet(id, patch),
      );
      return;
    }
    const next: ExerciseSetRecord = { ...known, ...patch, id, sessionId: known.sessionId };
    this.#sets.set(id, next);
    await this.#write(
      () => this.#unsaved.sets.set(id, next),
      () => this.#repo.saveSet(next),
    );
  }

  async saveRep(rep: StoredRep): Promise<void> {
    await this.#write(
      () => this.#unsaved.reps.set(rep.id, rep),
      () => this.#repo.saveRep(rep),
    );
  }

  async savePartial(partial: StoredPartial): Promise<void> {
    await this.#write(
      () => this.#unsaved.partials.set(partial.id, partial),
      () => this.#repo.savePartial(partial),
    );
  }

  async saveCue(cue: StoredCue): Promise<void> {
    await this.#write(
      () => this.#unsaved.cues.set(cue.id, cue),
      () => this.#repo.saveCue(cue),
    );
  }

  async saveReadiness(readiness: ReadinessRecord): Promise<void> {
    await this.#write(
      () => this.#unsaved.readiness.set(readiness.answeredAt, readiness),
      () => this.#repo.saveReadiness(readiness),
    );
  }

  async getReadiness(): Promise<ReadinessRecord | null> {
    const kept = [...this.#unsaved.readiness.values()].sort((a, b) => b.answeredAt - a.answeredAt);
    try {
      const stored = await this.#repo.latestReadiness();
      const newest = kept[0];
      if (newest !== undefined && (stored === null || newest.answeredAt > stored.answeredAt)) {
        return newest;
      }
      return stored;
    } catch {
      return kept[0] ?? null;
    }
  }

  async recentSessions(
    limit: number,
  ): Promise<{ session: SessionRecord; sets: ExerciseSetRecord[] }[]> {
    try {
      return await this.#repo.recentSessions(limit);
    } catch (e) {
      if (this.#error === null) {
        this.#error = storageErrorFromException(e);
        this.#onError(this.#error);
      }
      return [];
    }
  }

  async #readSession(id: string): Promise<SessionRecord | null> {
    try {
      return await this.#repo.getSession(id);
    } catch {
      return null;
    }
  }
}

/**
 * Marks every in_progress session whose owner tab is gone (its live lock is free) as
 * interrupted. Run once when the app starts; returns the ids it recovered.
 */
export async function recoverInterruptedSessions(
  repo: Pick<SessionRepository, 'sessionsInProgress' | 'markInterrupted'>,
  locks: LockManager | undefined = defaultLocks(),
  lockScope: string = DB_NAME,
): Promise<string[]> {
  const recovered: string[] = [];
  for (const session of await repo.sessionsInProgress()) {
    if (!(await isLiveLockFree(locks, lockScope, session.id))) continue;
    if (await repo.markInterrupted(session.id)) recovered.push(session.id);
  }
  return recovered;
}
