// The coach flow's ways out: "Stop — it hurts" (from a set and from a rest) and the pain asked
// after it, the exercise's questions and the pain carried to the next exercise, the camera or the
// tracker lost (issue #9: the set keeps its number, its record the reps shown), going home, and
// the end of the session.
import { describe, expect, it } from 'vitest';
import {
  analysis,
  cameraLost,
  countReps,
  frameEvent,
  readyDriver,
  rep,
  setStarted,
  summaryOf,
  workerLost,
  type FlowDriver,
} from './flow-driver';

const live = () => setStarted(readyDriver(), 'SET1');
/** Set 1 done (8 reps), resting before set 2. */
const resting = () =>
  countReps(live(), 1, 8).send({ type: 'set-finished', summary: summaryOf(8), nowMs: 10 });
/** Both squat sets done: the exercise's questions, the camera on for the next exercise. */
function afterSquat(): FlowDriver {
  const d = resting().send(
    { type: 'rest-skipped' },
    { type: 'set-started', setId: 'SET2', nowMs: 20 },
  );
  return countReps(d, 1, 8).send({ type: 'set-finished', summary: summaryOf(8), nowMs: 30 });
}

describe('coach flow: Stop — it hurts', () => {
  it('from a set: stops at once, ends the set and the session stopped for pain', () => {
    const d = countReps(live(), 1, 3).send({ type: 'pain-stop', nowMs: 50 });
    expect(d.state).toMatchObject({ screen: 'stopped', camera: 'idle', painAtStop: null });
    expect(d.effects).toEqual([
      { type: 'silence' },
      { type: 'trace-end' },
      { type: 'finish-analysis', keepReps: 3 },
    ]);
    d.send({ type: 'set-finished', summary: summaryOf(3), nowMs: 60 });
    expect(d.writes('updateSet')).toEqual([
      expect.objectContaining({
        id: 'SET1',
        patch: expect.objectContaining({ status: 'stopped_pain', repCount: 3 }),
      }),
    ]);
    expect(d.effectsOf('stop-camera')).toHaveLength(1);
    expect(d.writes('updateSession')).toEqual([
      {
        op: 'updateSession',
        id: 'S1',
        patch: {
          endedAt: 60,
          status: 'stopped_pain',
          painBefore: 2,
          painAfter: null,
          exertion: null,
        },
      },
    ]);
    expect(d.state.sessionStatus).toBe('stopped_pain');
    expect(d.state.summaries).toHaveLength(1);
    // Nothing follows a stop: no rest, no next set.
    expect(d.effectsOf('rest-timer')).toEqual([]);
    expect(d.state.screen).toBe('stopped');
  });

  it('from a rest: the last set and the session are stopped for pain, the countdown stops', () => {
    const d = resting().send({ type: 'pain-stop', nowMs: 40 });
    expect(d.effects).toEqual([
      { type: 'silence' },
      { type: 'rest-timer', isOn: false },
      {
        type: 'persist',
        write: { op: 'updateSet', id: 'SET1', patch: { status: 'stopped_pain' } },
      },
      { type: 'stop-camera' },
      {
        type: 'persist',
        write: {
          op: 'updateSession',
          id: 'S1',
          patch: {
            endedAt: 40,
            status: 'stopped_pain',
            painBefore: 2,
            painAfter: null,
            exertion: null,
          },
        },
      },
    ]);
    expect(d.state.exerciseSets.at(-1)?.status).toBe('stopped_pain');
    d.send({ type: 'rest-tick' });
    expect(d.effects).toEqual([]);
  });

  it('while a completed set is being ended: that set, not a rest, follows the stop', () => {
    const d = countReps(live(), 1, 8).send({ type: 'pain-stop', nowMs: 40 });
    d.send({ type: 'set-finished', summary: summaryOf(8), nowMs: 41 });
    expect(d.writes('updateSet')[0]).toMatchObject({ patch: { status: 'stopped_pain' } });
    expect(d.state).toMatchObject({ screen: 'stopped', sessionStatus: 'stopped_pain' });
    expect(d.effectsOf('rest-timer')).toEqual([]);
  });

  it('does nothing outside a set or a rest', () => {
    const d = readyDriver().send({ type: 'pain-stop', nowMs: 1 });
    expect(d.effects).toEqual([]);
    expect(d.state.screen).toBe('setup');
  });

  it('keeps the pain given on the stop screen as the set’s and the session’s pain after', () => {
    const d = countReps(live(), 1, 3).send(
      { type: 'pain-stop', nowMs: 50 },
      { type: 'set-finished', summary: summaryOf(3), nowMs: 60 },
      { type: 'pain-at-stop', pain: 7 },
    );
    expect(d.writes()).toEqual([
      { op: 'updateSet', id: 'SET1', patch: { painAfter: 7 } },
      { op: 'updateSession', id: 'S1', patch: { painAfter: 7 } },
    ]);
    expect(d.state.painAtStop).toBe(7);
    expect(d.state.summaries).toHaveLength(1);
    expect(d.state.summaries[0]?.painAfter).toBe(7);
  });
});

describe('coach flow: after the exercise', () => {
  it('stores exertion and pain after, then loads the next exercise with that pain carried', () => {
    const d = afterSquat().send({ type: 'after-submitted', exertion: 5, painAfter: 3, nowMs: 40 });
    expect(d.writes()).toEqual([
      { op: 'updateSet', id: 'SET2', patch: { exertion: 5, painAfter: 3 } },
    ]);
    expect(d.state.summaries).toHaveLength(1);
    expect(d.state).toMatchObject({
      screen: 'setup',
      itemIndex: 1,
      setNumber: 1,
      painNow: 3,
      isPainCarried: true,
      isReady: false,
    });
    expect(d.state.definition?.id).toBe('sit_to_stand');
    expect(d.state.exerciseSets).toEqual([]);
    // The camera stayed on: the new exercise is analysed and its frames flow again.
    expect(d.effects.slice(-3).map((e) => e.type)).toEqual([
      'highlight',
      'start-analysis',
      'resume-frames',
    ]);
    expect(d.effectsOf('start-analysis')[0]?.forSet).toBe(false);
  });

  it('begins the next exercise on the carried pain, stored as its first set’s pain before', () => {
    const d = afterSquat().send({ type: 'after-submitted', exertion: 5, painAfter: 3, nowMs: 40 });
    for (let t = 5000; t <= 6200; t += 100) d.send(frameEvent(t, null));
    d.send({ type: 'begin-asked' });
    expect(d.effectsOf('start-analysis')).toHaveLength(1);
    d.send({ type: 'set-started', setId: 'STS1', nowMs: 50 });
    expect(d.writes('startSet')[0]).toMatchObject({
      set: { exerciseId: 'sit_to_stand', setNumber: 1, painBefore: 3 },
    });
  });

  it('a pain answered anew is no longer the carried one', () => {
    const d = afterSquat().send(
      { type: 'after-submitted', exertion: 5, painAfter: 3, nowMs: 40 },
      { type: 'pain-now-set', pain: 4 },
    );
    expect(d.state).toMatchObject({ painNow: 4, isPainCarried: false });
  });

  it('after the last exercise, completes the session with its pain before and after', () => {
    const d = setStarted(readyDriver({ index: 0 }, 1), 'SET1');
    countReps(d, 1, 8).send(
      { type: 'set-finished', summary: summaryOf(8), nowMs: 10 },
      { type: 'rest-skipped' },
      { type: 'set-started', setId: 'SET2', nowMs: 20 },
    );
    countReps(d, 1, 8).send({ type: 'set-finished', summary: summaryOf(8), nowMs: 30 });
    expect(d.state).toMatchObject({ screen: 'after', camera: 'idle' });
    d.send({ type: 'after-submitted', exertion: 6, painAfter: 2, nowMs: 40 });
    expect(d.writes('updateSession')).toEqual([
      {
        op: 'updateSession',
        id: 'S1',
        patch: { endedAt: 40, status: 'completed', painBefore: 1, painAfter: 2, exertion: 6 },
      },
    ]);
    expect(d.state).toMatchObject({ screen: 'summary', sessionStatus: 'completed', session: null });
  });

  it('shows the summary on request', () => {
    const d = afterSquat().send({ type: 'summary-shown' });
    expect(d.state.screen).toBe('summary');
  });
});

describe('coach flow: camera or tracker lost', () => {
  it('mid-set: the set ends interrupted and keeps its number; the next one is set 2 (issue #9)', () => {
    const d = countReps(live(), 1, 3).send({ type: 'run-failed', error: cameraLost });
    expect(d.state).toMatchObject({
      screen: 'setup',
      camera: 'error',
      cameraError: cameraLost,
      setNumber: 2,
      isReady: false,
    });
    expect(d.state.live.repCount).toBe(0);
    // The set run is asked for the 3 reps shown: a 4th it may close at the end never reached the
    // screen or storage, so the set record does not claim it (the set run cuts it: set-run tests).
    expect(d.effects).toEqual([{ type: 'trace-end' }, { type: 'finish-analysis', keepReps: 3 }]);
    d.send({ type: 'set-finished', summary: summaryOf(3), nowMs: 70 });
    const [ended] = d.writes('updateSet');
    expect(ended).toMatchObject({ id: 'SET1', patch: { status: 'interrupted', repCount: 3 } });
    expect(ended?.op === 'updateSet' && ended.patch.summary?.reps.map((r) => r.index)).toEqual([
      1, 2, 3,
    ]);
    expect(d.state.screen).toBe('setup');
    // The camera back on and the position good again: the next set is set 2, not a second set 1.
    d.send(
      { type: 'camera-start-asked' },
      { type: 'camera-phase', camera: 'running', modelProgress: null },
    );
    for (let t = 0; t <= 1200; t += 100) d.send(frameEvent(t, null));
    d.send({ type: 'begin-asked' }, { type: 'set-started', setId: 'SET2', nowMs: 80 });
    expect(d.writes('startSet')[0]).toMatchObject({ set: { id: 'SET2', setNumber: 2 } });
    expect(d.state.exerciseSets.map((s) => s.setNumber)).toEqual([1]);
  });

  it('in the last set: the set ends interrupted and the exercise’s questions follow', () => {
    const d = resting().send(
      { type: 'rest-skipped' },
      { type: 'set-started', setId: 'SET2', nowMs: 20 },
    );
    countReps(d, 1, 2).send({ type: 'run-failed', error: workerLost });
    expect(d.state).toMatchObject({ screen: 'after', camera: 'error', setNumber: 2 });
    expect(d.effects).toEqual([
      { type: 'trace-end' },
      { type: 'finish-analysis', keepReps: 2 },
      { type: 'stop-camera' },
    ]);
    d.send({ type: 'set-finished', summary: summaryOf(2), nowMs: 30 });
    expect(d.state.screen).toBe('after');
    expect(d.state.exerciseSets.map((s) => [s.setNumber, s.status])).toEqual([
      [1, 'completed'],
      [2, 'interrupted'],
    ]);
  });

  it('while a completed set is being ended: it stays completed, and the next set keeps its number', () => {
    const d = countReps(live(), 1, 8).send({ type: 'run-failed', error: workerLost });
    expect(d.state).toMatchObject({ screen: 'setup', setNumber: 2 });
    d.send({ type: 'set-finished', summary: summaryOf(8), nowMs: 30 });
    expect(d.writes('updateSet')[0]).toMatchObject({ patch: { status: 'completed', repCount: 8 } });
    // No rest and no "set done" after the failure: the setup check shows the error.
    expect(d.effectsOf('rest-timer')).toEqual([]);
    expect(d.state).toMatchObject({ screen: 'setup', setNumber: 2 });
  });

  it('during a rest: the countdown stops and the setup check shows the error for the next set', () => {
    const d = resting().send({ type: 'run-failed', error: cameraLost });
    expect(d.effects).toEqual([{ type: 'rest-timer', isOn: false }]);
    expect(d.state).toMatchObject({ screen: 'setup', setNumber: 2, camera: 'error' });
  });

  it('in the setup check: only the error is shown', () => {
    const d = readyDriver().send({ type: 'run-failed', error: cameraLost });
    expect(d.effects).toEqual([]);
    expect(d.state).toMatchObject({ screen: 'setup', camera: 'error', cameraError: cameraLost });
  });
});

describe('coach flow: home', () => {
  it('mid-set: the set and the session end interrupted, and home loads', () => {
    const d = countReps(live(), 1, 3).send({ type: 'home-asked', nowMs: 90 });
    expect(d.effects.map((e) => e.type)).toEqual([
      'stop-camera',
      'trace-end',
      'finish-analysis',
      'persist',
      'load-home',
    ]);
    expect(d.writes('updateSession')[0]).toMatchObject({
      patch: { status: 'interrupted', endedAt: 90 },
    });
    expect(d.state).toMatchObject({ camera: 'idle', sessionStatus: 'interrupted', session: null });
    d.send({ type: 'set-finished', summary: summaryOf(3), nowMs: 95 });
    expect(d.writes('updateSet')[0]).toMatchObject({
      patch: { status: 'interrupted', repCount: 3 },
    });
    expect(d.effects.filter((e) => e.type !== 'persist')).toEqual([]);
  });

  it('while a completed set is being ended: no rest starts behind home', () => {
    const d = countReps(live(), 1, 8).send({ type: 'home-asked', nowMs: 90 });
    d.send({ type: 'set-finished', summary: summaryOf(8), nowMs: 95 });
    expect(d.effects.filter((e) => e.type !== 'persist')).toEqual([]);
    expect(d.state.isRestCounting).toBe(false);
  });

  it('during a rest: the countdown stops', () => {
    const d = resting().send({ type: 'home-asked', nowMs: 90 });
    expect(d.effectsOf('rest-timer')).toEqual([{ type: 'rest-timer', isOn: false }]);
    d.send({ type: 'home-loaded', readiness: d.state.readiness, lastSession: null, programs: [] });
    expect(d.state.screen).toBe('home');
  });
});

describe('coach flow: purity', () => {
  it('never changes the state it is given', () => {
    const d = live();
    const deepFreeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value)) deepFreeze(v);
      }
      return value;
    };
    d.state = deepFreeze(d.state);
    countReps(d, 1, 8).send(
      { type: 'set-finished', summary: summaryOf(8), nowMs: 10 },
      { type: 'pain-stop', nowMs: 11 },
      { type: 'pain-at-stop', pain: 4 },
    );
    d.send(frameEvent(1, analysis({ repCount: 1, reps: [rep(1)] })));
    expect(d.state.painAtStop).toBe(4);
  });
});
