// Stores one set the way the live coaching session does (src/ui/session/controller.ts): a set run
// of the prescription's definition and protocol; every frame it analyses goes to the set's trace
// recorder, each rep and partial to the sink as it happens; at the end the trace is flushed and
// the set updated with the run's summary, kept to the reps shown. Runs in the browser.
import type { PoseFrame } from '../../src/core/landmarks';
import { prescriptionDefinition } from '../../src/core/programs/builtin';
import type {
  ExerciseSetRecord,
  Prescription,
  SessionRecord,
  SessionSink,
  SetTraceRecorder,
} from '../../src/core/session/types';
import { protocolOfSet, setRunCreate, type SetRunResult } from '../../src/core/set-run';

export interface StoredLiveSet {
  readonly sessionId: string;
  readonly setId: string;
  readonly result: SetRunResult;
}

export async function storeLiveSet(
  sink: SessionSink & { startTrace(sessionId: string, setId: string): SetTraceRecorder },
  frames: readonly PoseFrame[],
  prescription: Prescription,
  ids: { readonly sessionId: string; readonly setId: string; readonly startedAt: number },
): Promise<StoredLiveSet> {
  const { sessionId, setId, startedAt } = ids;
  const definition = prescriptionDefinition(prescription);
  if (!definition.ok) throw new Error(`bad prescription: ${JSON.stringify(definition.error)}`);
  const session: SessionRecord = {
    id: sessionId,
    programId: null,
    startedAt,
    endedAt: null,
    status: 'in_progress',
    painBefore: 1,
    painAfter: null,
    exertion: null,
    ownerId: 'golden-replay',
    notes: '',
  };
  const set: ExerciseSetRecord = {
    id: setId,
    sessionId,
    exerciseId: prescription.exerciseId,
    setNumber: 1,
    prescription,
    startedAt,
    endedAt: null,
    status: 'in_progress',
    repCount: 0,
    holdSeconds: null,
    painBefore: 1,
    painAfter: null,
    exertion: null,
    summary: null,
  };
  await sink.startSession(session);
  await sink.startSet(set);
  const trace = sink.startTrace(sessionId, setId);
  const run = setRunCreate(definition.value, protocolOfSet(definition.value, prescription.reps));
  const writes: Promise<void>[] = [];
  let shown = 0;
  for (const frame of frames) {
    const update = run.push(frame);
    if (update === null) continue;
    trace.push(frame);
    shown = update.repCount;
    for (const rep of update.reps) {
      writes.push(
        sink.saveRep({
          id: `${setId}-rep-${rep.index}`,
          sessionId,
          setId,
          exerciseId: prescription.exerciseId,
          recordedAt: startedAt + rep.endTimestampMs,
          rep,
        }),
      );
    }
    update.partials.forEach((partial, i) =>
      writes.push(
        sink.savePartial({
          id: `${setId}-partial-${partial.endTimestampMs}-${i}`,
          sessionId,
          setId,
          recordedAt: startedAt + partial.endTimestampMs,
          partial,
        }),
      ),
    );
  }
  await trace.flush();
  await Promise.all(writes);
  const result = run.finish({ keepReps: shown });
  const { summary } = result;
  await sink.updateSet(setId, {
    endedAt: startedAt + 60_000,
    status: 'completed',
    repCount: summary.repCount,
    holdSeconds: summary.holdSeconds,
    summary,
  });
  await sink.updateSession(sessionId, { status: 'completed', endedAt: startedAt + 60_000 });
  return { sessionId, setId, result };
}
