// The coach flow's state: what the screens render (CoachState) plus the bookkeeping the flow keeps
// for itself (FlowState): the session and set records, the sets of the exercise so far, the setup
// check's hysteresis, whether the rest countdown runs. Plain data; the flow replaces it whole.
import type { ExerciseSummary } from '../../../core/coaching/exercise-summary';
import {
  setupReadinessCreate,
  type SetupIssue,
  type SetupReadiness,
} from '../../../core/coaching/setup-guidance';
import type { CueKind } from '../../../core/cues';
import type { ExerciseDefinition } from '../../../core/exercises/types';
import type { NotCountingReason } from '../../../core/not-counting';
import type { ObservedPosture } from '../../../core/posture';
import type {
  ExerciseSetRecord,
  Prescription,
  Program,
  ReadinessRecord,
  SessionRecord,
  SessionStatus,
} from '../../../core/session/types';
import { BUILTIN_PROGRAMS, findProgram } from '../../../core/programs/builtin';
import type { AppError } from '../../../platform/errors';
import type { CameraPhase } from '../camera-phase';
import type { JointGauge } from '../live-view';
import type { Prefs } from '../prefs';

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
  /** The program followed: a built-in one's id, or a stored version's (`lineage@vN`). */
  readonly programId: string;
  /** The therapists' programs stored on this device, every version (home lists the newest). */
  readonly programs: readonly Program[];
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
  /** A set's analysis is asked for and not running yet: the screen says it is starting. */
  readonly isSetStarting: boolean;
  readonly summaries: readonly ExerciseSummary[];
  readonly sessionStatus: SessionStatus | null;
  readonly storageFailed: boolean;
  readonly prefs: Prefs;
}

/** What comes after a set whose analysis is being finished (see set-end.ts). */
export type SetEndNext = 'completed' | 'ended-early' | 'stopped' | 'nothing';

export interface FlowState extends CoachState {
  /** The session in progress (null once it is finished). */
  readonly session: SessionRecord | null;
  /** The definition the analyzer runs for the plan's current exercise. */
  readonly definition: ExerciseDefinition | null;
  /** The set in progress (null between sets and while its analysis is being finished). */
  readonly setRecord: ExerciseSetRecord | null;
  /** A set whose end is asked for, waiting for its analysis summary. */
  readonly ending: {
    readonly record: ExerciseSetRecord;
    readonly status: ExerciseSetRecord['status'];
    /** The reps on screen when the set ended: the record never claims more (issue #9). */
    readonly shownRepCount: number;
    readonly shownHeldSeconds: number | null;
    readonly next: SetEndNext;
  } | null;
  /** The sets of the current exercise so far, as stored. */
  readonly exerciseSets: readonly ExerciseSetRecord[];
  readonly setupReadiness: SetupReadiness;
  readonly isRestCounting: boolean;
  /** The session last ended by "Stop — it hurts": the pain asked on the stop screen goes to it. */
  readonly stoppedSessionId: string | null;
}

export const emptyLive: LiveState = {
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

export const flowInitial = (programId: string, prefs: Prefs): FlowState => ({
  screen: 'loading',
  readiness: null,
  programId,
  programs: [],
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
  isSetStarting: false,
  summaries: [],
  sessionStatus: null,
  storageFailed: false,
  prefs,
  session: null,
  definition: null,
  setRecord: null,
  ending: null,
  exerciseSets: [],
  setupReadiness: setupReadinessCreate(),
  isRestCounting: false,
  stoppedSessionId: null,
});

/** A program by id: a stored therapist's version, or a built-in one; null for neither. */
export const programIn = (s: Pick<FlowState, 'programs'>, id: string): Program | null =>
  s.programs.find((p) => p.id === id) ?? findProgram(id);

/** The program followed (the first built-in one when its id names none, e.g. data deleted). */
export const currentProgram = (s: Pick<FlowState, 'programs' | 'programId'>): Program | null =>
  programIn(s, s.programId) ?? BUILTIN_PROGRAMS[0] ?? null;
