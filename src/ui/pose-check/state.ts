// What the pose-check screen shows: its store's state, shared by the controller that owns it and
// the views that render it (its own module, so neither imports the other for the type).
import type { AnalysisSummary } from '../../core/analysis-types';
import type { NotCountingReason } from '../../core/not-counting';
import type { CameraChoice } from '../../platform/camera';
import type { AppError } from '../../platform/errors';
import type { PoseRuntime } from '../../platform/pose-client';
import type { VideoFileInfo } from '../../platform/video-file';
import type { Delegate, PoseInfo } from '../../../workers/pose-types';
import type { PoseStats } from './meter';

export type PoseCheckPhase = 'idle' | 'starting' | 'loading-model' | 'running' | 'done' | 'error';

export interface PoseCheckState {
  readonly phase: PoseCheckPhase;
  readonly source: 'camera' | 'file';
  readonly cameras: readonly CameraChoice[];
  readonly cameraId: string;
  readonly modelFile: string;
  readonly delegate: Delegate;
  readonly modelProgress: number | null;
  readonly info: PoseInfo | null;
  readonly runtime: PoseRuntime | null;
  readonly runtimeNote: string | null;
  readonly stats: PoseStats;
  readonly error: AppError | null;
  readonly file: VideoFileInfo | null;
  readonly personInView: boolean;
  /** Frames of the last file analysis kept for export (count; the frames live in the controller). */
  readonly traceFrames: number;
  /** Exercise analysed alongside the pose ('' = pose only). */
  readonly exerciseId: string;
  readonly liveRepCount: number;
  readonly liveHoldSeconds: number | null;
  readonly cue: string | null;
  /** Why nothing counts, as of the latest frame analysed (core/not-counting.ts). */
  readonly notCounting: NotCountingReason | null;
  readonly summary: AnalysisSummary | null;
  /** The analysed file, ready to play back with its skeleton; null otherwise. */
  readonly isPlayback: boolean;
}
