// The clinic's review data: every session stored on this device with its sets (the list), and one
// stored set with its reps, partials and session (the set review). Read through the app's one
// storage connection; screens render the stores.
import { sessionFacts, type SessionFacts } from '../../core/progress';
import type {
  ExerciseSetRecord,
  Program,
  SessionRecord,
  StoredPartial,
  StoredRep,
} from '../../core/session/types';
import type { StorageConnection } from '../../platform/storage/connection';
import { failureText } from '../data/failure-text';
import { programOf } from '../history/controller';
import { localDayOf } from '../history/format';
import { createStore } from '../store';

export interface ClinicSessionRow {
  readonly facts: SessionFacts;
  readonly sets: readonly ExerciseSetRecord[];
}

export interface ClinicListState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly error: string | null;
  /** Newest first. */
  readonly rows: readonly ClinicSessionRow[];
  readonly programs: ReadonlyMap<string, Program>;
}

export function createClinicListController(connection: StorageConnection) {
  const store = createStore<ClinicListState>({
    phase: 'loading',
    error: null,
    rows: [],
    programs: new Map(),
  });
  return {
    store,
    async init(): Promise<void> {
      try {
        const storage = await connection.open();
        const [recent, programs] = await Promise.all([
          storage.sessions.recentSessions(Number.POSITIVE_INFINITY),
          storage.programs.listPrograms(),
        ]);
        store.set({
          phase: 'ready',
          rows: recent.map(({ session, sets }) => ({
            facts: sessionFacts(session, sets, localDayOf(session.startedAt)),
            sets,
          })),
          programs: new Map(programs.map((p) => [p.id, p])),
        });
      } catch (e) {
        store.set({ phase: 'failed', error: failureText(e) });
      }
    },
  };
}

export interface StoredSet {
  readonly session: SessionRecord;
  readonly set: ExerciseSetRecord;
  readonly reps: readonly StoredRep[];
  readonly partials: readonly StoredPartial[];
  readonly program: Program | null;
}

export interface SetReviewState {
  readonly phase: 'loading' | 'ready' | 'missing' | 'failed';
  readonly error: string | null;
  readonly stored: StoredSet | null;
}

export function createSetReviewController(
  connection: StorageConnection,
  sessionId: string,
  setId: string,
) {
  const store = createStore<SetReviewState>({ phase: 'loading', error: null, stored: null });
  return {
    store,
    async init(): Promise<void> {
      try {
        const storage = await connection.open();
        const detail = await storage.sessions.getSessionDetail(sessionId);
        const set = detail?.sets.find((s) => s.id === setId);
        if (detail === null || set === undefined) {
          store.set({ phase: 'missing' });
          return;
        }
        const programId = detail.session.programId;
        const saved = programId === null ? null : await storage.programs.getProgram(programId);
        const programs = new Map(saved === null ? [] : [[saved.id, saved]]);
        store.set({
          phase: 'ready',
          stored: {
            session: detail.session,
            set,
            reps: detail.reps
              .filter((r) => r.setId === setId)
              .sort((a, b) => a.rep.index - b.rep.index),
            partials: detail.partials
              .filter((p) => p.setId === setId)
              .sort((a, b) => a.partial.endTimestampMs - b.partial.endTimestampMs),
            program: programOf(programs, programId),
          },
        });
      } catch (e) {
        store.set({ phase: 'failed', error: failureText(e) });
      }
    },
  };
}

export type ClinicListController = ReturnType<typeof createClinicListController>;
export type SetReviewController = ReturnType<typeof createSetReviewController>;
