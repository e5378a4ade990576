// The check-up test's shell: the store the screens render, the intents they call, and the
// carrying out of the test flow's effects (test-flow.ts decides; this file does). It reuses the
// coach's live run on the app's one pose service (no second worker), the speaker and sounds with
// the patient's preferences, and a one-second timer for the countdown.
import type { PatientFacts } from '../../core/functional-tests/types';
import type { PoseService } from '../../platform/live-tracking';
import { createLiveRun, type LiveView } from '../session/live-run';
import { createPrefs } from '../session/prefs';
import { performVoiceEffect } from '../session/voice-effects';
import { createStore } from '../store';
import type { RunnableTestId } from './catalogue';
import type { PatientFactsStore } from './profile';
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
  readonly facts: PatientFactsStore;
  readonly words: TestFlowWords;
}

export function createTestController({ testId, pose, facts, words }: TestControllerOptions) {
  let flow = testFlowInitial(testId, facts.get());
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
        return facts.set(effect.facts);
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
