// The check-up test's shell: the store the screens render, the intents they call, and the
// carrying out of the test flow's effects (test-flow.ts decides; this file does). It reuses the
// coach's live run on the app's one pose service (no second worker), the speaker and sounds with
// the patient's preferences, and a one-second timer for the countdown. The patient's age and sex
// and each result are kept in the patient database (`records`).
import { PATIENT_FACTS_NOT_SAID } from '../../core/functional-tests/patient-facts';
import type { PatientFacts, StoredTestResult } from '../../core/functional-tests/types';
import type { PoseFrame } from '../../core/landmarks';
import type { PoseService } from '../../platform/live-tracking';
import { createLiveRun, type LiveView } from '../session/live-run';
import { createPrefs } from '../session/prefs';
import { performVoiceEffect } from '../session/voice-effects';
import { createStore } from '../store';
import type { RunnableTestId } from './catalogue';
import {
  testFlow,
  testFlowInitial,
  type TestFlowEffect,
  type TestFlowEvent,
  type TestFlowState,
  type TestFlowWords,
} from './test-flow';

export interface TestControllerOptions {
  readonly testId: RunnableTestId;
  /** The app's one pose service. */
  readonly pose: PoseService;
  readonly records: TestRecords;
  readonly words: TestFlowWords;
}

/** What the tests keep in the patient database (storage's test-results repository; a fake in tests). */
export interface TestRecords {
  patientFacts(): Promise<PatientFacts>;
  savePatientFacts(facts: PatientFacts, nowMs: number): Promise<void>;
  saveTestResult(result: StoredTestResult): Promise<void>;
  /** The run's frames, in the traces store under the result's id (session and set alike). */
  saveTestTrace(resultId: string, frames: readonly PoseFrame[]): Promise<void>;
}

export function createTestController({ testId, pose, records, words }: TestControllerOptions) {
  let flow = testFlowInitial(testId);
  const store = createStore<TestFlowState>(flow);
  // Camera and pose failures come back as events; what is left to reject is a bug, left visible.
  const run = createLiveRun({
    pose,
    onFrame: (frame) => dispatch({ type: 'frame', frame }),
    onError: (error) => dispatch({ type: 'run-failed', error }),
    onPhase: (camera, modelProgress) => dispatch({ type: 'camera-phase', camera, modelProgress }),
    prefs: createPrefs().get(),
  });
  let countdownTimer: ReturnType<typeof setInterval> | null = null;
  /** The run's frames since Go, written with its result (a test lasts a minute at most). */
  let traceFrames: PoseFrame[] = [];
  // Unreadable stored facts start the form empty; the failure itself reaches the storage banner.
  void records
    .patientFacts()
    .catch(() => PATIENT_FACTS_NOT_SAID)
    .then((facts) => dispatch({ type: 'facts-loaded', facts }));

  function dispatch(event: TestFlowEvent): void {
    const result = testFlow(flow, event, words);
    const previous = flow;
    flow = result.state;
    // The setup check's hysteresis moves on every frame; only the flow reads it.
    const isSeen = (Object.keys(flow) as (keyof TestFlowState)[]).some(
      (key) => key !== 'setupReadiness' && flow[key] !== previous[key],
    );
    if (isSeen) store.set(flow);
    for (const effect of result.effects) perform(effect);
  }

  function perform(effect: TestFlowEffect): void {
    switch (effect.type) {
      case 'save-facts':
        // Not kept: the test still runs with them; the storage banner says what failed.
        return void records.savePatientFacts(effect.facts, Date.now()).catch(() => undefined);
      case 'trace-start':
        traceFrames = [];
        return;
      case 'trace-push':
        return void traceFrames.push(effect.pose);
      case 'save-result': {
        const stored: StoredTestResult = {
          id: crypto.randomUUID(),
          recordedAt: Date.now(),
          result: effect.result,
          facts: effect.facts,
          standTimes: effect.standTimes,
        };
        const frames = traceFrames;
        traceFrames = [];
        // The result first: a trace never stands without its result (a failed trace write leaves
        // a result without one, said on the storage banner).
        return void records.saveTestResult(stored).then(
          () => {
            dispatch({ type: 'result-saved', isSaved: true });
            return records.saveTestTrace(stored.id, frames).catch(() => undefined);
          },
          () => dispatch({ type: 'result-saved', isSaved: false }),
        );
      }
      case 'start-camera':
        return void run.start(effect.definition);
      case 'stop-camera':
        return run.stop();
      case 'countdown-timer':
        if (countdownTimer !== null) clearInterval(countdownTimer);
        countdownTimer = effect.isOn
          ? setInterval(() => dispatch({ type: 'countdown-tick' }), 1000)
          : null;
        return;
      case 'start-analysis':
        return void run.analyse(effect.definition, effect.protocol);
      case 'finish-analysis':
        return void run
          .finish({ keepReps: effect.keepReps })
          .then((result) => dispatch({ type: 'finished', result }));
      case 'speak':
      case 'silence':
      case 'sound':
        return performVoiceEffect(run, effect);
    }
  }

  return {
    store,
    attachView(view: LiveView | null): void {
      run.attachView(view);
      if (view === null) dispatch({ type: 'view-detached' });
    },
    startCamera: (next: PatientFacts): void =>
      dispatch({ type: 'camera-start-asked', facts: next }),
    begin: (): void => dispatch({ type: 'begin-asked' }),
    stop: (): void => dispatch({ type: 'stop-asked' }),
    again: (): void => dispatch({ type: 'again-asked' }),
    dispose(): void {
      if (countdownTimer !== null) clearInterval(countdownTimer);
      countdownTimer = null;
      run.dispose();
    },
  };
}

export type TestController = ReturnType<typeof createTestController>;
