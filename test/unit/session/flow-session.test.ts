// The coach flow from home to the first set: readiness, session start, camera phases, the setup
// check's readiness and the conditions to begin.
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROGRAMS } from '../../../src/core/programs/builtin';
import {
  analysis,
  cameraLost,
  frame,
  frameEvent,
  FlowDriver,
  readinessRecord,
  readyDriver,
  setStarted,
  setProtocol,
} from './flow-driver';

const knee = BUILTIN_PROGRAMS.find((p) => p.id === 'builtin-knee');

describe('coach flow: home and readiness', () => {
  it('asks the readiness questions until they are answered, then shows home', () => {
    const d = new FlowDriver();
    d.send({ type: 'home-loaded', readiness: null, lastSession: null, programs: [] });
    expect(d.state.screen).toBe('readiness');
    d.send({ type: 'home-loaded', readiness: readinessRecord, lastSession: null, programs: [] });
    expect(d.state.screen).toBe('home');
  });

  it('stores the answers and advises clearance after any "yes"', () => {
    const d = new FlowDriver().send({
      type: 'home-loaded',
      readiness: null,
      lastSession: null,
      programs: [],
    });
    d.send({ type: 'readiness-submitted', answers: { chest: true, dizzy: false }, nowMs: 5 });
    expect(d.state.screen).toBe('clearance');
    expect(d.writes('saveReadiness')).toEqual([
      {
        op: 'saveReadiness',
        readiness: {
          answeredAt: 5,
          answers: { chest: true, dizzy: false },
          clearanceAdvised: true,
          disclaimerAcceptedAt: 5,
        },
      },
    ]);
    d.send({ type: 'clearance-acknowledged' });
    expect(d.state.screen).toBe('home');
    d.send({ type: 'readiness-submitted', answers: { chest: false }, nowMs: 6 });
    expect(d.state.screen).toBe('home');
  });

  it('keeps a chosen program that exists, and ignores one that does not', () => {
    const d = new FlowDriver().send({ type: 'program-selected', programId: 'builtin-back' });
    expect(d.state.programId).toBe('builtin-back');
    expect(d.effects).toEqual([{ type: 'save-program', programId: 'builtin-back' }]);
    d.send({ type: 'program-selected', programId: 'no-such-program' });
    expect(d.state.programId).toBe('builtin-back');
    expect(d.effects).toEqual([]);
  });
});

describe('coach flow: session start', () => {
  it('starts the whole program on its first exercise, stored as a program session', () => {
    const d = new FlowDriver().send({
      type: 'session-started',
      index: undefined,
      sessionId: 'S1',
      ownerId: 'O1',
      nowMs: 1000,
    });
    expect(d.state.plan).toEqual(knee?.exercises);
    expect(d.state).toMatchObject({ screen: 'setup', itemIndex: 0, setNumber: 1 });
    expect(d.state.sessionStatus).toBe('in_progress');
    expect(d.state.definition?.id).toBe('squat');
    const [start] = d.writes('startSession');
    expect(start).toMatchObject({
      session: {
        id: 'S1',
        programId: 'builtin-knee',
        programVersion: 1,
        startedAt: 1000,
        ownerId: 'O1',
      },
    });
    expect(d.effectsOf('highlight')).toHaveLength(1);
    // The camera is off: nothing is analysed until it is started.
    expect(d.effectsOf('start-analysis')).toEqual([]);
  });

  it('starts one exercise of the program as a session of its own', () => {
    const d = new FlowDriver().send({
      type: 'session-started',
      index: 2,
      sessionId: 'S1',
      ownerId: 'O1',
      nowMs: 1000,
    });
    expect(d.state.plan.map((p) => p.exerciseId)).toEqual(['knee_extension_seated']);
    expect(d.writes('startSession')[0]).toMatchObject({ session: { programId: null } });
  });
});

describe('coach flow: camera', () => {
  it('asks the camera to start for the exercise and follows its phases', () => {
    const d = new FlowDriver().send({
      type: 'session-started',
      index: undefined,
      sessionId: 'S1',
      ownerId: 'O1',
      nowMs: 1000,
    });
    d.send({ type: 'camera-start-asked' });
    expect(d.effectsOf('start-camera')).toEqual([
      {
        type: 'start-camera',
        definition: d.state.definition,
        keepAnalysis: false,
        resumeSet: false,
      },
    ]);
    d.send({ type: 'camera-phase', camera: 'loading-model', modelProgress: 0.5 });
    expect(d.state).toMatchObject({ camera: 'loading-model', modelProgress: 0.5 });
    d.send({ type: 'camera-phase', camera: 'running', modelProgress: null });
    expect(d.state.camera).toBe('running');
  });

  it('does not start a camera before an exercise is loaded', () => {
    const d = new FlowDriver().send({ type: 'camera-start-asked' });
    expect(d.effects).toEqual([]);
  });

  it('clears the previous camera error when the camera is asked again', () => {
    const d = readyDriver();
    d.send({ type: 'run-failed', error: cameraLost });
    expect(d.state.cameraError).not.toBeNull();
    d.send({ type: 'camera-start-asked' });
    expect(d.state.cameraError).toBeNull();
  });
});

describe('coach flow: setup check', () => {
  it('is ready once the position has been good for a second, not before', () => {
    const d = new FlowDriver().send(
      { type: 'session-started', index: undefined, sessionId: 'S1', ownerId: 'O1', nowMs: 1 },
      { type: 'camera-phase', camera: 'running', modelProgress: null },
    );
    d.send({ type: 'frame', frame: frame(0, null, null as never), nowMs: 1 });
    expect(d.state).toMatchObject({ setupIssue: 'no-person', isReady: false });
    d.send(frameEvent(100, analysis()), frameEvent(600, analysis()));
    expect(d.state).toMatchObject({ setupIssue: null, isReady: false });
    d.send(frameEvent(1100, analysis()));
    expect(d.state).toMatchObject({ setupIssue: null, isReady: true, setupPosture: 'standing' });
  });

  it('leaves the screens untouched by a frame that changes nothing they show', () => {
    const d = readyDriver();
    const before = d.state;
    d.send(frameEvent(1300, null));
    expect(d.state.setupReadiness).not.toBe(before.setupReadiness);
    expect({ ...d.state, setupReadiness: null }).toEqual({ ...before, setupReadiness: null });
  });

  it('begins a set only when ready and the pain now is answered', () => {
    const notReady = new FlowDriver().send(
      { type: 'session-started', index: undefined, sessionId: 'S1', ownerId: 'O1', nowMs: 1 },
      { type: 'pain-now-set', pain: 3 },
      { type: 'begin-asked' },
    );
    expect(notReady.effects).toEqual([]);
    const noPain = readyDriver();
    noPain.state = { ...noPain.state, painNow: null };
    noPain.send({ type: 'begin-asked' });
    expect(noPain.effects).toEqual([]);
    const d = readyDriver().send({ type: 'begin-asked' });
    expect(d.effects).toEqual([
      {
        type: 'start-analysis',
        definition: d.state.definition,
        protocol: setProtocol(d),
        forSet: true,
      },
    ]);
    expect(d.state.screen).toBe('setup');
  });

  it('starts the set when its analysis runs: stored with the pain before, traced, shown live', () => {
    const d = setStarted(readyDriver({}, 4), 'SET1', 2000);
    expect(d.state.screen).toBe('live');
    expect(d.writes('startSet')).toEqual([
      {
        op: 'startSet',
        set: expect.objectContaining({
          id: 'SET1',
          sessionId: 'S1',
          exerciseId: 'squat',
          setNumber: 1,
          startedAt: 2000,
          status: 'in_progress',
          painBefore: 4,
        }),
      },
    ]);
    expect(d.effectsOf('trace-start')).toEqual([
      { type: 'trace-start', sessionId: 'S1', setId: 'SET1' },
    ]);
  });

  it('ignores a set start that arrives after the patient left the set (a late analysis)', () => {
    const d = readyDriver().send({ type: 'begin-asked' }, { type: 'home-asked', nowMs: 3 });
    d.send({ type: 'set-started', setId: 'LATE', nowMs: 4 });
    expect(d.state.setRecord).toBeNull();
    expect(d.effects).toEqual([]);
  });
});
