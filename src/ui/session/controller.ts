// The coaching session's store and intents: readiness check → home → per exercise (setup check →
// sets, with rest between → exertion and pain) → summary. It owns every async job (camera, pose
// client, live frames, timers, speech, storage writes); screens render its state and call it.
import type { ExerciseSummary } from '../../core/coaching/exercise-summary';
import { exerciseSummarize } from '../../core/coaching/exercise-summary';
import { protocolOfSet } from '../../core/set-run';
import {
  setupIssue,
  setupReadinessCreate,
  setupReadinessStep,
  type SetupIssue,
} from '../../core/coaching/setup-guidance';
import { cueStillTrue } from '../../core/coach-cues';
import type { CueMessage } from '../../core/cue-message';
import { cueSpoken, type CueKind } from '../../core/cues';
import type { ExerciseDefinition } from '../../core/exercises/types';
import type { NotCountingReason } from '../../core/not-counting';
import type { ObservedPosture } from '../../core/posture';
import {
  BUILTIN_PROGRAMS,
  DEFAULT_PROGRAM_ID,
  findProgram,
  prescriptionDefinition,
} from '../../core/programs/builtin';
import type {
  ExerciseSetRecord,
  Prescription,
  ReadinessRecord,
  SessionRecord,
  SessionSink,
  SessionStatus,
  SetTraceRecorder,
} from '../../core/session/types';
import type { AppError } from '../../platform/errors';
import type { PoseService } from '../../platform/live-tracking';
import { createStore } from '../store';
import type { CameraPhase } from './camera-phase';
import { createLiveRun, type LiveFrame, type LiveRun, type LiveView } from './live-run';
import { createPrefs, type Prefs } from './prefs';
import { jointGauge, type JointGauge } from './live-view';

export type CoachScreen =
  | 'loading'
  | 'readiness'
  | 'clearance'
  | 'home'
  | 'setup'
  | 'live'
  | 'rest'
  | 'after'
  | 'stopped'
  | 'summary';

export interface LiveState {
  readonly repCount: number;
  readonly heldSeconds: number | null;
  readonly isHolding: boolean;
  /** With the capture time of the camera frame it shows (data-frame-time, for latency). */
  readonly gauge: (JointGauge & { readonly frameTimeMs: number }) | null;
  readonly phase: string;
  readonly tracking: string | null;
  readonly cue: {
    readonly text: string;
    readonly kind: CueKind;
    readonly frameTimeMs: number;
  } | null;
  readonly encouragement: string | null;
  /** Why nothing has counted for a few seconds (see core/not-counting.ts), worded by the screen. */
  readonly notCounting: NotCountingReason | null;
  readonly announcement: string;
  readonly isPaused: boolean;
}

export interface CoachState {
  readonly screen: CoachScreen;
  readonly readiness: ReadinessRecord | null;
  readonly programId: string;
  readonly lastSession: { session: SessionRecord; sets: ExerciseSetRecord[] } | null;
  /** The exercises of the session in progress (a program or a single exercise). */
  readonly plan: readonly Prescription[];
  readonly itemIndex: number;
  readonly setNumber: number;
  readonly camera: CameraPhase;
  readonly cameraError: AppError | null;
  readonly modelProgress: number | null;
  readonly setupIssue: SetupIssue | null;
  /** The posture seen during the setup check, to word a wrong-posture issue. */
  readonly setupPosture: ObservedPosture | null;
  readonly isReady: boolean;
  readonly painNow: number | null;
  /** painNow is the answer given after the previous exercise a moment ago, not asked again. */
  readonly isPainCarried: boolean;
  /** Pain (0–10) given on the stop screen after "Stop — it hurts". */
  readonly painAtStop: number | null;
  readonly live: LiveState;
  readonly restSeconds: number | null;
  readonly summaries: readonly ExerciseSummary[];
  readonly sessionStatus: SessionStatus | null;
  readonly storageFailed: boolean;
  readonly prefs: Prefs;
}

const emptyLive: LiveState = {
  repCount: 0,
  heldSeconds: null,
  isHolding: false,
  gauge: null,
  phase: 'waiting',
  tracking: null,
  cue: null,
  encouragement: null,
  notCounting: null,
  announcement: '',
  isPaused: false,
};

const newId = (): string => crypto.randomUUID();

export interface CoachOptions {
  /** Where the session is stored (the app's one sink; a fake in tests). */
  readonly sink: SessionSink;
  /** The app's one pose service, shared with the pose check. */
  readonly pose: PoseService;
  readonly encourage: { halfway: string; oneMore: string; setDone: string };
  readonly announceRep: (count: number, target: number) => string;
  readonly describeNotCounting: (reason: NotCountingReason, exerciseId: string) => string;
  /** The words of a cue: shown, spoken and stored alike. */
  readonly describeCue: (message: CueMessage) => string;
}

export function createCoachController(options: CoachOptions) {
  const { sink } = options;
  const prefs = createPrefs();
  const savedProgram = prefs.programId();
  const store = createStore<CoachState>({
    screen: 'loading',
    readiness: null,
    programId:
      savedProgram !== null && findProgram(savedProgram) !== null
        ? savedProgram
        : DEFAULT_PROGRAM_ID,
    lastSession: null,
    plan: [],
    itemIndex: 0,
    setNumber: 1,
    camera: 'idle',
    cameraError: null,
    modelProgress: null,
    setupIssue: null,
    setupPosture: null,
    isReady: false,
    painNow: null,
    isPainCarried: false,
    painAtStop: null,
    live: emptyLive,
    restSeconds: null,
    summaries: [],
    sessionStatus: null,
    storageFailed: false,
    prefs: prefs.get(),
  });
  const run: LiveRun = createLiveRun({
    pose: options.pose,
    onFrame: (frame) => onFrame(frame),
    onError: (error) => onRunError(error),
    onPhase: (camera, modelProgress) => store.set({ camera, modelProgress }),
    prefs: store.get().prefs,
  });

  let session: SessionRecord | null = null;
  let definition: ExerciseDefinition | null = null;
  let setRecord: ExerciseSetRecord | null = null;
  /** The pose trace of the set in progress (when the sink keeps traces). */
  let trace: SetTraceRecorder | null = null;
  let exerciseSets: ExerciseSetRecord[] = [];
  let readiness = setupReadinessCreate();
  let restTimer: ReturnType<typeof setInterval> | null = null;
  let isEnding = false;
  /** The session last ended by "Stop — it hurts": the pain asked on the stop screen goes to it. */
  let stoppedSessionId: string | null = null;

  // Storage writes (and reads) go through persist: a failure is shown. The `void`ed run and set
  // jobs (run.start, run.analyse, beginSet, endSet, completeSet) report camera and pose failures
  // as outcomes (onRunError) and store through persist: they reject only on a bug.
  const persist = (write: Promise<void>): void => {
    write.catch(() => store.set({ storageFailed: true }));
  };
  const prescription = (): Prescription | undefined => store.get().plan[store.get().itemIndex];
  const setLive = (patch: Partial<LiveState>): void =>
    store.set((s) => ({ live: { ...s.live, ...patch } }));

  async function refreshHome(): Promise<void> {
    const [record, recent] = await Promise.all([sink.getReadiness(), sink.recentSessions(1)]);
    store.set({
      readiness: record,
      lastSession: recent[0] ?? null,
      screen: record === null ? 'readiness' : 'home',
    });
  }

  /**
   * The setup check of the plan's exercise `index`. `painNow`: the pain answered after the
   * previous exercise a moment ago, carried over rather than asked again.
   */
  function loadExercise(index: number, painNow: number | null = null): void {
    const item = store.get().plan[index];
    if (item === undefined) return;
    const merged = prescriptionDefinition(item);
    if (!merged.ok) throw new Error(`program item ${item.exerciseId} is invalid`);
    definition = merged.value;
    exerciseSets = [];
    readiness = setupReadinessCreate();
    store.set({
      itemIndex: index,
      setNumber: 1,
      screen: 'setup',
      setupIssue: null,
      isReady: false,
      painNow,
      isPainCarried: painNow !== null,
      live: emptyLive,
    });
    run.highlightFor(definition);
    // Straight on from the previous exercise: the camera is still on, its frames paused.
    if (store.get().camera === 'running') {
      void run.analyse(definition);
      run.resume();
    }
  }

  /**
   * The exercise's sets are over: exertion and pain next. With another exercise to come the
   * camera stays on (frames paused) so the patient need not start it again; after the last one
   * it goes off.
   */
  function toAfter(): void {
    const { itemIndex, plan, camera } = store.get();
    if (itemIndex + 1 < plan.length && camera === 'running') {
      run.pause();
      store.set({ screen: 'after' });
      return;
    }
    run.stop();
    store.set({ screen: 'after', camera: 'idle' });
  }

  async function beginSet(): Promise<void> {
    const item = prescription();
    if (definition === null || session === null || item === undefined) return;
    const started = await run.analyse(definition, protocolOfSet(definition, item.reps));
    if (!started) return;
    const { setNumber, painNow } = store.get();
    setRecord = {
      id: newId(),
      sessionId: session.id,
      exerciseId: item.exerciseId,
      setNumber,
      prescription: item,
      startedAt: Date.now(),
      endedAt: null,
      status: 'in_progress',
      repCount: 0,
      holdSeconds: null,
      painBefore: setNumber === 1 ? painNow : null,
      painAfter: null,
      exertion: null,
      summary: null,
    };
    persist(sink.startSet(setRecord));
    trace = sink.startTrace?.(session.id, setRecord.id) ?? null;
    store.set({ screen: 'live', live: emptyLive, restSeconds: null });
  }

  async function endSet(status: ExerciseSetRecord['status']): Promise<void> {
    const current = setRecord;
    if (current === null || isEnding) return;
    isEnding = true;
    setRecord = null;
    if (trace !== null) persist(trace.flush());
    trace = null;
    // The counts on screen now: the screen may be reset while the summary is on its way.
    const { live } = store.get();
    const finished = await run.finish({ keepReps: live.repCount });
    const summary = finished?.summary ?? null;
    const ended: ExerciseSetRecord = {
      ...current,
      endedAt: Date.now(),
      status,
      repCount: summary?.repCount ?? live.repCount,
      holdSeconds: summary?.holdSeconds ?? live.heldSeconds,
      summary,
    };
    exerciseSets.push(ended);
    const { endedAt, repCount, holdSeconds } = ended;
    persist(sink.updateSet(ended.id, { endedAt, status, repCount, holdSeconds, summary }));
    isEnding = false;
  }

  function startRest(seconds: number, { isNextSet = true } = {}): void {
    const { setNumber } = store.get();
    store.set({ screen: 'rest', restSeconds: seconds, setNumber: setNumber + (isNextSet ? 1 : 0) });
    restTimer = setInterval(() => {
      const left = (store.get().restSeconds ?? 0) - 1;
      if (left > 0) return store.set({ restSeconds: left });
      skipRest();
    }, 1000);
  }

  function skipRest(): void {
    if (restTimer !== null) clearInterval(restTimer);
    restTimer = null;
    void beginSet();
  }

  async function completeSet(): Promise<void> {
    const item = prescription();
    if (item === undefined || setRecord === null || isEnding) return;
    await endSet('completed');
    run.sound('set-done');
    run.speak(options.encourage.setDone, 6);
    if (store.get().setNumber < item.sets) return startRest(item.restSeconds);
    toAfter();
  }

  function summarizeExercise(): void {
    const item = prescription();
    if (definition === null || item === undefined || exerciseSets.length === 0) return;
    const summary = exerciseSummarize(definition, item, exerciseSets);
    store.set((s) => ({ summaries: [...s.summaries, summary] }));
  }

  function finishSession(status: SessionStatus): void {
    if (session === null) return;
    const first = store.get().summaries[0];
    const last = store.get().summaries.at(-1);
    persist(
      sink.updateSession(session.id, {
        endedAt: Date.now(),
        status,
        painBefore: first?.painBefore ?? null,
        painAfter: last?.painAfter ?? null,
        exertion: exerciseSets.at(-1)?.exertion ?? null,
      }),
    );
    session = null;
    store.set({ sessionStatus: status });
  }

  /**
   * The camera or the movement tracker failed for good (a landmarker that fails on a frame is
   * replaced by the pose client while the set goes on: what arrives here could not be recovered).
   * A set in progress ends as interrupted with the reps it counted (each already stored) and keeps
   * its number: the next set is the next number, never a second "set N" counting from 0 again
   * (issue #9: "set 1" listed twice, "22 of 16 reps"). The setup check shows the error with its way
   * forward; when that was the last set, the exercise's questions come next.
   */
  function onRunError(error: AppError): void {
    store.set({ camera: 'error', cameraError: error, modelProgress: null });
    const { screen, setNumber } = store.get();
    if (screen !== 'live' && screen !== 'rest') return;
    if (restTimer !== null) clearInterval(restTimer);
    restTimer = null;
    const item = prescription();
    if (screen === 'live' && setRecord !== null) {
      void endSet('interrupted');
      if (item === undefined || setNumber >= item.sets) {
        run.stop();
        store.set({ screen: 'after', live: emptyLive });
        return;
      }
      store.set({ setNumber: setNumber + 1 });
    }
    readiness = setupReadinessCreate();
    store.set({ screen: 'setup', setupIssue: null, isReady: false, live: emptyLive });
  }

  function onFrame(frame: LiveFrame): void {
    const state = store.get();
    if (state.screen === 'setup' && definition !== null) {
      const issue = setupIssue(definition, {
        landmarks: frame.landmarks,
        tracking: frame.analysis?.tracking ?? null,
        view: frame.analysis?.view ?? null,
        posture: frame.analysis?.posture ?? null,
      });
      readiness = setupReadinessStep(readiness, issue, frame.receivedAtMs);
      const setupPosture = frame.analysis?.posture ?? null;
      if (
        issue !== state.setupIssue ||
        readiness.isReady !== state.isReady ||
        setupPosture !== state.setupPosture
      ) {
        store.set({ setupIssue: issue, isReady: readiness.isReady, setupPosture });
      }
      return;
    }
    if (state.screen !== 'live' || state.live.isPaused || definition === null) return;
    const analysis = frame.analysis;
    const current = setRecord;
    if (analysis === null || current === null) return;
    const item = prescription();
    if (item === undefined) return;
    trace?.push(frame.pose);
    for (const rep of analysis.reps) {
      persist(
        sink.saveRep({
          id: newId(),
          sessionId: current.sessionId,
          setId: current.id,
          exerciseId: current.exerciseId,
          recordedAt: Date.now(),
          rep,
        }),
      );
    }
    for (const partial of analysis.partials) {
      persist(
        sink.savePartial({
          id: newId(),
          sessionId: current.sessionId,
          setId: current.id,
          recordedAt: Date.now(),
          partial,
        }),
      );
    }
    const patch: { -readonly [K in keyof LiveState]?: LiveState[K] } = {};
    const cue = analysis.cues[0];
    if (cue !== undefined) {
      const said = options.describeCue(cue.message);
      persist(
        sink.saveCue({
          id: newId(),
          sessionId: current.sessionId,
          setId: current.id,
          cue: cueSpoken(cue, said),
        }),
      );
      patch.cue = { text: said, kind: cue.kind, frameTimeMs: frame.capturedAtMs };
      patch.announcement = said;
      run.speak(said, cue.priority);
      if (cue.kind === 'target_reached') run.sound('target');
    }
    const target = item.reps ?? 0;
    if (analysis.repCount !== state.live.repCount) {
      patch.repCount = analysis.repCount;
      if (analysis.reps.length > 0) run.sound('rep');
      if (cue?.kind !== 'rep_done') {
        patch.announcement = options.announceRep(analysis.repCount, target);
      }
      const encouragement =
        target > 3 && analysis.repCount === Math.ceil(target / 2)
          ? options.encourage.halfway
          : target > 1 && analysis.repCount === target - 1
            ? options.encourage.oneMore
            : null;
      if (encouragement !== null) {
        patch.encouragement = encouragement;
        run.speak(encouragement, 6);
      }
    }
    const heldSeconds = analysis.hold === null ? null : Math.floor(analysis.hold.heldMs / 1000);
    if (heldSeconds !== state.live.heldSeconds) patch.heldSeconds = heldSeconds;
    const isHolding = analysis.hold?.isHolding ?? false;
    if (isHolding !== state.live.isHolding) patch.isHolding = isHolding;
    if (analysis.phase !== state.live.phase) patch.phase = analysis.phase;
    if (analysis.tracking !== state.live.tracking) patch.tracking = analysis.tracking;
    const reason = analysis.notCounting;
    if (JSON.stringify(reason) !== JSON.stringify(state.live.notCounting)) {
      patch.notCounting = reason;
      if (reason !== null) {
        const said = options.describeNotCounting(reason, definition.id);
        patch.announcement = said;
        run.speak(said, reason.code === 'other_person' ? 1 : 2);
      }
    }
    const gauge = jointGauge(definition, analysis.measures);
    if (gauge?.romDeg !== state.live.gauge?.romDeg) {
      patch.gauge = gauge === null ? null : { ...gauge, frameTimeMs: frame.capturedAtMs };
    }
    // "Target reached" goes once the movement leaves the target, not at the next cue.
    const shown = patch.cue ?? state.live.cue;
    if (shown !== null && !cueStillTrue(shown.kind, gauge?.percent ?? null)) patch.cue = null;
    if (Object.keys(patch).length > 0) setLive(patch);

    // The set run says when the set is done (its protocol: the prescribed reps or hold).
    if (analysis.completion !== null) void completeSet();
  }

  /**
   * The camera view went away: the patient opened another page (history, journal…) mid-exercise.
   * The camera goes off; a set in progress is paused (not ended: its reps stay counted and it goes
   * on after Resume), a rest stops counting down, a setup check starts over when they come back.
   */
  function suspend(): void {
    const { screen, live, camera } = store.get();
    if (screen === 'live' && !live.isPaused) {
      if (trace !== null) persist(trace.flush());
      // History shows the paused set with the reps it has so far.
      if (setRecord !== null) persist(sink.updateSet(setRecord.id, { repCount: live.repCount }));
      setLive({ isPaused: true });
    }
    if (screen === 'rest' && restTimer !== null) {
      clearInterval(restTimer);
      restTimer = null;
    }
    if (screen === 'setup') {
      readiness = setupReadinessCreate();
      store.set({ setupIssue: null, isReady: false });
    }
    if (camera !== 'error') store.set({ camera: 'idle', modelProgress: null });
  }

  /** The camera view is back: a rest goes on where it stopped, with the camera on again. */
  function attachView(view: LiveView | null): void {
    run.attachView(view);
    if (view === null) return suspend();
    const { screen, camera, restSeconds } = store.get();
    if (screen === 'rest' && camera === 'idle' && definition !== null) {
      startRest(restSeconds ?? 0, { isNextSet: false });
      void run.start(definition, { keepAnalysis: true });
    }
  }

  return {
    store,
    attachView,
    init: (): Promise<void> => refreshHome().catch(() => store.set({ storageFailed: true })),
    submitReadiness(answers: Readonly<Record<string, boolean>>): void {
      const now = Date.now();
      const record: ReadinessRecord = {
        answeredAt: now,
        answers,
        clearanceAdvised: Object.values(answers).some(Boolean),
        disclaimerAcceptedAt: now,
      };
      persist(sink.saveReadiness(record));
      store.set({ readiness: record, screen: record.clearanceAdvised ? 'clearance' : 'home' });
    },
    acknowledgeClearance(): void {
      store.set({ screen: 'home' });
    },
    selectProgram(programId: string): void {
      if (findProgram(programId) === null) return;
      prefs.setProgramId(programId);
      store.set({ programId });
    },
    /** The whole program, or (with `index`) one exercise of it. */
    startSession(index?: number): void {
      const program = findProgram(store.get().programId) ?? BUILTIN_PROGRAMS[0];
      if (program === undefined) return;
      const plan =
        index === undefined ? program.exercises : program.exercises.slice(index, index + 1);
      session = {
        id: newId(),
        programId: index === undefined ? program.id : null,
        startedAt: Date.now(),
        endedAt: null,
        status: 'in_progress',
        painBefore: null,
        painAfter: null,
        exertion: null,
        ownerId: prefs.ownerId(),
        notes: '',
      };
      persist(sink.startSession(session));
      store.set({ plan, summaries: [], sessionStatus: 'in_progress', cameraError: null });
      loadExercise(0);
    },
    async startCamera(): Promise<void> {
      if (definition === null) return;
      store.set({ cameraError: null });
      await run.start(definition);
    },
    setPainNow(painNow: number): void {
      store.set({ painNow, isPainCarried: false });
    },
    beginExercise(): void {
      const { isReady, painNow, screen } = store.get();
      if (screen === 'setup' && isReady && painNow !== null) void beginSet();
    },
    async togglePause(): Promise<void> {
      const { screen, live, camera } = store.get();
      if (screen !== 'live' || camera === 'starting' || camera === 'loading-model') return;
      if (live.isPaused && camera !== 'running') {
        // Back from another page: the camera comes on again first; the set goes on from there.
        if (definition === null) return;
        await run.start(definition, { keepAnalysis: true });
        if (store.get().camera !== 'running') return;
      }
      if (live.isPaused) run.resume();
      else {
        run.pause();
        if (trace !== null) persist(trace.flush());
      }
      setLive({ isPaused: !live.isPaused });
    },
    async endSetEarly(): Promise<void> {
      const item = prescription();
      if (store.get().screen !== 'live' || item === undefined) return;
      await endSet('interrupted');
      if (store.get().setNumber < item.sets) return startRest(item.restSeconds);
      toAfter();
    },
    skipRest,
    async stopForPain(): Promise<void> {
      if (store.get().screen !== 'live' && store.get().screen !== 'rest') return;
      run.silence();
      if (restTimer !== null) clearInterval(restTimer);
      restTimer = null;
      const stoppedAt = store.get().screen;
      stoppedSessionId = session?.id ?? null;
      store.set({ screen: 'stopped', camera: 'idle', painAtStop: null });
      if (stoppedAt === 'live') await endSet('stopped_pain');
      else if (exerciseSets.length > 0) {
        const last = exerciseSets[exerciseSets.length - 1];
        if (last !== undefined) {
          exerciseSets[exerciseSets.length - 1] = { ...last, status: 'stopped_pain' };
          persist(sink.updateSet(last.id, { status: 'stopped_pain' }));
        }
      }
      run.stop();
      summarizeExercise();
      finishSession('stopped_pain');
    },
    /** Pain now, asked on the stop screen: the stopped set's and the session's pain after. */
    recordPainAtStop(pain: number): void {
      const last = exerciseSets.at(-1);
      const item = prescription();
      if (store.get().screen !== 'stopped' || last === undefined || item === undefined) return;
      exerciseSets[exerciseSets.length - 1] = { ...last, painAfter: pain };
      persist(sink.updateSet(last.id, { painAfter: pain }));
      if (stoppedSessionId !== null) {
        persist(sink.updateSession(stoppedSessionId, { painAfter: pain }));
      }
      if (definition !== null) {
        const summary = exerciseSummarize(definition, item, exerciseSets);
        store.set((s) => ({ summaries: [...s.summaries.slice(0, -1), summary] }));
      }
      store.set({ painAtStop: pain });
    },
    submitAfter(exertion: number, painAfter: number): void {
      const last = exerciseSets[exerciseSets.length - 1];
      if (last !== undefined) {
        exerciseSets[exerciseSets.length - 1] = { ...last, exertion, painAfter };
        persist(sink.updateSet(last.id, { exertion, painAfter }));
      }
      summarizeExercise();
      const next = store.get().itemIndex + 1;
      if (next < store.get().plan.length) return loadExercise(next, painAfter);
      finishSession('completed');
      store.set({ screen: 'summary' });
    },
    showSummary(): void {
      store.set({ screen: 'summary' });
    },
    goHome(): void {
      run.stop();
      if (restTimer !== null) clearInterval(restTimer);
      restTimer = null;
      if (setRecord !== null) void endSet('interrupted');
      if (session !== null) {
        summarizeExercise();
        finishSession('interrupted');
      }
      store.set({ camera: 'idle', cameraError: null, live: emptyLive });
      persist(refreshHome());
    },
    setPref<K extends keyof Prefs>(key: K, value: Prefs[K]): void {
      const next = prefs.set(key, value);
      run.applyPrefs(next);
      store.set({ prefs: next });
    },
    dispose(): void {
      if (restTimer !== null) clearInterval(restTimer);
      run.dispose();
    },
  };
}

export type CoachController = ReturnType<typeof createCoachController>;
