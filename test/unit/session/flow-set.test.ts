// The coach flow during a set and between sets: live frames, completion, rest, pause and resume,
// and the page left and come back to.
import { describe, expect, it } from 'vitest';
import { ms } from '../../../src/core/units';
import { cueSpoken } from '../../../src/core/cues';
import {
  analysis,
  countReps,
  cue,
  frame,
  frameEvent,
  readyDriver,
  rep,
  setStarted,
  summaryOf,
  setProtocol,
} from './flow-driver';

/** The squat of the knee program: 2 sets of 8, 30 s rest. */
const live = () => setStarted(readyDriver(), 'SET1');

describe('coach flow: live frames', () => {
  it('stores each rep and partial as it comes, with the time of the event', () => {
    const d = live();
    const partial = {
      reason: 'not_deep_enough',
      side: 'left',
      startMs: ms(0),
      endTimestampMs: ms(900),
      depthFraction: 0.4,
    } as const;
    const update = analysis({ repCount: 1, reps: [rep(1)], partials: [partial] });
    d.send({ type: 'frame', frame: frame(2000, update), nowMs: 777 });
    expect(d.writes('saveRep')).toEqual([
      {
        op: 'saveRep',
        rep: { sessionId: 'S1', setId: 'SET1', exerciseId: 'squat', recordedAt: 777, rep: rep(1) },
      },
    ]);
    expect(d.writes('savePartial')).toEqual([
      { op: 'savePartial', partial: { sessionId: 'S1', setId: 'SET1', recordedAt: 777, partial } },
    ]);
    expect(d.effectsOf('trace-push')).toHaveLength(1);
    expect(d.state.live.repCount).toBe(1);
    expect(d.state.live.announcement).toBe('REP 1/8');
    expect(d.effectsOf('sound')).toEqual([{ type: 'sound', name: 'rep' }]);
  });

  it('shows, says and stores a cue', () => {
    const d = live();
    d.send(frameEvent(100, analysis({ cues: [cue('form_fault', 'Knees out', 3)] })));
    expect(d.state.live.cue).toEqual({ text: 'Knees out', kind: 'form_fault', frameTimeMs: 100 });
    expect(d.state.live.announcement).toBe('Knees out');
    expect(d.effectsOf('speak')).toEqual([{ type: 'speak', text: 'Knees out', priority: 3 }]);
    expect(d.writes('saveCue')).toEqual([
      {
        op: 'saveCue',
        cue: {
          sessionId: 'S1',
          setId: 'SET1',
          cue: cueSpoken(cue('form_fault', 'Knees out', 3), 'Knees out'),
        },
      },
    ]);
    expect(d.effectsOf('sound')).toEqual([]);
  });

  it('sounds "target reached", and takes it off screen once the range leaves the target', () => {
    const d = live();
    const rom = d.state.definition?.rom;
    if (rom === null || rom === undefined) throw new Error('squat has a ROM target');
    const reached = cue('target_reached', 'Target reached', 4);
    // Knee flexion from straight (180° measured): 180 − 90 = the 90° target.
    d.send(frameEvent(100, analysis({ cues: [reached], measures: { [rom.measure]: 90 } })));
    expect(d.effectsOf('sound')).toEqual([{ type: 'sound', name: 'target' }]);
    expect(d.state.live.cue?.kind).toBe('target_reached');
    d.send(frameEvent(200, analysis({ measures: { [rom.measure]: 150 } })));
    expect(d.state.live.cue).toBeNull();
  });

  it('encourages at half way and at one rep to go', () => {
    const d = countReps(live(), 1, 3);
    expect(d.state.live.encouragement).toBeNull();
    countReps(d, 4, 4);
    expect(d.state.live.encouragement).toBe('HALFWAY');
    expect(d.effectsOf('speak')).toEqual([{ type: 'speak', text: 'HALFWAY', priority: 6 }]);
    countReps(d, 5, 7);
    expect(d.state.live.encouragement).toBe('ONE MORE');
  });

  it('says why nothing counts once, when the reason changes, more urgently for another person', () => {
    const d = live();
    d.send(frameEvent(100, analysis({ notCounting: { code: 'start_position' } })));
    expect(d.state.live.notCounting).toEqual({ code: 'start_position' });
    expect(d.effectsOf('speak')[0]?.priority).toBe(2);
    expect(d.state.live.announcement).toMatch(/^NOT COUNTING start_position/);
    d.send(frameEvent(200, analysis({ notCounting: { code: 'start_position' } })));
    expect(d.effectsOf('speak')).toEqual([]);
    d.send(frameEvent(300, analysis({ notCounting: { code: 'other_person' } })));
    expect(d.effectsOf('speak')[0]?.priority).toBe(1);
  });

  it('shows the gauge of the ROM joint with the frame time it comes from', () => {
    const d = live();
    const rom = d.state.definition?.rom;
    if (rom === null || rom === undefined) throw new Error('squat has a ROM target');
    d.send(frameEvent(100, analysis({ measures: { [rom.measure]: 120 } })));
    expect(d.state.live.gauge).toMatchObject({ targetDeg: rom.targetDeg, frameTimeMs: 100 });
  });

  it('keeps the live screen as it is when a frame changes nothing on it', () => {
    const d = countReps(live(), 1, 1);
    const before = d.state.live;
    d.send(frameEvent(2100, analysis({ repCount: 1 })));
    expect(d.state.live).toBe(before);
  });
});

describe('coach flow: set completion and rest', () => {
  it('ends the set when the target is met, ignores frames meanwhile, then rests', () => {
    const d = countReps(live(), 1, 8);
    expect(d.state.setRecord).toBeNull();
    expect(d.state.ending).toMatchObject({ status: 'completed', shownRepCount: 8 });
    expect(d.effects.slice(-2)).toEqual([
      { type: 'trace-end' },
      { type: 'finish-analysis', keepReps: 8 },
    ]);
    d.send(frameEvent(99_000, analysis({ repCount: 9, reps: [rep(9)] })));
    expect(d.effects).toEqual([]);
    d.send({ type: 'set-finished', summary: summaryOf(8), nowMs: 5000 });
    expect(d.writes('updateSet')).toEqual([
      {
        op: 'updateSet',
        id: 'SET1',
        patch: {
          endedAt: 5000,
          status: 'completed',
          repCount: 8,
          holdSeconds: null,
          summary: summaryOf(8),
        },
      },
    ]);
    expect(d.effectsOf('sound')).toEqual([{ type: 'sound', name: 'set-done' }]);
    expect(d.effectsOf('speak')).toEqual([{ type: 'speak', text: 'SET DONE', priority: 6 }]);
    expect(d.state).toMatchObject({ screen: 'rest', restSeconds: 30, setNumber: 2 });
    expect(d.effectsOf('rest-timer')).toEqual([{ type: 'rest-timer', isOn: true }]);
    expect(d.state.exerciseSets).toHaveLength(1);
  });

  it('ends a hold once its time is held', () => {
    const d = setStarted(readyDriver({ programId: 'builtin-back', index: 1 }), 'HOLD1');
    const holding = (heldMs: number) =>
      analysis({
        hold: { heldMs: ms(heldMs), isHolding: true, targetMs: ms(20_000) },
        completion:
          heldMs >= 20_000 ? { reason: 'target_reached', atMs: ms(heldMs), stageIndex: 0 } : null,
      });
    d.send(frameEvent(100, holding(19_999)));
    expect(d.state.ending).toBeNull();
    expect(d.state.live).toMatchObject({ heldSeconds: 19, isHolding: true });
    d.send(frameEvent(200, holding(20_000)));
    expect(d.state.ending).toMatchObject({ status: 'completed', shownHeldSeconds: 20 });
  });

  it('counts the rest down each second and starts the next set at zero', () => {
    const d = countReps(live(), 1, 8).send({
      type: 'set-finished',
      summary: summaryOf(8),
      nowMs: 1,
    });
    d.send({ type: 'rest-tick' });
    expect(d.state.restSeconds).toBe(29);
    for (let i = 0; i < 28; i += 1) d.send({ type: 'rest-tick' });
    expect(d.state.restSeconds).toBe(1);
    expect(d.effects).toEqual([]);
    d.send({ type: 'rest-tick' });
    expect(d.effects).toEqual([
      { type: 'rest-timer', isOn: false },
      {
        type: 'start-analysis',
        definition: d.state.definition,
        protocol: setProtocol(d),
        forSet: true,
      },
    ]);
    d.send({ type: 'set-started', setId: 'SET2', nowMs: 9 });
    expect(d.state).toMatchObject({ screen: 'live', restSeconds: null, setNumber: 2 });
    // The pain before belongs to the exercise's first set only.
    expect(d.writes('startSet')[0]).toMatchObject({ set: { setNumber: 2, painBefore: null } });
  });

  it('skips the rest on request', () => {
    const d = countReps(live(), 1, 8).send({
      type: 'set-finished',
      summary: summaryOf(8),
      nowMs: 1,
    });
    d.send({ type: 'rest-skipped' });
    expect(d.effects).toEqual([
      { type: 'rest-timer', isOn: false },
      {
        type: 'start-analysis',
        definition: d.state.definition,
        protocol: setProtocol(d),
        forSet: true,
      },
    ]);
    expect(d.state.isRestCounting).toBe(false);
    d.send({ type: 'rest-tick' });
    expect(d.effects).toEqual([]);
  });

  // The rest screen stood frozen at its last second, its button live, until the worker started
  // the set run; a second press asked for a second set run.
  it('says the next set is starting until its analysis runs, and asks for it once', () => {
    const d = countReps(live(), 1, 8).send({
      type: 'set-finished',
      summary: summaryOf(8),
      nowMs: 1,
    });
    expect(d.state.isSetStarting).toBe(false);
    d.send({ type: 'rest-skipped' });
    expect(d.state).toMatchObject({ screen: 'rest', isSetStarting: true });
    d.send({ type: 'rest-skipped' });
    expect(d.effects).toEqual([]);
    d.send({ type: 'set-started', setId: 'SET2', nowMs: 2 });
    expect(d.state).toMatchObject({ screen: 'live', isSetStarting: false });
  });

  it('asks for the first set once however often "Start exercise" is pressed', () => {
    const d = readyDriver({ index: 0 });
    d.send({ type: 'begin-asked' });
    expect(d.effectsOf('start-analysis')).toHaveLength(1);
    expect(d.state.isSetStarting).toBe(true);
    d.send({ type: 'begin-asked' });
    expect(d.effects).toEqual([]);
  });

  it('after the last set of an exercise with more to come, asks its questions beside the camera', () => {
    const d = countReps(live(), 1, 8).send({
      type: 'set-finished',
      summary: summaryOf(8),
      nowMs: 1,
    });
    d.send({ type: 'rest-skipped' }, { type: 'set-started', setId: 'SET2', nowMs: 2 });
    countReps(d, 1, 8).send({ type: 'set-finished', summary: summaryOf(8), nowMs: 3 });
    expect(d.state).toMatchObject({ screen: 'after', camera: 'running' });
    expect(d.effectsOf('pause-frames')).toHaveLength(1);
    expect(d.effectsOf('stop-camera')).toEqual([]);
  });

  it('after the last set of the last exercise, turns the camera off', () => {
    const d = setStarted(readyDriver({ index: 0 }), 'SET1');
    d.state = { ...d.state, plan: [{ ...d.state.plan[0]!, sets: 1 }] };
    countReps(d, 1, 8).send({ type: 'set-finished', summary: summaryOf(8), nowMs: 3 });
    expect(d.state).toMatchObject({ screen: 'after', camera: 'idle' });
    expect(d.effectsOf('stop-camera')).toHaveLength(1);
  });

  it('ends a set early as interrupted, then rests before the next', () => {
    const d = countReps(live(), 1, 3).send({ type: 'end-set-asked' });
    expect(d.state.ending).toMatchObject({ status: 'interrupted', shownRepCount: 3 });
    d.send({ type: 'set-finished', summary: summaryOf(3), nowMs: 4 });
    expect(d.writes('updateSet')[0]).toMatchObject({
      patch: { status: 'interrupted', repCount: 3 },
    });
    expect(d.effectsOf('sound')).toEqual([]);
    expect(d.state).toMatchObject({ screen: 'rest', setNumber: 2 });
  });

  it('does not end a set twice when asked again while it is ending', () => {
    const d = countReps(live(), 1, 3).send({ type: 'end-set-asked' }, { type: 'end-set-asked' });
    expect(d.effects).toEqual([]);
  });
});

describe('coach flow: pause and resume', () => {
  it('pauses the frames (trace flushed) and resumes them', () => {
    const d = countReps(live(), 1, 2).send({ type: 'pause-toggled' });
    expect(d.effects).toEqual([{ type: 'pause-frames' }, { type: 'trace-flush' }]);
    expect(d.state.live.isPaused).toBe(true);
    d.send(frameEvent(9000, analysis({ repCount: 3, reps: [rep(3)] })));
    expect(d.effects).toEqual([]);
    expect(d.state.live.repCount).toBe(2);
    d.send({ type: 'pause-toggled' });
    expect(d.effects).toEqual([{ type: 'resume-frames' }]);
    expect(d.state.live).toMatchObject({ isPaused: false, repCount: 2 });
  });

  it('pauses the set when the page is left, and restarts the camera on Resume after it', () => {
    const d = countReps(live(), 1, 2).send({ type: 'view-detached' });
    expect(d.effects).toEqual([
      { type: 'trace-flush' },
      { type: 'persist', write: { op: 'updateSet', id: 'SET1', patch: { repCount: 2 } } },
    ]);
    expect(d.state).toMatchObject({ camera: 'idle', live: { isPaused: true, repCount: 2 } });
    d.send({ type: 'view-attached' });
    expect(d.effects).toEqual([]);
    d.send({ type: 'pause-toggled' });
    expect(d.effects).toEqual([
      { type: 'start-camera', definition: d.state.definition, keepAnalysis: true, resumeSet: true },
    ]);
    expect(d.state.live.isPaused).toBe(true);
    d.send(
      { type: 'camera-phase', camera: 'starting', modelProgress: null },
      { type: 'pause-toggled' },
    );
    expect(d.effects).toEqual([]);
    d.send(
      { type: 'camera-phase', camera: 'running', modelProgress: null },
      { type: 'camera-restarted' },
    );
    expect(d.effects).toEqual([{ type: 'resume-frames' }]);
    expect(d.state.live).toMatchObject({ isPaused: false, repCount: 2 });
    d.send(frameEvent(9000, analysis({ repCount: 3, reps: [rep(3)] })));
    expect(d.state.live.repCount).toBe(3);
  });

  it('stops the rest countdown while away, and goes on from where it was on return', () => {
    const d = countReps(live(), 1, 8).send({
      type: 'set-finished',
      summary: summaryOf(8),
      nowMs: 1,
    });
    d.send({ type: 'rest-tick' }, { type: 'rest-tick' }, { type: 'view-detached' });
    expect(d.effects).toEqual([{ type: 'rest-timer', isOn: false }]);
    expect(d.state).toMatchObject({ camera: 'idle', restSeconds: 28 });
    d.send({ type: 'rest-tick' });
    expect(d.state.restSeconds).toBe(28);
    d.send({ type: 'view-attached' });
    expect(d.effects).toEqual([
      {
        type: 'start-camera',
        definition: d.state.definition,
        keepAnalysis: true,
        resumeSet: false,
      },
      { type: 'rest-timer', isOn: true },
    ]);
    expect(d.state).toMatchObject({ screen: 'rest', restSeconds: 28, setNumber: 2 });
  });

  it('starts the setup check over when the page is left during it', () => {
    const d = readyDriver();
    expect(d.state.isReady).toBe(true);
    d.send({ type: 'view-detached' });
    expect(d.state).toMatchObject({ isReady: false, setupIssue: null, camera: 'idle' });
    expect(d.state.setupReadiness.isReady).toBe(false);
  });
});
