// What the analyzer returns: plain, structured-cloneable data (no classes, no functions), so the
// worker can post it as is.
import type { BalanceMetrics } from './balance';
import type { Side } from './body';
import type { CueConfig, CueEvent } from './cues';
import type { CameraView } from './exercises/types';
import type { OneEuroParams } from './filters';
import type { FaultEpisode } from './form-rules';
import type { HoldStatus } from './hold';
import type { NotCountingReason } from './not-counting';
import type { ObservedPosture } from './posture';
import type { PartialReason, RepCounterConfig, RepPhase } from './rep-counter';
import type { RepQuality } from './rep-quality';
import type { Ms } from './units';

/**
 * tracking: the measures the exercise needs are readable; occluded: the person or some of those
 * joints are missing, for less than the counter's gap limit; lost: missing for longer.
 */
export type TrackingState = 'tracking' | 'occluded' | 'lost';

export interface RepRecord {
  /** 1-based number of the rep in the set. */
  readonly index: number;
  readonly side: Side | null;
  readonly startMs: Ms;
  readonly peakMs: Ms;
  /** The frame time at which the rep completed (back in the start position). */
  readonly endTimestampMs: Ms;
  readonly quality: RepQuality;
}

export interface PartialRecord {
  readonly reason: PartialReason;
  readonly side: Side | null;
  readonly startMs: Ms;
  readonly endTimestampMs: Ms;
  /** How far the attempt got, as a fraction of the typical counted rep (null before any). */
  readonly depthFraction: number | null;
}

export interface AnalysisUpdate {
  readonly timestampMs: Ms;
  readonly tracking: TrackingState;
  readonly view: CameraView | null;
  readonly visibleSide: Side | null;
  /** Filtered values of every measure of the definition, by id (null = unreadable). */
  readonly measures: Readonly<Record<string, number | null>>;
  readonly phase: RepPhase;
  readonly repCount: number;
  /** Reps completed on this frame. */
  readonly reps: readonly RepRecord[];
  /** Partial reps recognised on this frame. */
  readonly partials: readonly PartialRecord[];
  readonly hold: HoldStatus | null;
  readonly balance: BalanceMetrics | null;
  readonly activeFaults: readonly string[];
  /** At most one cue per frame. */
  readonly cues: readonly CueEvent[];
  /** The body's settled posture (null = not readable), for the setup check and the live screen. */
  readonly posture: ObservedPosture | null;
  /** Why nothing has been counted for a few seconds, or null. */
  readonly notCounting: NotCountingReason | null;
}

export interface AnalysisSummary {
  readonly exerciseId: string;
  readonly reps: readonly RepRecord[];
  readonly repCount: number;
  readonly partials: readonly PartialRecord[];
  /** Total seconds held, for hold exercises; null otherwise. */
  readonly holdSeconds: number | null;
  readonly longestHoldSeconds: number | null;
  readonly balance: BalanceMetrics | null;
  readonly faults: readonly FaultEpisode[];
  /** Mean rep score, null without reps. */
  readonly meanScore: number | null;
}

/** Filter parameters by measure unit (see filters.ts for their meaning). */
export interface MeasureFilterParams {
  readonly degrees: OneEuroParams;
  readonly torso: OneEuroParams;
  readonly ratio: OneEuroParams;
}

export interface AnalyzerOptions {
  readonly minVisibility?: number;
  /** The camera view if known; otherwise it is estimated from the shoulders' width. */
  readonly view?: CameraView;
  readonly filter?: Partial<MeasureFilterParams>;
  readonly counter?: Partial<
    Omit<RepCounterConfig, 'minExcursion' | 'minRomFraction' | 'minRepMs' | 'maxRepMs'>
  >;
  readonly cues?: Partial<CueConfig>;
}
