// A stored set analysed again from its trace: as prescribed (the golden replay: does it give
// what was stored live?) or re-scored with a therapist's override laid over the prescription's
// (another ROM target, another rule threshold). Nothing is written: the stored records stay.
import type { RepRecord } from '../core/analysis-types';
import { exerciseOverrideCombine, type ExerciseOverride } from '../core/exercises/override';
import type { ExerciseDefinition } from '../core/exercises/types';
import { prescriptionDefinition } from '../core/programs/builtin';
import type { ExerciseSetRecord } from '../core/session/types';
import { setRunCompare, type SetComparison } from '../core/set-run/compare';
import { protocolOfSet } from '../core/set-run/protocol';
import type { ReplayClient, ReplayClientError } from './replay-client';
import type { ReplayError, ReplayValue } from '../../workers/replay-api';
import type { Storage } from './storage';

export interface StoredSetReplay {
  readonly set: ExerciseSetRecord;
  /** The reps stored live, in order. */
  readonly storedReps: readonly RepRecord[];
  /** What the replay scored with. */
  readonly definition: ExerciseDefinition;
  readonly replay: ReplayValue;
}

export interface StoredSetError {
  readonly stage: 'Replay';
  readonly code: 'no-set' | 'bad-override';
  readonly message: string;
}

export type StoredSetReplayOutcome =
  | { readonly ok: true; readonly value: StoredSetReplay }
  | { readonly ok: false; readonly error: StoredSetError | ReplayError | ReplayClientError };

export interface ReplayStoredSetOptions {
  /** A re-scoring: laid over the prescription's own override (exerciseOverrideCombine). */
  readonly override?: ExerciseOverride;
}

export async function replayStoredSet(
  storage: Pick<Storage, 'sessions' | 'traces'>,
  client: ReplayClient,
  sessionId: string,
  setId: string,
  options: ReplayStoredSetOptions = {},
): Promise<StoredSetReplayOutcome> {
  const detail = await storage.sessions.getSessionDetail(sessionId);
  const set = detail?.sets.find((s) => s.id === setId);
  if (detail === null || set === undefined) {
    return {
      ok: false,
      error: {
        stage: 'Replay',
        code: 'no-set',
        message: `no set ${setId} in session ${sessionId}`,
      },
    };
  }
  const { prescription } = set;
  const definition = prescriptionDefinition(
    options.override === undefined
      ? prescription
      : {
          ...prescription,
          override: exerciseOverrideCombine(prescription.override, options.override),
        },
  );
  if (!definition.ok) {
    const first = definition.error[0];
    return {
      ok: false,
      error: {
        stage: 'Replay',
        code: 'bad-override',
        message: `the changed definition is not valid (${first ? `${first.path}: ${first.code}` : 'unknown error'})`,
      },
    };
  }
  const chunks = await storage.traces.readSetChunks(sessionId, setId);
  const replayed = await client.replay({
    chunks,
    definition: definition.value,
    protocol: protocolOfSet(definition.value, prescription.reps),
    // As stored: the reps the person was shown. A re-scoring may count differently.
    ...(options.override === undefined ? { keepReps: set.repCount } : {}),
  });
  if (!replayed.ok) return replayed;
  const storedReps = detail.reps
    .filter((r) => r.setId === setId)
    .map((r) => r.rep)
    .sort((a, b) => a.index - b.index);
  return {
    ok: true,
    value: { set, storedReps, definition: definition.value, replay: replayed.value },
  };
}

/**
 * The golden replay of one stored set: replayed as prescribed, compared with the reps stored live
 * (same count, peak ROM within 1°, times within one of the trace's frames).
 */
export async function compareStoredSet(
  storage: Pick<Storage, 'sessions' | 'traces'>,
  client: ReplayClient,
  sessionId: string,
  setId: string,
): Promise<
  | { readonly ok: true; readonly value: SetComparison; readonly replay: StoredSetReplay }
  | Extract<StoredSetReplayOutcome, { ok: false }>
> {
  const replayed = await replayStoredSet(storage, client, sessionId, setId);
  if (!replayed.ok) return replayed;
  const { storedReps, replay } = replayed.value;
  const comparison = setRunCompare(
    { reps: storedReps },
    replay.result.summary,
    replay.frameMs ?? 0,
  );
  return { ok: true, value: comparison, replay: replayed.value };
}
