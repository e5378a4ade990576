// One check-up test, start to result: the start form, the camera's setup check, the countdown,
// the live stands and clock with a big Stop, and the result. The camera stage stays mounted from
// the setup check to the result, so the camera runs through the countdown into the test.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { href } from '../router';
import { Screen } from '../screen';
import { useServices } from '../services';
import { CameraStage } from '../session/camera-stage';
import { SetupGuidance } from '../session/setup-guidance';
import { useStore } from '../store';
import { functionalTests } from '../text/functional-tests';
import { testsRun as t } from '../text/functional-tests-run';
import { RUNNABLE_TESTS, type RunnableTestId } from './catalogue';
import { createTestController, type TestController } from './test-controller';
import type { TestFlowState } from './test-flow';
import { createTestRecords } from './test-records';
import { TestResult } from './test-result';
import { TestHowTo, TestStartForm } from './test-start-form';
import { canStartTest, type TestsGate } from './tests-gate';
import { GateNote, SafetyNotes } from './tests-list-screen';

const WORDS = { countdown: t.countdown, finished: t.finishedSaid };

export function TestRunScreen({ testId, gate }: { testId: RunnableTestId; gate: TestsGate }) {
  const { pose, storage, problems } = useServices();
  const controller = useMemo(
    () =>
      createTestController({
        testId,
        pose,
        records: createTestRecords(storage, problems.report),
        words: WORDS,
      }),
    [testId, pose, storage, problems],
  );
  useEffect(() => () => controller.dispose(), [controller]);
  const state = useStore(controller.store);

  const { phase } = state;
  const isStageShown = phase !== 'start' && phase !== 'result';
  return (
    <Screen
      testId="test-run"
      class="exercise functional-test"
      phase={phaseState(state)}
      title={
        phase === 'result'
          ? t.resultTitle(functionalTests.name(testId))
          : functionalTests.name(testId)
      }
      focusKey={phase === 'result' ? 'result' : 'run'}
      back={{ href: href('tests'), label: t.backToList }}
    >
      <div class="exercise-body">
        <CameraStage
          camera={state.camera}
          attachView={controller.attachView}
          isHidden={!isStageShown}
        />
        <div class="panel">
          <PhasePanel state={state} controller={controller} gate={gate} />
        </div>
      </div>
    </Screen>
  );
}

/** data-state: the phase, and on the setup check whether the position is ready. */
function phaseState(state: TestFlowState): string {
  if (state.phase !== 'setup') return state.phase;
  if (state.camera === 'running') return state.isReady ? 'ready' : 'positioning';
  return state.camera;
}

function PhasePanel({
  state,
  controller,
  gate,
}: {
  state: TestFlowState;
  controller: TestController;
  gate: TestsGate;
}) {
  switch (state.phase) {
    case 'start':
      return (
        <>
          <TestHowTo testId={state.testId} />
          <SafetyNotes gate={gate} />
          <GateNote gate={gate} />
          {canStartTest(gate) && state.isFactsLoaded && (
            <TestStartForm facts={state.facts} onStart={controller.startCamera} />
          )}
        </>
      );
    case 'setup':
      return <SetupPanel state={state} controller={controller} />;
    case 'countdown':
      return (
        <>
          <p class="counter" data-testid="test-countdown" data-count={state.countdown ?? 0}>
            <span class="counter-label">{t.countdownLabel}</span>
            <span class="counter-value" role="status">
              {t.countdown(state.countdown ?? 0)}
            </span>
          </p>
          <StopBar controller={controller} />
        </>
      );
    case 'running':
      return <LivePanel state={state} controller={controller} />;
    case 'finishing':
      return (
        <p class="status" role="status" data-testid="test-finishing">
          {t.finishing}
        </p>
      );
    case 'result':
      return <TestResult state={state} onAgain={controller.again} />;
  }
}

function SetupPanel({ state, controller }: { state: TestFlowState; controller: TestController }) {
  return (
    <>
      <TestHowTo testId={state.testId} />
      <SetupGuidance
        check={state}
        definition={RUNNABLE_TESTS[state.testId].spec.definition}
        words={t}
        onRetry={() => controller.startCamera(state.facts)}
      />
      <div class="actions">
        <button
          type="button"
          class="primary big"
          disabled={!state.isReady}
          onClick={controller.begin}
        >
          {t.begin}
        </button>
      </div>
    </>
  );
}

function LivePanel({ state, controller }: { state: TestFlowState; controller: TestController }) {
  const test = RUNNABLE_TESTS[state.testId];
  const isCountdown = test.clock === 'countdown';
  const seconds = isCountdown
    ? Math.ceil((state.remainingMs ?? test.timeBoxMs) / 1000)
    : Math.floor(state.elapsedMs / 1000);
  return (
    <>
      <div class="test-live">
        <div class="counter" data-testid="test-stands" data-count={state.stands}>
          <span class="counter-label">{t.stands}</span>
          <span class="counter-value">{state.stands}</span>
        </div>
        <div class="counter" data-testid="test-clock" data-seconds={seconds}>
          <span class="counter-label">{isCountdown ? t.secondsLeft : t.elapsed}</span>
          <span class="counter-value" role="timer" aria-live="off">
            {t.secondsValue(seconds)}
          </span>
        </div>
      </div>
      <p class="muted">{t.stopHint}</p>
      <StopBar controller={controller} />
    </>
  );
}

/** The big Stop, in the bar along the bottom edge (always on screen; see `.stop-bar`). */
function StopBar({ controller }: { controller: TestController }) {
  const stopRef = useRef<HTMLButtonElement>(null);
  useEffect(() => stopRef.current?.focus(), []);
  return (
    <div class="stop-bar">
      <button
        ref={stopRef}
        type="button"
        class="stop-pain"
        data-testid="test-stop"
        onClick={controller.stop}
      >
        {t.stop}
      </button>
    </div>
  );
}
