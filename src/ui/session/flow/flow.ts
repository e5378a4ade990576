// The coach flow: readiness check → home → per exercise (setup check → sets, with rest between →
// exertion and pain) → summary, as a pure function: an event in, the next state and the effects
// out. No clock, no ids, no I/O here: times and ids come in the events; the controller carries the
// effects out (camera run, speech, storage) and reports their outcomes as events.
import { programVersionOf } from '../../../core/programs/versions';
import type { ReadinessRecord, SessionRecord } from '../../../core/session/types';
import type { FlowEffect, FlowEvent, FlowFrame, FlowResult } from './events';
import { liveFrameStep, type FlowWords } from './live-frame';
import { setupCheckStep } from './setup-check';
import { currentProgram, emptyLive, programIn, type FlowState } from './state';
import { afterSubmit, homeGo, painAtStop, painStop, runFail, suspend } from './exits';
import { exerciseLoad, restStart, restStop, setEnd, setFinish, setRequest } from './steps';

export function coachFlow(
  state: FlowState,
  event: FlowEvent,
  words: FlowWords,
): FlowResult<FlowState> {
  const effects: FlowEffect[] = [];
  const next = step(state, event, words, effects);
  return { state: next, effects };
}

function step(s: FlowState, event: FlowEvent, words: FlowWords, fx: FlowEffect[]): FlowState {
  switch (event.type) {
    case 'home-loaded':
      return {
        ...s,
        readiness: event.readiness,
        lastSession: event.lastSession,
        programs: event.programs,
        screen: event.readiness === null ? 'readiness' : 'home',
      };
    case 'readiness-submitted': {
      const record: ReadinessRecord = {
        answeredAt: event.nowMs,
        answers: event.answers,
        clearanceAdvised: Object.values(event.answers).some(Boolean),
        disclaimerAcceptedAt: event.nowMs,
      };
      fx.push({ type: 'persist', write: { op: 'saveReadiness', readiness: record } });
      return { ...s, readiness: record, screen: record.clearanceAdvised ? 'clearance' : 'home' };
    }
    case 'clearance-acknowledged':
      return { ...s, screen: 'home' };
    case 'program-selected':
      if (programIn(s, event.programId) === null) return s;
      fx.push({ type: 'save-program', programId: event.programId });
      return { ...s, programId: event.programId };
    case 'program-installed': {
      const { program } = event;
      fx.push({ type: 'save-program', programId: program.id });
      const others = s.programs.filter((p) => p.id !== program.id);
      return { ...s, programs: [...others, program], programId: program.id };
    }
    case 'session-started':
      return sessionStart(s, event, fx);
    case 'camera-start-asked':
      if (s.definition === null) return s;
      fx.push({
        type: 'start-camera',
        definition: s.definition,
        keepAnalysis: false,
        resumeSet: false,
      });
      return { ...s, cameraError: null };
    case 'camera-phase':
      return { ...s, camera: event.camera, modelProgress: event.modelProgress };
    case 'camera-restarted':
      if (s.screen !== 'live' || !s.live.isPaused || s.camera !== 'running') return s;
      fx.push({ type: 'resume-frames' });
      return { ...s, live: { ...s.live, isPaused: false } };
    case 'pain-now-set':
      return { ...s, painNow: event.pain, isPainCarried: false };
    case 'begin-asked':
      if (s.screen !== 'setup' || !s.isReady || s.painNow === null) return s;
      return setRequest(s, fx);
    case 'set-started':
      return setStart(s, event.setId, event.nowMs, fx);
    case 'frame':
      return frameStep(s, event.frame, event.nowMs, words, fx);
    case 'set-finished':
      return setFinish(s, event.summary, event.nowMs, words, fx);
    case 'pause-toggled':
      return pauseToggle(s, fx);
    case 'end-set-asked':
      if (s.screen !== 'live') return s;
      return setEnd(s, 'interrupted', 'ended-early', fx);
    case 'rest-tick': {
      if (!s.isRestCounting) return s;
      const left = (s.restSeconds ?? 0) - 1;
      if (left > 0) return { ...s, restSeconds: left };
      return setRequest(restStop(s, fx), fx);
    }
    case 'rest-skipped':
      return setRequest(restStop(s, fx), fx);
    case 'pain-stop':
      return painStop(s, event.nowMs, fx);
    case 'pain-at-stop':
      return painAtStop(s, event.pain, fx);
    case 'after-submitted':
      return afterSubmit(s, event.exertion, event.painAfter, event.nowMs, fx);
    case 'summary-shown':
      return { ...s, screen: 'summary' };
    case 'home-asked':
      return homeGo(s, event.nowMs, fx);
    case 'run-failed':
      return runFail(s, event.error, fx);
    case 'view-detached':
      return suspend(s, fx);
    case 'view-attached':
      // The camera view is back: a rest goes on where it stopped, with the camera on again.
      if (s.screen !== 'rest' || s.camera !== 'idle' || s.definition === null) return s;
      fx.push({
        type: 'start-camera',
        definition: s.definition,
        keepAnalysis: true,
        resumeSet: false,
      });
      return restStart(s, s.restSeconds ?? 0, false, fx);
    case 'prefs-changed':
      return { ...s, prefs: event.prefs };
    case 'storage-failed':
      return s.storageFailed ? s : { ...s, storageFailed: true };
  }
}

/** The whole program, or (with `index`) one exercise of it. */
function sessionStart(
  s: FlowState,
  event: Extract<FlowEvent, { type: 'session-started' }>,
  fx: FlowEffect[],
): FlowState {
  const program = currentProgram(s);
  if (program === null) return s;
  const { index } = event;
  const plan = index === undefined ? program.exercises : program.exercises.slice(index, index + 1);
  const session: SessionRecord = {
    id: event.sessionId,
    programId: index === undefined ? program.id : null,
    ...(index === undefined ? { programVersion: programVersionOf(program).version } : {}),
    startedAt: event.nowMs,
    endedAt: null,
    status: 'in_progress',
    painBefore: null,
    painAfter: null,
    exertion: null,
    ownerId: event.ownerId,
    notes: '',
  };
  fx.push({ type: 'persist', write: { op: 'startSession', session } });
  const started: FlowState = {
    ...s,
    session,
    plan,
    summaries: [],
    sessionStatus: 'in_progress',
    cameraError: null,
  };
  return exerciseLoad(started, 0, null, fx);
}

/** The set's analysis runs: its record is stored and the live screen shows it from zero. */
function setStart(s: FlowState, setId: string, nowMs: number, fx: FlowEffect[]): FlowState {
  const item = s.plan[s.itemIndex];
  const { session, setNumber } = s;
  // Only from the setup check or a rest, and one set at a time (a late start after a stop is void).
  const isAwaited = s.screen === 'setup' || s.screen === 'rest';
  if (session === null || item === undefined || s.setRecord !== null || !isAwaited) return s;
  const record = {
    id: setId,
    sessionId: session.id,
    exerciseId: item.exerciseId,
    setNumber,
    prescription: item,
    startedAt: nowMs,
    endedAt: null,
    status: 'in_progress',
    repCount: 0,
    holdSeconds: null,
    painBefore: setNumber === 1 ? s.painNow : null,
    painAfter: null,
    exertion: null,
    summary: null,
  } as const;
  fx.push({ type: 'persist', write: { op: 'startSet', set: record } });
  fx.push({ type: 'trace-start', sessionId: session.id, setId });
  return {
    ...s,
    setRecord: record,
    screen: 'live',
    live: emptyLive,
    restSeconds: null,
    isSetStarting: false,
  };
}

function frameStep(
  s: FlowState,
  frame: FlowFrame,
  nowMs: number,
  words: FlowWords,
  fx: FlowEffect[],
): FlowState {
  if (s.screen === 'setup' && s.definition !== null) {
    return setupCheckStep(s, s.definition, frame);
  }
  if (s.screen !== 'live' || s.live.isPaused) return s;
  const next = liveFrameStep(s, frame, nowMs, words, fx);
  const item = s.plan[s.itemIndex];
  if (frame.analysis === null || item === undefined || next.setRecord === null) return next;
  // The set run says when the set is done (its protocol: the prescribed reps or hold).
  if (frame.analysis.completion === null) return next;
  return setEnd(next, 'completed', 'completed', fx);
}

function pauseToggle(s: FlowState, fx: FlowEffect[]): FlowState {
  const { screen, live, camera } = s;
  if (screen !== 'live' || camera === 'starting' || camera === 'loading-model') return s;
  if (live.isPaused && camera !== 'running') {
    // Back from another page: the camera comes on again first; the set goes on from there.
    if (s.definition === null) return s;
    fx.push({
      type: 'start-camera',
      definition: s.definition,
      keepAnalysis: true,
      resumeSet: true,
    });
    return s;
  }
  if (live.isPaused) fx.push({ type: 'resume-frames' });
  else fx.push({ type: 'pause-frames' }, { type: 'trace-flush' });
  return { ...s, live: { ...live, isPaused: !live.isPaused } };
}
