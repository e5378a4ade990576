// Re-scoring a stored set: its trace replayed through the set run (in the replay worker) with the
// therapist's changes laid over the prescription — another range-of-motion target, form rules
// switched off — giving new rep records beside the stored ones. Nothing is written: the stored
// set stays as it was recorded.
import type { PartialRecord, RepRecord } from '../../core/analysis-types';
import type { ExerciseOverride } from '../../core/exercises/override';
import type { ReplayClient } from '../../platform/replay-client';
import { replayStoredSet } from '../../platform/replay-stored-set';
import type { StorageConnection } from '../../platform/storage/connection';
import { failureText } from '../data/failure-text';
import { createStore } from '../store';

export interface RescoreChanges {
  /** null: the prescription's own target. */
  readonly romTargetDeg: number | null;
  /** Form rules switched off for the re-scoring, by id. */
  readonly rulesOff: readonly string[];
}

export interface Rescored {
  readonly changes: RescoreChanges;
  readonly reps: readonly RepRecord[];
  readonly partials: readonly PartialRecord[];
  /** The target the reps were scored against (null for an exercise without one). */
  readonly romTargetDeg: number | null;
}

export interface RescoreState {
  readonly phase: 'idle' | 'running' | 'done' | 'failed';
  readonly error: string | null;
  readonly result: Rescored | null;
}

export const rescoreOverride = (changes: RescoreChanges): ExerciseOverride => ({
  ...(changes.romTargetDeg === null ? {} : { romTargetDeg: changes.romTargetDeg }),
  ...(changes.rulesOff.length === 0
    ? {}
    : { formRules: Object.fromEntries(changes.rulesOff.map((id) => [id, { disabled: true }])) }),
});

export function createRescoreController(
  connection: StorageConnection,
  replay: ReplayClient,
  sessionId: string,
  setId: string,
) {
  const store = createStore<RescoreState>({ phase: 'idle', error: null, result: null });
  return {
    store,
    async rescore(changes: RescoreChanges): Promise<void> {
      store.set({ phase: 'running', error: null });
      try {
        const storage = await connection.open();
        const outcome = await replayStoredSet(storage, replay, sessionId, setId, {
          override: rescoreOverride(changes),
        });
        if (!outcome.ok) {
          store.set({ phase: 'failed', error: outcome.error.message, result: null });
          return;
        }
        const { summary } = outcome.value.replay.result;
        store.set({
          phase: 'done',
          result: {
            changes,
            reps: summary.reps,
            partials: summary.partials,
            romTargetDeg: outcome.value.definition.rom?.targetDeg ?? null,
          },
        });
      } catch (e) {
        store.set({ phase: 'failed', error: failureText(e), result: null });
      }
    },
  };
}

export type RescoreController = ReturnType<typeof createRescoreController>;
