// What goes into the coach flow (events: the patient's intents, the camera run's reports, timer
// ticks, finished async jobs; every time in them) and what comes out besides the state (effects:
// plain data the controller carries out with the camera run and the session sink).
import type { AnalysisSummary } from '../../../core/analysis-types';
import type { SetProtocol, SetRunUpdate } from '../../../core/set-run';
import type { ExerciseDefinition } from '../../../core/exercises/types';
import type { PoseFrame, PoseLandmark } from '../../../core/landmarks';
import type {
  ExerciseSetRecord,
  Program,
  ReadinessRecord,
  SessionRecord,
  SessionSink,
  StoredCue,
  StoredPartial,
  StoredRep,
} from '../../../core/session/types';
import type { AppError } from '../../../platform/errors';
import type { CameraPhase } from '../camera-phase';
import type { Prefs } from '../prefs';
import type { VoiceEffect } from '../voice-effects';

/** One camera frame as the live run hands it over (the fields the flow reads). */
export interface FlowFrame {
  readonly landmarks: readonly PoseLandmark[] | null;
  readonly pose: PoseFrame;
  /** Null when no exercise is analysed, or the frame predates the current analysis. */
  readonly analysis: SetRunUpdate | null;
  /** The camera frame's capture time (performance clock). */
  readonly capturedAtMs: number;
  /** When the page received it (performance clock): the setup check's hysteresis runs on it. */
  readonly receivedAtMs: number;
}

export type FlowEvent =
  | {
      readonly type: 'home-loaded';
      readonly readiness: ReadinessRecord | null;
      readonly lastSession: { session: SessionRecord; sets: ExerciseSetRecord[] } | null;
      /** The therapists' programs stored on this device (every version). */
      readonly programs: readonly Program[];
    }
  /** A program from the clinic was stored: it is now the program followed. */
  | { readonly type: 'program-installed'; readonly program: Program }
  | {
      readonly type: 'readiness-submitted';
      readonly answers: Readonly<Record<string, boolean>>;
      readonly nowMs: number;
    }
  | { readonly type: 'clearance-acknowledged' }
  | { readonly type: 'program-selected'; readonly programId: string }
  | {
      readonly type: 'session-started';
      /** One exercise of the program (its index), or the whole program when undefined. */
      readonly index: number | undefined;
      readonly sessionId: string;
      readonly ownerId: string;
      readonly nowMs: number;
    }
  | { readonly type: 'camera-start-asked' }
  | {
      readonly type: 'camera-phase';
      readonly camera: CameraPhase;
      readonly modelProgress: number | null;
    }
  /** The camera came back on for a set paused while away (after 'start-camera' resumeSet). */
  | { readonly type: 'camera-restarted' }
  | { readonly type: 'pain-now-set'; readonly pain: number }
  | { readonly type: 'begin-asked' }
  /** The analysis of a new set has started (after a 'start-analysis' effect with forSet). */
  | { readonly type: 'set-started'; readonly setId: string; readonly nowMs: number }
  | { readonly type: 'frame'; readonly frame: FlowFrame; readonly nowMs: number }
  /** The analysis of an ended set is finished (after a 'finish-analysis' effect). */
  | {
      readonly type: 'set-finished';
      readonly summary: AnalysisSummary | null;
      readonly nowMs: number;
    }
  | { readonly type: 'pause-toggled' }
  | { readonly type: 'end-set-asked' }
  | { readonly type: 'rest-tick' }
  | { readonly type: 'rest-skipped' }
  | { readonly type: 'pain-stop'; readonly nowMs: number }
  | { readonly type: 'pain-at-stop'; readonly pain: number }
  | {
      readonly type: 'after-submitted';
      readonly exertion: number;
      readonly painAfter: number;
      readonly nowMs: number;
    }
  | { readonly type: 'summary-shown' }
  | { readonly type: 'home-asked'; readonly nowMs: number }
  /** The camera or the movement tracker failed for good. */
  | { readonly type: 'run-failed'; readonly error: AppError }
  /** The camera view went away (another page) or came back. */
  | { readonly type: 'view-detached' }
  | { readonly type: 'view-attached' }
  | { readonly type: 'prefs-changed'; readonly prefs: Prefs }
  | { readonly type: 'storage-failed' };

/** A write to the session sink; the controller adds the ids of reps, partials and cues. */
export type SinkWrite =
  | { readonly op: 'startSession'; readonly session: SessionRecord }
  | {
      readonly op: 'updateSession';
      readonly id: string;
      readonly patch: Parameters<SessionSink['updateSession']>[1];
    }
  | { readonly op: 'startSet'; readonly set: ExerciseSetRecord }
  | {
      readonly op: 'updateSet';
      readonly id: string;
      readonly patch: Parameters<SessionSink['updateSet']>[1];
    }
  | { readonly op: 'saveRep'; readonly rep: Omit<StoredRep, 'id'> }
  | { readonly op: 'savePartial'; readonly partial: Omit<StoredPartial, 'id'> }
  | { readonly op: 'saveCue'; readonly cue: Omit<StoredCue, 'id'> }
  | { readonly op: 'saveReadiness'; readonly readiness: ReadinessRecord };

export type FlowEffect =
  | { readonly type: 'persist'; readonly write: SinkWrite }
  | { readonly type: 'load-home' }
  | { readonly type: 'save-program'; readonly programId: string }
  /** Which exercise's joint the skeleton highlights. */
  | { readonly type: 'highlight'; readonly definition: ExerciseDefinition }
  /**
   * Camera on, model loaded, frames flowing. keepAnalysis: the analysis already running goes on
   * (a set paused while away); resumeSet: report 'camera-restarted' once it is on.
   */
  | {
      readonly type: 'start-camera';
      readonly definition: ExerciseDefinition;
      readonly keepAnalysis: boolean;
      readonly resumeSet: boolean;
    }
  | { readonly type: 'stop-camera' }
  | { readonly type: 'pause-frames' }
  | { readonly type: 'resume-frames' }
  /**
   * A fresh set run of `protocol` (counts from zero; the setup check's is open-ended); forSet:
   * report 'set-started' once it runs.
   */
  | {
      readonly type: 'start-analysis';
      readonly definition: ExerciseDefinition;
      readonly protocol: SetProtocol;
      readonly forSet: boolean;
    }
  /**
   * Ends the set run and reports 'set-finished' with its summary, kept to the `keepReps` reps
   * shown and stored (issue #9: a set stored as 4 reps with 3 shown).
   */
  | { readonly type: 'finish-analysis'; readonly keepReps: number }
  | { readonly type: 'trace-start'; readonly sessionId: string; readonly setId: string }
  | { readonly type: 'trace-push'; readonly pose: PoseFrame }
  | { readonly type: 'trace-flush' }
  /** Flushes the set's trace and lets it go. */
  | { readonly type: 'trace-end' }
  | VoiceEffect
  /** The rest countdown: on ticks 'rest-tick' every second, off stops it. */
  | { readonly type: 'rest-timer'; readonly isOn: boolean };

export interface FlowResult<S> {
  readonly state: S;
  readonly effects: readonly FlowEffect[];
}
