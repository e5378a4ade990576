// What a live cue says, as a code and its numbers: the core decides what to tell the patient, the
// UI's text module words it (`cueText`) for the screen, the speech and the stored record alike.
import type { CameraView } from './exercises/types';

/** Which part of the body the camera misses (what "step back" is about). */
export type FramingProblem = 'feet_out_of_view' | 'hands_out_of_view' | 'body_out_of_view';

/** A rep's pace outside the tempo band (tempo.ts), with the prescribed seconds to aim for. */
export interface CuePace {
  readonly verdict: 'fast' | 'slow';
  readonly upSeconds: number;
  readonly downSeconds: number;
}

export type CueMessage =
  | {
      readonly code: 'form_fault';
      readonly exerciseId: string;
      readonly ruleId: string;
      /** The therapist's own words for this rule (a program's override), else null. */
      readonly note: string | null;
    }
  | { readonly code: 'rep_done'; readonly rep: number; readonly pace: CuePace | null }
  | {
      readonly code: 'target_missed';
      readonly rep: number;
      readonly peakDeg: number;
      readonly targetDeg: number;
      readonly pace: CuePace | null;
    }
  | { readonly code: 'target_reached' }
  | { readonly code: 'tracking_lost' }
  | { readonly code: 'balance_lost' }
  | { readonly code: 'hold_complete' }
  /** What has been held so far, in whole steps of HOLD_PROGRESS_EVERY_S, of the target. */
  | { readonly code: 'hold_progress'; readonly heldSeconds: number; readonly targetSeconds: number }
  | { readonly code: 'reposition'; readonly problem: FramingProblem }
  /** Turn so the camera sees the exercise from this view. */
  | { readonly code: 'turn'; readonly to: CameraView };

export type CueCode = CueMessage['code'];
