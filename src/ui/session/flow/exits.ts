// The ways out of a set or an exercise in the coach flow: "Stop — it hurts" and the pain asked
// after it, the exercise's questions, going home, the camera or tracker failing, the page left.
import { exerciseSummarize } from '../../../core/coaching/exercise-summary';
import { setupReadinessCreate } from '../../../core/coaching/setup-guidance';
import type { FlowEffect, FlowEvent } from './events';
import { emptyLive, type FlowState } from './state';
import { exerciseLoad, exerciseSummarizeInto, restStop, sessionFinish, setEnd } from './steps';

/**
 * "Stop — it hurts", from a set or a rest: the set in progress (or the last one) is stopped for
 * pain, the camera goes off, and the session ends as stopped for pain.
 */
export function painStop(s: FlowState, nowMs: number, fx: FlowEffect[]): FlowState {
  if (s.screen !== 'live' && s.screen !== 'rest') return s;
  fx.push({ type: 'silence' });
  const stoppedAt = s.screen;
  let next: FlowState = {
    ...restStop(s, fx),
    stoppedSessionId: s.session?.id ?? null,
    screen: 'stopped',
    camera: 'idle',
    painAtStop: null,
  };
  if (stoppedAt === 'live' && next.setRecord !== null) {
    return setEnd(next, 'stopped_pain', 'stopped', fx);
  }
  if (stoppedAt === 'live' && next.ending !== null) {
    // The set was ending as the patient stopped: it ends stopped for pain, and so does the session.
    return { ...next, ending: { ...next.ending, status: 'stopped_pain', next: 'stopped' } };
  }
  const last = next.exerciseSets.at(-1);
  if (stoppedAt === 'rest' && last !== undefined) {
    const patch = { status: 'stopped_pain' } as const;
    fx.push({ type: 'persist', write: { op: 'updateSet', id: last.id, patch } });
    next = { ...next, exerciseSets: [...next.exerciseSets.slice(0, -1), { ...last, ...patch }] };
  }
  fx.push({ type: 'stop-camera' });
  return sessionFinish(exerciseSummarizeInto(next), 'stopped_pain', nowMs, fx);
}

/** Pain now, asked on the stop screen: the stopped set's and the session's pain after. */
export function painAtStop(s: FlowState, pain: number, fx: FlowEffect[]): FlowState {
  const last = s.exerciseSets.at(-1);
  const item = s.plan[s.itemIndex];
  if (s.screen !== 'stopped' || last === undefined || item === undefined) return s;
  const sets = [...s.exerciseSets.slice(0, -1), { ...last, painAfter: pain }];
  fx.push({ type: 'persist', write: { op: 'updateSet', id: last.id, patch: { painAfter: pain } } });
  if (s.stoppedSessionId !== null) {
    const write = {
      op: 'updateSession',
      id: s.stoppedSessionId,
      patch: { painAfter: pain },
    } as const;
    fx.push({ type: 'persist', write });
  }
  const summaries =
    s.definition === null
      ? s.summaries
      : [...s.summaries.slice(0, -1), exerciseSummarize(s.definition, item, sets)];
  return { ...s, exerciseSets: sets, summaries, painAtStop: pain };
}

/** Exertion and pain after the exercise: the next exercise (its pain now carried) or the end. */
export function afterSubmit(
  s: FlowState,
  exertion: number,
  painAfter: number,
  nowMs: number,
  fx: FlowEffect[],
): FlowState {
  let next = s;
  const last = s.exerciseSets.at(-1);
  if (last !== undefined) {
    const patch = { exertion, painAfter };
    fx.push({ type: 'persist', write: { op: 'updateSet', id: last.id, patch } });
    next = { ...next, exerciseSets: [...s.exerciseSets.slice(0, -1), { ...last, ...patch }] };
  }
  next = exerciseSummarizeInto(next);
  if (next.itemIndex + 1 < next.plan.length) {
    return exerciseLoad(next, next.itemIndex + 1, painAfter, fx);
  }
  return { ...sessionFinish(next, 'completed', nowMs, fx), screen: 'summary' };
}

/** Home, mid-session: the set in progress and the session end as interrupted. */
export function homeGo(s: FlowState, nowMs: number, fx: FlowEffect[]): FlowState {
  fx.push({ type: 'stop-camera' });
  let next = restStop(s, fx);
  next = setEnd(next, 'interrupted', 'nothing', fx);
  // A set already ending keeps its record but nothing follows it.
  if (next.ending !== null) next = { ...next, ending: { ...next.ending, next: 'nothing' } };
  if (next.session !== null) {
    next = sessionFinish(exerciseSummarizeInto(next), 'interrupted', nowMs, fx);
  }
  fx.push({ type: 'load-home' });
  return { ...next, camera: 'idle', cameraError: null, live: emptyLive };
}

/**
 * The camera or the movement tracker failed for good (a landmarker that fails on a frame is
 * replaced by the pose client while the set goes on: what arrives here could not be recovered).
 * A set in progress ends as interrupted with the reps it counted (each already stored) and keeps
 * its number: the next set is the next number, never a second "set N" counting from 0 again
 * (issue #9: "set 1" listed twice, "22 of 16 reps"). The setup check shows the error with its way
 * forward; when that was the last set, the exercise's questions come next.
 */
export function runFail(
  s: FlowState,
  error: Extract<FlowEvent, { type: 'run-failed' }>['error'],
  fx: FlowEffect[],
): FlowState {
  let next: FlowState = {
    ...s,
    camera: 'error',
    cameraError: error,
    modelProgress: null,
    isSetStarting: false,
  };
  if (s.screen !== 'live' && s.screen !== 'rest') return next;
  next = restStop(next, fx);
  const item = s.plan[s.itemIndex];
  if (s.screen === 'live' && (s.setRecord !== null || s.ending !== null)) {
    next = setEnd(next, 'interrupted', 'nothing', fx);
    // A set already ending (its target met) keeps its status; the flow goes on from here.
    if (next.ending !== null) next = { ...next, ending: { ...next.ending, next: 'nothing' } };
    if (item === undefined || s.setNumber >= item.sets) {
      fx.push({ type: 'stop-camera' });
      return { ...next, screen: 'after', live: emptyLive };
    }
    next = { ...next, setNumber: s.setNumber + 1 };
  }
  return {
    ...next,
    setupReadiness: setupReadinessCreate(),
    screen: 'setup',
    setupIssue: null,
    isReady: false,
    live: emptyLive,
  };
}

/**
 * The camera view went away: the patient opened another page (history, journal…) mid-exercise.
 * The camera goes off; a set in progress is paused (not ended: its reps stay counted and it goes
 * on after Resume), a rest stops counting down, a setup check starts over when they come back.
 */
export function suspend(s: FlowState, fx: FlowEffect[]): FlowState {
  let next = s;
  if (s.screen === 'live' && !s.live.isPaused) {
    fx.push({ type: 'trace-flush' });
    // History shows the paused set with the reps it has so far.
    if (s.setRecord !== null) {
      const patch = { repCount: s.live.repCount };
      fx.push({ type: 'persist', write: { op: 'updateSet', id: s.setRecord.id, patch } });
    }
    next = { ...next, live: { ...s.live, isPaused: true } };
  }
  if (s.screen === 'rest') next = restStop(next, fx);
  if (s.screen === 'setup') {
    next = { ...next, setupReadiness: setupReadinessCreate(), setupIssue: null, isReady: false };
  }
  if (s.camera !== 'error') next = { ...next, camera: 'idle', modelProgress: null };
  return next;
}
