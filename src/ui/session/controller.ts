// The coaching session's shell: the store the screens render, the intents they call, and the
// carrying out of the coach flow's effects (flow/flow.ts decides; this file does). It owns every
// async job (camera run, pose client, rest timer, speech, storage writes) and reports each job's
// outcome back to the flow as an event, with the time and the ids the flow does not make itself.
import { DEFAULT_PROGRAM_ID } from '../../core/programs/builtin';
import type { Program, SessionSink, SetTraceRecorder } from '../../core/session/types';
import type { PoseService } from '../../platform/live-tracking';
import { createStore } from '../store';
import type { FlowEffect, FlowEvent, SinkWrite } from './flow/events';
import { coachFlow } from './flow/flow';
import type { FlowWords } from './flow/live-frame';
import { flowInitial, type FlowState } from './flow/state';
import { createLiveRun, type LiveRun, type LiveView } from './live-run';
import { createPrefs, type Prefs } from './prefs';
import { performVoiceEffect } from './voice-effects';

export type { CoachScreen, CoachState, LiveState } from './flow/state';

const newId = (): string => crypto.randomUUID();

export interface CoachOptions extends FlowWords {
  /** Where the session is stored (the app's one sink; a fake in tests). */
  readonly sink: SessionSink;
  /** The app's one pose service, shared with the pose check. */
  readonly pose: PoseService;
  /** The therapists' programs stored on this device (the programs store). */
  readonly loadPrograms: () => Promise<Program[]>;
}

/** State only the flow reads: a change to it alone does not re-render the screens. */
const QUIET_KEYS: ReadonlySet<keyof FlowState> = new Set(['setupReadiness']);

export function createCoachController(options: CoachOptions) {
  const { sink } = options;
  const prefs = createPrefs();
  // A stored program's id is checked once the programs are loaded (currentProgram falls back).
  let flow = flowInitial(prefs.programId() ?? DEFAULT_PROGRAM_ID, prefs.get());
  const store = createStore<FlowState>(flow);
  const run: LiveRun = createLiveRun({
    pose: options.pose,
    // dispatch's jobs report their failures as events (storage through persist, camera and pose
    // as outcomes): what is left to reject is a bug, which stays visible as an unhandled rejection.
    onFrame: (frame) => void dispatch({ type: 'frame', frame, nowMs: Date.now() }),
    onError: (error) => void dispatch({ type: 'run-failed', error }),
    onPhase: (camera, modelProgress) =>
      void dispatch({ type: 'camera-phase', camera, modelProgress }),
    prefs: flow.prefs,
  });
  /** The pose trace of the set in progress (when the sink keeps traces). */
  let trace: SetTraceRecorder | null = null;
  let restTimer: ReturnType<typeof setInterval> | null = null;

  /** The flow's next state goes to the store, then its effects run; async ones are returned. */
  function dispatch(event: FlowEvent): Promise<void> {
    const previous = flow;
    const result = coachFlow(previous, event, options);
    flow = result.state;
    const isSeen = (Object.keys(flow) as (keyof FlowState)[]).some(
      (key) => !QUIET_KEYS.has(key) && flow[key] !== previous[key],
    );
    if (isSeen) store.set(flow);
    const jobs: Promise<unknown>[] = [];
    for (const effect of result.effects) {
      const job = perform(effect);
      if (job instanceof Promise) jobs.push(job);
    }
    return Promise.all(jobs).then(() => undefined);
  }

  const persist = (write: Promise<void>): void => {
    write.catch(() => dispatch({ type: 'storage-failed' }));
  };

  function sinkWrite(write: SinkWrite): Promise<void> {
    switch (write.op) {
      case 'startSession':
        return sink.startSession(write.session);
      case 'updateSession':
        return sink.updateSession(write.id, write.patch);
      case 'startSet':
        return sink.startSet(write.set);
      case 'updateSet':
        return sink.updateSet(write.id, write.patch);
      case 'saveRep':
        return sink.saveRep({ id: newId(), ...write.rep });
      case 'savePartial':
        return sink.savePartial({ id: newId(), ...write.partial });
      case 'saveCue':
        return sink.saveCue({ id: newId(), ...write.cue });
      case 'saveReadiness':
        return sink.saveReadiness(write.readiness);
    }
  }

  async function loadHome(): Promise<void> {
    const [readiness, recent, programs] = await Promise.all([
      sink.getReadiness(),
      sink.recentSessions(1),
      options.loadPrograms(),
    ]);
    await dispatch({ type: 'home-loaded', readiness, lastSession: recent[0] ?? null, programs });
  }

  function perform(effect: FlowEffect): Promise<unknown> | void {
    switch (effect.type) {
      case 'persist':
        return persist(sinkWrite(effect.write));
      case 'load-home':
        return loadHome().catch(() => dispatch({ type: 'storage-failed' }));
      case 'save-program':
        return prefs.setProgramId(effect.programId);
      case 'highlight':
        return run.highlightFor(effect.definition);
      case 'start-camera': {
        const started = run.start(effect.definition, { keepAnalysis: effect.keepAnalysis });
        if (!effect.resumeSet) return started;
        return started.then(() => dispatch({ type: 'camera-restarted' }));
      }
      case 'stop-camera':
        return run.stop();
      case 'pause-frames':
        return run.pause();
      case 'resume-frames':
        return run.resume();
      case 'start-analysis': {
        const started = run.analyse(effect.definition, effect.protocol);
        if (!effect.forSet) return void started;
        return started.then((isRunning) =>
          isRunning ? dispatch({ type: 'set-started', setId: newId(), nowMs: Date.now() }) : null,
        );
      }
      case 'finish-analysis':
        return run.finish({ keepReps: effect.keepReps }).then((finished) =>
          dispatch({
            type: 'set-finished',
            summary: finished?.summary ?? null,
            nowMs: Date.now(),
          }),
        );
      case 'trace-start':
        trace = sink.startTrace?.(effect.sessionId, effect.setId) ?? null;
        return;
      case 'trace-push':
        return trace?.push(effect.pose);
      case 'trace-flush':
        return trace === null ? undefined : persist(trace.flush());
      case 'trace-end':
        if (trace !== null) persist(trace.flush());
        trace = null;
        return;
      case 'speak':
      case 'silence':
      case 'sound':
        return performVoiceEffect(run, effect);
      case 'rest-timer':
        if (restTimer !== null) clearInterval(restTimer);
        restTimer = effect.isOn ? setInterval(() => dispatch({ type: 'rest-tick' }), 1000) : null;
        return;
    }
  }

  return {
    store,
    /** The camera view is attached (a screen with the camera) or gone (another page). */
    attachView(view: LiveView | null): void {
      run.attachView(view);
      void dispatch({ type: view === null ? 'view-detached' : 'view-attached' });
    },
    init: (): Promise<void> => loadHome().catch(() => dispatch({ type: 'storage-failed' })),
    submitReadiness(answers: Readonly<Record<string, boolean>>): void {
      void dispatch({ type: 'readiness-submitted', answers, nowMs: Date.now() });
    },
    acknowledgeClearance(): void {
      void dispatch({ type: 'clearance-acknowledged' });
    },
    /** A program from the clinic, stored already: it becomes the program followed. */
    programInstalled(program: Program): void {
      void dispatch({ type: 'program-installed', program });
    },
    selectProgram(programId: string): void {
      void dispatch({ type: 'program-selected', programId });
    },
    /** The whole program, or (with `index`) one exercise of it. */
    startSession(index?: number): void {
      const event = { sessionId: newId(), ownerId: prefs.ownerId(), nowMs: Date.now() };
      void dispatch({ type: 'session-started', index, ...event });
    },
    startCamera: (): Promise<void> => dispatch({ type: 'camera-start-asked' }),
    setPainNow(pain: number): void {
      void dispatch({ type: 'pain-now-set', pain });
    },
    beginExercise(): void {
      void dispatch({ type: 'begin-asked' });
    },
    togglePause: (): Promise<void> => dispatch({ type: 'pause-toggled' }),
    endSetEarly: (): Promise<void> => dispatch({ type: 'end-set-asked' }),
    skipRest(): void {
      void dispatch({ type: 'rest-skipped' });
    },
    stopForPain: (): Promise<void> => dispatch({ type: 'pain-stop', nowMs: Date.now() }),
    /** Pain now, asked on the stop screen: the stopped set's and the session's pain after. */
    recordPainAtStop(pain: number): void {
      void dispatch({ type: 'pain-at-stop', pain });
    },
    submitAfter(exertion: number, painAfter: number): void {
      void dispatch({ type: 'after-submitted', exertion, painAfter, nowMs: Date.now() });
    },
    showSummary(): void {
      void dispatch({ type: 'summary-shown' });
    },
    goHome(): void {
      void dispatch({ type: 'home-asked', nowMs: Date.now() });
    },
    setPref<K extends keyof Prefs>(key: K, value: Prefs[K]): void {
      const next = prefs.set(key, value);
      run.applyPrefs(next);
      void dispatch({ type: 'prefs-changed', prefs: next });
    },
    dispose(): void {
      if (restTimer !== null) clearInterval(restTimer);
      restTimer = null;
      run.dispose();
    },
  };
}

export type CoachController = ReturnType<typeof createCoachController>;
