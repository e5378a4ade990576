// The steps the coach flow's events share: loading an exercise, asking for a set, ending it and
// what follows (rest or the exercise's questions), summarising the exercise, finishing the session.
// Each takes the state and the effects so far and returns the next state.
import type { AnalysisSummary } from '../../../core/analysis-types';
import { exerciseSummarize } from '../../../core/coaching/exercise-summary';
import { setupReadinessCreate } from '../../../core/coaching/setup-guidance';
import { prescriptionDefinition } from '../../../core/programs/builtin';
import type { ExerciseSetRecord, SessionStatus } from '../../../core/session/types';
import { OPEN_PROTOCOL, protocolOfSet } from '../../../core/set-run/protocol';
import type { FlowEffect } from './events';
import type { FlowWords } from './live-frame';
import { emptyLive, type FlowState, type SetEndNext } from './state';

type Effects = FlowEffect[];

/**
 * The setup check of the plan's exercise `index`. `painNow`: the pain answered after the previous
 * exercise a moment ago, carried over rather than asked again.
 */
export function exerciseLoad(
  state: FlowState,
  index: number,
  painNow: number | null,
  effects: Effects,
): FlowState {
  const item = state.plan[index];
  if (item === undefined) return state;
  const merged = prescriptionDefinition(item);
  if (!merged.ok) throw new Error(`program item ${item.exerciseId} is invalid`);
  const definition = merged.value;
  effects.push({ type: 'highlight', definition });
  // Straight on from the previous exercise: the camera is still on, its frames paused.
  if (state.camera === 'running') {
    effects.push({ type: 'start-analysis', definition, protocol: OPEN_PROTOCOL, forSet: false });
    effects.push({ type: 'resume-frames' });
  }
  return {
    ...state,
    definition,
    exerciseSets: [],
    setupReadiness: setupReadinessCreate(),
    itemIndex: index,
    setNumber: 1,
    screen: 'setup',
    setupIssue: null,
    isReady: false,
    painNow,
    isPainCarried: painNow !== null,
    live: emptyLive,
  };
}

/** The next set's analysis is asked for; the set starts on 'set-started'. */
export function setRequest(state: FlowState, effects: Effects): FlowState {
  const item = state.plan[state.itemIndex];
  if (state.definition === null || state.session === null || item === undefined) return state;
  if (state.isSetStarting) return state; // Asked for already: one set run at a time.
  effects.push({
    type: 'start-analysis',
    definition: state.definition,
    protocol: protocolOfSet(state.definition, item.reps),
    forSet: true,
  });
  return { ...state, isSetStarting: true };
}

/**
 * The set in progress ends with `status`: its trace is flushed and its analysis finished; the
 * record is written on 'set-finished', with the reps on screen now, then `next` follows.
 */
export function setEnd(
  state: FlowState,
  status: ExerciseSetRecord['status'],
  next: SetEndNext,
  effects: Effects,
): FlowState {
  const record = state.setRecord;
  if (record === null || state.ending !== null) return state;
  const { repCount, heldSeconds } = state.live;
  effects.push({ type: 'trace-end' }, { type: 'finish-analysis', keepReps: repCount });
  return {
    ...state,
    setRecord: null,
    ending: { record, status, shownRepCount: repCount, shownHeldSeconds: heldSeconds, next },
  };
}

/** The ended set's analysis is in: its record is written, then what its end asked for. */
export function setFinish(
  state: FlowState,
  finished: AnalysisSummary | null,
  nowMs: number,
  words: FlowWords,
  effects: Effects,
): FlowState {
  const { ending } = state;
  if (ending === null) return state;
  const summary = finished;
  const ended: ExerciseSetRecord = {
    ...ending.record,
    endedAt: nowMs,
    status: ending.status,
    repCount: summary?.repCount ?? ending.shownRepCount,
    holdSeconds: summary?.holdSeconds ?? ending.shownHeldSeconds,
    summary,
  };
  const { endedAt, status, repCount, holdSeconds } = ended;
  const patch = { endedAt, status, repCount, holdSeconds, summary };
  effects.push({ type: 'persist', write: { op: 'updateSet', id: ended.id, patch } });
  const next: FlowState = { ...state, ending: null, exerciseSets: [...state.exerciseSets, ended] };
  switch (ending.next) {
    case 'completed':
      effects.push({ type: 'sound', name: 'set-done' });
      effects.push({ type: 'speak', text: words.encourage.setDone, priority: 6 });
      return restOrAfter(next, effects);
    case 'ended-early':
      return restOrAfter(next, effects);
    case 'stopped':
      effects.push({ type: 'stop-camera' });
      return sessionFinish(exerciseSummarizeInto(next), 'stopped_pain', nowMs, effects);
    case 'nothing':
      return next;
  }
}

/** After a set: a rest before the next one, or the exercise's questions after the last. */
function restOrAfter(state: FlowState, effects: Effects): FlowState {
  const item = state.plan[state.itemIndex];
  if (item !== undefined && state.setNumber < item.sets) {
    return restStart(state, item.restSeconds, true, effects);
  }
  return afterShow(state, effects);
}

/** The rest countdown from `seconds`; `isNextSet`: a new rest, before the next set's number. */
export function restStart(
  state: FlowState,
  seconds: number,
  isNextSet: boolean,
  effects: Effects,
): FlowState {
  effects.push({ type: 'rest-timer', isOn: true });
  return {
    ...state,
    screen: 'rest',
    restSeconds: seconds,
    setNumber: state.setNumber + (isNextSet ? 1 : 0),
    isRestCounting: true,
  };
}

/** The countdown stops; with `effects` told only when it was running. */
export function restStop(state: FlowState, effects: Effects): FlowState {
  if (!state.isRestCounting) return state;
  effects.push({ type: 'rest-timer', isOn: false });
  return { ...state, isRestCounting: false };
}

/**
 * The exercise's sets are over: exertion and pain next. With another exercise to come the camera
 * stays on (frames paused) so the patient need not start it again; after the last one it goes off.
 */
export function afterShow(state: FlowState, effects: Effects): FlowState {
  if (state.itemIndex + 1 < state.plan.length && state.camera === 'running') {
    effects.push({ type: 'pause-frames' });
    return { ...state, screen: 'after' };
  }
  effects.push({ type: 'stop-camera' });
  return { ...state, screen: 'after', camera: 'idle' };
}

/** The current exercise's summary, added to the session's (when it has sets). */
export function exerciseSummarizeInto(state: FlowState): FlowState {
  const item = state.plan[state.itemIndex];
  const { definition, exerciseSets } = state;
  if (definition === null || item === undefined || exerciseSets.length === 0) return state;
  const summary = exerciseSummarize(definition, item, exerciseSets);
  return { ...state, summaries: [...state.summaries, summary] };
}

/** The session ends with `status`: its pain before and after and last exertion written. */
export function sessionFinish(
  state: FlowState,
  status: SessionStatus,
  nowMs: number,
  effects: Effects,
): FlowState {
  const { session, summaries } = state;
  if (session === null) return state;
  const patch = {
    endedAt: nowMs,
    status,
    painBefore: summaries[0]?.painBefore ?? null,
    painAfter: summaries.at(-1)?.painAfter ?? null,
    exertion: state.exerciseSets.at(-1)?.exertion ?? null,
  };
  effects.push({ type: 'persist', write: { op: 'updateSession', id: session.id, patch } });
  return { ...state, session: null, sessionStatus: status };
}
