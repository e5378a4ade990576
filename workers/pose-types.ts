// Plain data that crosses the worker boundary (structured-cloneable, no classes).
import type { SetRunUpdate } from '../src/core/set-run';
import type { PoseLandmark } from '../src/core/landmarks';
import type { Result } from '../src/core/result';

export type Delegate = 'CPU' | 'GPU';

export interface ModelChoice {
  /** File name in models/models.json, served at `${modelBase}/${file}`. */
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface PoseInitOptions {
  readonly model: ModelChoice;
  /** URL of the folder holding the model files (our origin), no trailing slash. */
  readonly modelBase: string;
  /** URL of MediaPipe's WASM fileset folder (our origin), no trailing slash. */
  readonly wasmBase: string;
  readonly delegate: Delegate;
}

export type PoseErrorStage = 'Model' | 'WASM' | 'Pose';
export interface PoseError {
  readonly stage: PoseErrorStage;
  readonly code:
    | 'model-missing'
    | 'model-corrupt'
    | 'model-rejected'
    | 'wasm-failed'
    | 'not-initialised'
    | 'inference-failed'
    | 'bad-exercise';
  readonly message: string;
  /** What the library said, for diagnostics (never shown to a patient). */
  readonly detail?: string;
}
export type PoseOutcome<T> = Result<T, PoseError>;

export interface PoseInfo {
  /** The delegate actually running (GPU falls back to CPU by itself). */
  readonly delegate: Delegate;
  readonly requestedDelegate: Delegate;
  /** Why the requested delegate is not the one running, if it is not. */
  readonly fallbackReason: string | null;
  readonly modelFile: string;
  readonly initMs: number;
}

export interface ModelProgress {
  readonly file: string;
  readonly loadedBytes: number;
  readonly totalBytes: number;
}

export interface PoseTiming {
  /** From the caller posting the frame to the worker starting on it (epoch-based clocks). */
  readonly queueMs: number;
  /** detectForVideo alone. */
  readonly inferenceMs: number;
  /** The motion analysis of the frame (0 when no exercise is set). */
  readonly analysisMs: number;
}

export interface PoseDetection {
  /** The frame's time on its source's own timeline. */
  readonly timestampMs: number;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** 33 image landmarks, or null when no person was found. */
  readonly landmarks: PoseLandmark[] | null;
  /** 33 world landmarks, or null when no person was found. */
  readonly worldLandmarks: PoseLandmark[] | null;
  /** The set run's update for this frame, when a set is being analysed (and the frame is in it). */
  readonly analysis: SetRunUpdate | null;
  readonly timing: PoseTiming;
}
