// History and progress: loads every session (with its sets), the programs and the journal once,
// shapes them with the pure progress core, and loads the reps of the exercise picked for the
// range-of-motion chart. Screens render its state and call its intents.
import { findExercise } from '../../core/exercises/library';
import { findProgram } from '../../core/programs/builtin';
import { sessionFacts, romSeries, type RomPoint, type SessionFacts } from '../../core/progress';
import type { JournalEntry, Program } from '../../core/session/types';
import { createStore } from '../store';
import type { StorageConnection } from '../../platform/storage/connection';
import { failureText } from '../data/failure-text';
import { exerciseName } from '../text';
import { localDayOf } from './format';

export interface ExerciseOption {
  readonly id: string;
  readonly name: string;
}

export interface HistoryState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly error: string | null;
  /** Newest first. */
  readonly sessions: readonly SessionFacts[];
  readonly programs: ReadonlyMap<string, Program>;
  readonly journal: readonly JournalEntry[];
  readonly romExercises: readonly ExerciseOption[];
  readonly romExerciseId: string | null;
  readonly rom: readonly RomPoint[];
}

/** A program by id: the one stored on this device, else a built-in one. */
export const programOf = (
  programs: ReadonlyMap<string, Program>,
  id: string | null,
): Program | null => (id === null ? null : (programs.get(id) ?? findProgram(id)));

export function createHistoryController(connection: StorageConnection) {
  const store = createStore<HistoryState>({
    phase: 'loading',
    error: null,
    sessions: [],
    programs: new Map(),
    journal: [],
    romExercises: [],
    romExerciseId: null,
    rom: [],
  });
  let isDisposed = false;
  const set = (patch: Partial<HistoryState>): void => {
    if (!isDisposed) store.set(patch);
  };

  async function loadRom(exerciseId: string | null): Promise<void> {
    set({ romExerciseId: exerciseId, rom: [] });
    if (exerciseId === null) return;
    const storage = await connection.open();
    const reps = await storage.sessions.repsOfExercise(exerciseId);
    if (store.get().romExerciseId !== exerciseId) return;
    const byId = new Map(store.get().sessions.map((f) => [f.id, f]));
    set({ rom: romSeries(reps, byId) });
  }

  return {
    store,
    async init(): Promise<void> {
      try {
        const storage = await connection.open();
        const [recent, programs, journal] = await Promise.all([
          storage.sessions.recentSessions(Number.POSITIVE_INFINITY),
          storage.programs.listPrograms(),
          storage.journal.listJournal(),
        ]);
        const sessions = recent.map(({ session, sets }) =>
          sessionFacts(session, sets, localDayOf(session.startedAt)),
        );
        // Exercises with a range-of-motion target, most recently done first.
        const romIds = [...new Set(sessions.flatMap((f) => f.exerciseIds))].filter(
          (id) => (findExercise(id)?.rom ?? null) !== null,
        );
        const romExercises = romIds.map((id) => ({ id, name: exerciseName(id) }));
        set({
          phase: 'ready',
          sessions,
          programs: new Map(programs.map((p) => [p.id, p])),
          journal,
          romExercises,
        });
        await loadRom(romExercises[0]?.id ?? null);
      } catch (e) {
        set({ phase: 'failed', error: failureText(e) });
      }
    },
    pickRomExercise(exerciseId: string): void {
      loadRom(exerciseId).catch((e: unknown) => set({ phase: 'failed', error: failureText(e) }));
    },
    dispose(): void {
      isDisposed = true;
    },
  };
}

export type HistoryController = ReturnType<typeof createHistoryController>;
