// A check-up test as a pure reducer: the patient's facts (start screen) → the camera's setup check
// for the test's exercise → a spoken "3, 2, 1, Go" → the set run with the test's protocol, its
// stands and clock shown live → the run's result scored against the norms. An event in, the next
// state and the effects out; no clock, no I/O: the shell (test-controller.ts) carries the effects
// out and reports back. "Stop" ends a running test at once (its result says it ended early).
import {
  setupReadinessCreate,
  type SetupIssue,
  type SetupReadiness,
} from '../../core/coaching/setup-guidance';
import type { ExerciseDefinition } from '../../core/exercises/types';
import type { PoseFrame } from '../../core/landmarks';
import { testStage } from '../../core/functional-tests/sit-to-stand-tests';
import { PATIENT_FACTS_NOT_SAID } from '../../core/functional-tests/patient-facts';
import type {
  FunctionalTestResult,
  PatientFacts,
  StandTime,
} from '../../core/functional-tests/types';
import type { ObservedPosture } from '../../core/posture';
import type { SetProtocol } from '../../core/set-run/protocol';
import type { SetRunResult } from '../../core/set-run/set-run';
import type { AppError } from '../../platform/errors';
import type { CameraPhase } from '../session/camera-phase';
import type { FlowFrame } from '../session/flow/events';
import { setupCheckStep } from '../session/flow/setup-check';
import type { VoiceEffect } from '../session/voice-effects';
import { RUNNABLE_TESTS, type RunnableTestId } from './catalogue';

export type TestPhase = 'start' | 'setup' | 'countdown' | 'running' | 'finishing' | 'result';

/** Where the result is in the patient database: being written, written, or not written. */
export type ResultSave = 'none' | 'saving' | 'saved' | 'failed';

export interface TestFlowState {
  readonly testId: RunnableTestId;
  readonly phase: TestPhase;
  /** The age and sex: as stored once loaded (isFactsLoaded), then as said on the start form. */
  readonly facts: PatientFacts;
  readonly isFactsLoaded: boolean;
  readonly camera: CameraPhase;
  readonly cameraError: AppError | null;
  readonly modelProgress: number | null;
  readonly setupIssue: SetupIssue | null;
  /** The posture seen during the setup check (for the wrong-posture advice). */
  readonly setupPosture: ObservedPosture | null;
  readonly setupReadiness: SetupReadiness;
  readonly isReady: boolean;
  /** 3, 2, 1, then 0 for "Go"; null outside the countdown. */
  readonly countdown: number | null;
  readonly stands: number;
  /** The run's stage clock: time since Go, and time left in its box (null without one). */
  readonly elapsedMs: number;
  readonly remainingMs: number | null;
  readonly result: FunctionalTestResult | null;
  readonly standTimes: readonly StandTime[];
  readonly resultSave: ResultSave;
}

export type TestFlowEvent =
  /** The stored age and sex (not said when none are stored or they could not be read). */
  | { readonly type: 'facts-loaded'; readonly facts: PatientFacts }
  | { readonly type: 'camera-start-asked'; readonly facts: PatientFacts }
  | {
      readonly type: 'camera-phase';
      readonly camera: CameraPhase;
      readonly modelProgress: number | null;
    }
  | { readonly type: 'run-failed'; readonly error: AppError }
  | { readonly type: 'frame'; readonly frame: FlowFrame }
  | { readonly type: 'begin-asked' }
  | { readonly type: 'countdown-tick' }
  | { readonly type: 'stop-asked' }
  /** The set run's result (null when no run was there to finish). */
  | { readonly type: 'finished'; readonly result: SetRunResult | null }
  | { readonly type: 'again-asked' }
  | { readonly type: 'view-detached' }
  | { readonly type: 'result-saved'; readonly isSaved: boolean };

export type TestFlowEffect =
  | { readonly type: 'save-facts'; readonly facts: PatientFacts }
  | { readonly type: 'start-camera'; readonly definition: ExerciseDefinition }
  | { readonly type: 'stop-camera' }
  | { readonly type: 'countdown-timer'; readonly isOn: boolean }
  | {
      readonly type: 'start-analysis';
      readonly definition: ExerciseDefinition;
      readonly protocol: SetProtocol;
    }
  /** `keepReps`: the stands shown (one counted in the frames in flight is not claimed). */
  | { readonly type: 'finish-analysis'; readonly keepReps: number }
  /** The run's pose trace: started at Go, a frame per frame of the run, kept with its result. */
  | { readonly type: 'trace-start' }
  | { readonly type: 'trace-push'; readonly pose: PoseFrame }
  /** Store the scored result with the facts it was scored with, and its trace; reports 'result-saved'. */
  | {
      readonly type: 'save-result';
      readonly result: FunctionalTestResult;
      readonly facts: PatientFacts;
      readonly standTimes: readonly StandTime[];
    }
  | VoiceEffect;

export interface TestFlowWords {
  /** "3", "2", "1", and "Go" for 0. */
  readonly countdown: (n: number) => string;
  /** Said when the protocol ends the test (the 30 s are over, the fifth stand is done). */
  readonly finished: string;
}

const COUNTDOWN_FROM = 3;
/** The countdown's words outrank everything else said (a cue never cuts across "Go"). */
const COUNTDOWN_PRIORITY = 10;

export const testFlowInitial = (
  testId: RunnableTestId,
  facts: PatientFacts = PATIENT_FACTS_NOT_SAID,
  isFactsLoaded = false,
): TestFlowState => ({
  testId,
  phase: 'start',
  facts,
  isFactsLoaded,
  camera: 'idle',
  cameraError: null,
  modelProgress: null,
  setupIssue: null,
  setupPosture: null,
  setupReadiness: setupReadinessCreate(),
  isReady: false,
  countdown: null,
  stands: 0,
  elapsedMs: 0,
  remainingMs: null,
  result: null,
  standTimes: [],
  resultSave: 'none',
});

export function testFlow(
  state: TestFlowState,
  event: TestFlowEvent,
  words: TestFlowWords,
): { state: TestFlowState; effects: TestFlowEffect[] } {
  const effects: TestFlowEffect[] = [];
  return { state: step(state, event, words, effects), effects };
}

/** Back to the setup check of the same test, nothing of the last attempt kept. */
const setupAgain = (s: TestFlowState): TestFlowState => ({
  ...testFlowInitial(s.testId, s.facts, s.isFactsLoaded),
  phase: 'setup',
  camera: s.camera,
  cameraError: s.cameraError,
});

function step(
  s: TestFlowState,
  event: TestFlowEvent,
  words: TestFlowWords,
  fx: TestFlowEffect[],
): TestFlowState {
  const test = RUNNABLE_TESTS[s.testId];
  switch (event.type) {
    case 'facts-loaded':
      // Loaded once, before the start form shows; never over facts said since.
      if (s.isFactsLoaded) return s;
      return { ...s, facts: event.facts, isFactsLoaded: true };
    case 'result-saved':
      if (s.resultSave !== 'saving') return s;
      return { ...s, resultSave: event.isSaved ? 'saved' : 'failed' };
    case 'camera-start-asked':
      if (s.phase !== 'start' && s.phase !== 'setup') return s;
      fx.push({ type: 'save-facts', facts: event.facts });
      fx.push({ type: 'start-camera', definition: test.spec.definition });
      return { ...s, phase: 'setup', facts: event.facts, cameraError: null };
    case 'camera-phase':
      return { ...s, camera: event.camera, modelProgress: event.modelProgress };
    case 'run-failed':
      if (s.phase === 'countdown') fx.push({ type: 'countdown-timer', isOn: false });
      if (s.phase === 'start' || s.phase === 'result') return s;
      return { ...setupAgain(s), camera: 'error', cameraError: event.error };
    case 'frame':
      return frameStep(s, event.frame, words, fx);
    case 'begin-asked':
      if (s.phase !== 'setup' || !s.isReady) return s;
      fx.push({ type: 'countdown-timer', isOn: true });
      fx.push({
        type: 'speak',
        text: words.countdown(COUNTDOWN_FROM),
        priority: COUNTDOWN_PRIORITY,
      });
      return { ...s, phase: 'countdown', countdown: COUNTDOWN_FROM };
    case 'countdown-tick': {
      if (s.phase !== 'countdown' || s.countdown === null) return s;
      const next = s.countdown - 1;
      fx.push({ type: 'speak', text: words.countdown(next), priority: COUNTDOWN_PRIORITY });
      if (next > 0) return { ...s, countdown: next };
      fx.push({ type: 'countdown-timer', isOn: false }, { type: 'trace-start' });
      fx.push({
        type: 'start-analysis',
        definition: test.spec.definition,
        protocol: test.spec.protocol,
      });
      return {
        ...s,
        phase: 'running',
        countdown: null,
        stands: 0,
        elapsedMs: 0,
        remainingMs: null,
      };
    }
    case 'stop-asked':
      if (s.phase === 'countdown') {
        fx.push({ type: 'countdown-timer', isOn: false }, { type: 'silence' });
        return { ...s, phase: 'setup', countdown: null };
      }
      if (s.phase !== 'running') return s;
      fx.push({ type: 'silence' }, { type: 'finish-analysis', keepReps: s.stands });
      return { ...s, phase: 'finishing' };
    case 'finished':
      return finish(s, event.result, fx);
    case 'again-asked':
      if (s.phase !== 'result') return s;
      fx.push({ type: 'start-camera', definition: test.spec.definition });
      return { ...setupAgain(s), cameraError: null };
    case 'view-detached':
      if (s.phase === 'countdown') fx.push({ type: 'countdown-timer', isOn: false });
      fx.push({ type: 'stop-camera' });
      return { ...testFlowInitial(s.testId, s.facts, s.isFactsLoaded), camera: 'idle' };
  }
}

function frameStep(
  s: TestFlowState,
  frame: FlowFrame,
  words: TestFlowWords,
  fx: TestFlowEffect[],
): TestFlowState {
  const { analysis } = frame;
  if (s.phase === 'setup' || s.phase === 'countdown') {
    return setupCheckStep(s, RUNNABLE_TESTS[s.testId].spec.definition, frame);
  }
  // Frames from before Go carry no analysis of the test's run.
  if (s.phase !== 'running' || analysis === null) return s;
  fx.push({ type: 'trace-push', pose: frame.pose });
  if (analysis.repCount !== s.stands) fx.push({ type: 'sound', name: 'rep' });
  const next: TestFlowState = {
    ...s,
    stands: analysis.repCount,
    elapsedMs: analysis.stage.elapsedMs,
    remainingMs: analysis.stage.remainingMs,
  };
  if (analysis.completion === null) return next;
  fx.push({ type: 'speak', text: words.finished, priority: COUNTDOWN_PRIORITY });
  fx.push({ type: 'finish-analysis', keepReps: next.stands });
  return { ...next, phase: 'finishing' };
}

function finish(
  s: TestFlowState,
  result: SetRunResult | null,
  fx: TestFlowEffect[],
): TestFlowState {
  if (s.phase !== 'finishing') return s;
  fx.push({ type: 'stop-camera' });
  if (result === null) return { ...s, phase: 'result', result: null, standTimes: [] };
  // The tests run here have one stage: the run's summary, kept to the stands shown (keepReps),
  // is that stage's, and what the scoring reads.
  const stage = { ...testStage(result), summary: result.summary };
  const shown: SetRunResult = { ...result, stages: [stage] };
  const goMs = stage.startMs ?? 0;
  const standTimes = stage.summary.reps.map((rep) => ({
    startS: (rep.startMs - goMs) / 1000,
    endS: (rep.endTimestampMs - goMs) / 1000,
  }));
  const scored = RUNNABLE_TESTS[s.testId].score(shown, s.facts);
  fx.push({ type: 'save-result', result: scored, facts: s.facts, standTimes });
  return { ...s, phase: 'result', result: scored, standTimes, resultSave: 'saving' };
}
