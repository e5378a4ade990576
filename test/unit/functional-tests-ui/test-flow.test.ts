// The check-up test flow as a pure reducer: setup check → spoken "3, 2, 1, Go" → the set run with
// the test's protocol (live stands and clock from the run's stage) → its result scored with the
// patient's facts; Stop ends it at once.
import { describe, expect, it } from 'vitest';
import type { SetRunResult } from '../../../src/core/set-run/set-run';
import { ms } from '../../../src/core/units';
import { RUNNABLE_TESTS, type RunnableTestId } from '../../../src/ui/functional-tests/catalogue';
import {
  testFlow,
  testFlowInitial,
  type TestFlowEffect,
  type TestFlowEvent,
  type TestFlowState,
  type TestFlowWords,
} from '../../../src/ui/functional-tests/test-flow';
import { analysis, frame, summaryOf } from '../session/flow-driver';

const words: TestFlowWords = { countdown: (n) => (n === 0 ? 'GO' : `N${n}`), finished: 'DONE' };
const facts = { ageYears: 67, sex: 'female' } as const;

class Driver {
  state: TestFlowState;
  effects: TestFlowEffect[] = [];
  constructor(testId: RunnableTestId) {
    this.state = testFlowInitial(testId, { ageYears: null, sex: null });
  }
  send(...events: TestFlowEvent[]): this {
    for (const event of events) {
      const result = testFlow(this.state, event, words);
      this.state = result.state;
      this.effects = result.effects;
    }
    return this;
  }
  of<T extends TestFlowEffect['type']>(type: T): Extract<TestFlowEffect, { type: T }>[] {
    return this.effects.filter((e): e is Extract<TestFlowEffect, { type: T }> => e.type === type);
  }
}

const seated = (atMs: number) =>
  ({ type: 'frame', frame: frame(atMs, analysis({ posture: 'seated' })) }) as const;

/** On the setup check with the camera running and the position good for over a second. */
function ready(testId: RunnableTestId): Driver {
  const d = new Driver(testId);
  d.send(
    { type: 'camera-start-asked', facts },
    { type: 'camera-phase', camera: 'running', modelProgress: null },
    seated(0),
    seated(600),
    seated(1200),
  );
  return d;
}

/** Through the countdown to Go. */
function going(testId: RunnableTestId): Driver {
  return ready(testId).send(
    { type: 'begin-asked' },
    { type: 'countdown-tick' },
    { type: 'countdown-tick' },
    { type: 'countdown-tick' },
  );
}

const runUpdate = (repCount: number, elapsedMs: number, remainingMs: number | null) =>
  analysis({
    posture: 'seated',
    repCount,
    stage: { index: 0, key: 'main', count: 1, elapsedMs, remainingMs },
  });

/** A run's result; `kept`: the reps its summary keeps (finish's keepReps), its stage has all. */
function runResult(
  repCount: number,
  outcome: 'target_reached' | 'time_up' | 'ended',
  kept = repCount,
): SetRunResult {
  const summary = summaryOf(repCount);
  return {
    summary: summaryOf(kept),
    stages: [
      {
        key: 'main',
        startMs: ms(1000),
        endMs: ms(12_000),
        outcome,
        failure: null,
        cut: null,
        summary,
      },
    ],
    completion: null,
    frames: 300,
  };
}

describe('check-up test flow', () => {
  it('keeps the facts asked on the start screen and starts the camera for the test', () => {
    const d = new Driver('five_times_sit_to_stand').send({ type: 'camera-start-asked', facts });
    expect(d.state.phase).toBe('setup');
    expect(d.state.facts).toEqual(facts);
    expect(d.of('save-facts')).toEqual([{ type: 'save-facts', facts }]);
    expect(d.of('start-camera')[0]?.definition).toBe(
      RUNNABLE_TESTS.five_times_sit_to_stand.spec.definition,
    );
  });

  it('is ready only once the setup check has seen the seated test position for a second', () => {
    const d = new Driver('chair_stand_30s').send(
      { type: 'camera-start-asked', facts },
      { type: 'camera-phase', camera: 'running', modelProgress: null },
      { type: 'frame', frame: frame(0, analysis({ posture: 'standing' })) },
      { type: 'frame', frame: frame(1500, analysis({ posture: 'standing' })) },
    );
    expect(d.state.setupIssue).toBe('wrong-posture');
    // The posture seen, for the advice "You look to be standing — this exercise starts sitting".
    expect(d.state.setupPosture).toBe('standing');
    expect(d.state.isReady).toBe(false);
    d.send({ type: 'begin-asked' });
    expect(d.state.phase).toBe('setup');
    d.send(seated(2000), seated(3100));
    expect(d.state.setupIssue).toBeNull();
    expect(d.state.isReady).toBe(true);
  });

  it('counts down aloud "3, 2, 1, Go" and starts the set run with the protocol at Go', () => {
    const d = ready('chair_stand_30s').send({ type: 'begin-asked' });
    expect(d.state.phase).toBe('countdown');
    expect(d.state.countdown).toBe(3);
    expect(d.of('speak').map((e) => e.text)).toEqual(['N3']);
    expect(d.of('countdown-timer')).toEqual([{ type: 'countdown-timer', isOn: true }]);
    d.send({ type: 'countdown-tick' });
    expect(d.of('speak').map((e) => e.text)).toEqual(['N2']);
    expect(d.of('start-analysis')).toEqual([]);
    d.send({ type: 'countdown-tick' }, { type: 'countdown-tick' });
    expect(d.state.phase).toBe('running');
    expect(d.of('speak').map((e) => e.text)).toEqual(['GO']);
    expect(d.of('countdown-timer')).toEqual([{ type: 'countdown-timer', isOn: false }]);
    const [start] = d.of('start-analysis');
    expect(start?.protocol).toBe(RUNNABLE_TESTS.chair_stand_30s.spec.protocol);
    expect(start?.definition).toBe(RUNNABLE_TESTS.chair_stand_30s.spec.definition);
    // The run's trace starts at Go, not during the setup check or the countdown.
    expect(d.of('trace-start')).toHaveLength(1);
  });

  it('shows the stands and the clock from the run, ignoring frames from before Go', () => {
    const d = going('chair_stand_30s');
    d.send({ type: 'frame', frame: frame(5000, null) });
    expect(d.state.stands).toBe(0);
    expect(d.of('trace-push')).toEqual([]);
    const running = frame(5100, runUpdate(2, 7400, 22_600));
    d.send({ type: 'frame', frame: running });
    expect(d.of('trace-push')).toEqual([{ type: 'trace-push', pose: running.pose }]);
    expect(d.state.stands).toBe(2);
    expect(d.state.elapsedMs).toBe(7400);
    expect(d.state.remainingMs).toBe(22_600);
    expect(d.of('sound')).toEqual([{ type: 'sound', name: 'rep' }]);
  });

  it('finishes the run when the protocol completes, and scores it with the facts', () => {
    const d = going('five_times_sit_to_stand');
    const done = {
      ...runUpdate(5, 9000, null),
      completion: { reason: 'target_reached', atMs: ms(10_000), stageIndex: 0 },
    } as const;
    d.send({ type: 'frame', frame: frame(10_000, done) });
    expect(d.state.phase).toBe('finishing');
    expect(d.of('finish-analysis')).toEqual([{ type: 'finish-analysis', keepReps: 5 }]);
    d.send({ type: 'frame', frame: frame(10_033, done) });
    expect(d.of('finish-analysis')).toEqual([]);
    d.send({ type: 'finished', result: runResult(5, 'target_reached') });
    expect(d.state.phase).toBe('result');
    // The fifth stand (summaryOf: rep 5 ends at 11 900 ms) from the stage's start at 1000 ms.
    expect(d.state.result?.score).toEqual({ kind: 'seconds', seconds: 10.9 });
    expect(d.state.result?.interpretation).not.toBeNull();
    expect(d.state.standTimes).toHaveLength(5);
    expect(d.state.standTimes[0]).toEqual({ startS: 1, endS: 2.9 });
    expect(d.of('stop-camera')).toHaveLength(1);
    // Stored with the facts it was scored with; the screen says when it is kept.
    expect(d.of('save-result')).toEqual([
      {
        type: 'save-result',
        result: d.state.result,
        facts,
        standTimes: d.state.standTimes,
      },
    ]);
    expect(d.state.resultSave).toBe('saving');
    d.send({ type: 'result-saved', isSaved: true });
    expect(d.state.resultSave).toBe('saved');
  });

  it('a result that could not be stored says so', () => {
    const d = going('five_times_sit_to_stand');
    d.send({ type: 'stop-asked' }, { type: 'finished', result: runResult(2, 'ended') });
    expect(d.of('save-result')).toHaveLength(1);
    d.send({ type: 'result-saved', isSaved: false });
    expect(d.state.resultSave).toBe('failed');
  });

  it('the stored facts fill the start form once; facts said since are not overwritten', () => {
    const d = new Driver('chair_stand_30s');
    expect(d.state.isFactsLoaded).toBe(false);
    d.send({ type: 'facts-loaded', facts });
    expect(d.state).toMatchObject({ isFactsLoaded: true, facts });
    d.send({ type: 'camera-start-asked', facts: { ageYears: 70, sex: 'male' } });
    d.send({ type: 'facts-loaded', facts });
    expect(d.state.facts).toEqual({ ageYears: 70, sex: 'male' });
  });

  it('Stop ends a running test at once: the run is finished and its result says it ended early', () => {
    const d = going('chair_stand_30s');
    d.send({ type: 'frame', frame: frame(5100, runUpdate(3, 8000, 22_000)) });
    d.send({ type: 'stop-asked' });
    expect(d.state.phase).toBe('finishing');
    // The result never claims a stand the patient was not shown (one may be in flight).
    expect(d.of('finish-analysis')).toEqual([{ type: 'finish-analysis', keepReps: 3 }]);
    expect(d.of('silence')).toHaveLength(1);
    // A fourth stand counted in the frames in flight: not claimed.
    d.send({ type: 'finished', result: runResult(4, 'ended', 3) });
    expect(d.state.result?.stopReason).toBe('ended_early');
    expect(d.state.result?.score).toEqual({ kind: 'count', count: 3 });
    expect(d.state.standTimes).toHaveLength(3);
  });

  it('Stop during the countdown goes back to the setup check without starting the run', () => {
    const d = ready('chair_stand_30s').send({ type: 'begin-asked' }, { type: 'stop-asked' });
    expect(d.state.phase).toBe('setup');
    expect(d.of('countdown-timer')).toEqual([{ type: 'countdown-timer', isOn: false }]);
    d.send({ type: 'countdown-tick' });
    expect(d.of('start-analysis')).toEqual([]);
  });

  it('a late result after leaving the page is dropped', () => {
    const d = going('chair_stand_30s').send({ type: 'stop-asked' }, { type: 'view-detached' });
    expect(d.state.phase).toBe('start');
    d.send({ type: 'finished', result: runResult(2, 'ended') });
    expect(d.state.phase).toBe('start');
    expect(d.state.result).toBeNull();
  });

  it('a camera or tracker failure mid-test ends it without a score, saying why', () => {
    const error = { stage: 'Camera', code: 'ended', message: 'The camera stopped.' } as const;
    const d = going('chair_stand_30s').send({ type: 'run-failed', error });
    expect(d.state.phase).toBe('setup');
    expect(d.state.camera).toBe('error');
    expect(d.state.cameraError).toEqual(error);
    expect(d.state.result).toBeNull();
  });

  it('"Do the test again" goes back to the setup check with the camera on again', () => {
    const d = going('five_times_sit_to_stand').send(
      { type: 'stop-asked' },
      { type: 'finished', result: runResult(1, 'ended') },
      { type: 'camera-phase', camera: 'idle', modelProgress: null },
      { type: 'again-asked' },
    );
    expect(d.state.phase).toBe('setup');
    expect(d.state.result).toBeNull();
    expect(d.state.stands).toBe(0);
    expect(d.of('start-camera')).toHaveLength(1);
    expect(d.state.isReady).toBe(false);
  });
});
