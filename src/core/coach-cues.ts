// Turns what the analyzer saw on a frame into cue candidates; cues.ts picks one to say.
// The texts of form cues come from the exercise data; the rest are the coach's own phrases.
import { CUE_PRIORITY, type CueCandidate } from './cues';
import type { CameraView, ExerciseDefinition, FormRule } from './exercises/types';
import type { RepRecord } from './analysis-types';

/** A rep reaching this share of the ROM target counts as "target reached". */
export const TARGET_REACHED_PERCENT = 90;
/** Hold progress is announced every this many seconds. */
export const HOLD_PROGRESS_EVERY_S = 5;

const FAULT_PRIORITY = {
  safety: CUE_PRIORITY.safety,
  warning: CUE_PRIORITY.formWarning,
  info: CUE_PRIORITY.info,
} as const;

export const cueFormFault = (rule: FormRule): CueCandidate => ({
  kind: 'form_fault',
  priority: FAULT_PRIORITY[rule.severity],
  text: rule.cue,
  key: `form_fault:${rule.id}`,
});

export function cueRepDone(rep: RepRecord): CueCandidate {
  const { peakRomDeg, targetDeg, romPercent } = rep.quality;
  if (
    peakRomDeg !== null &&
    targetDeg !== null &&
    romPercent !== null &&
    romPercent < TARGET_REACHED_PERCENT
  ) {
    return {
      kind: 'target_missed',
      priority: CUE_PRIORITY.rep,
      text: `Rep ${rep.index}: ${Math.round(peakRomDeg)}° of your ${Math.round(targetDeg)}° target — a little further next time`,
      key: `rep:${rep.index}`,
    };
  }
  return {
    kind: 'rep_done',
    priority: CUE_PRIORITY.rep,
    text: `Rep ${rep.index}`,
    key: `rep:${rep.index}`,
  };
}

/** Below the rep count in priority: in a fast set the count is what must get through. */
export const cueTargetReached = (repNumber: number): CueCandidate => ({
  kind: 'target_reached',
  priority: CUE_PRIORITY.info,
  text: 'Target reached',
  key: `target:${repNumber}`,
});

export const cueTrackingLost = (): CueCandidate => ({
  kind: 'tracking_lost',
  priority: CUE_PRIORITY.tracking,
  text: "I can't see you — step back into view",
  key: 'tracking_lost',
});

export const cueBalanceLost = (): CueCandidate => ({
  kind: 'balance_lost',
  priority: CUE_PRIORITY.safety,
  text: 'Steady yourself — hold on to support if you need to',
  key: 'balance_lost',
});

export function cueHoldProgress(
  heldMs: number,
  previousMs: number,
  targetS: number,
): CueCandidate | null {
  const targetMs = targetS * 1000;
  if (heldMs >= targetMs && previousMs < targetMs) {
    return {
      kind: 'hold_complete',
      priority: CUE_PRIORITY.hold,
      text: 'Hold complete — well done',
      key: 'hold_complete',
    };
  }
  const step = HOLD_PROGRESS_EVERY_S * 1000;
  const mark = Math.floor(heldMs / step);
  if (mark > Math.floor(previousMs / step) && heldMs < targetMs) {
    return {
      kind: 'hold_progress',
      priority: CUE_PRIORITY.hold,
      text: `${mark * HOLD_PROGRESS_EVERY_S} s — keep holding`,
      key: `hold:${mark}`,
    };
  }
  return null;
}

export type FramingProblem = 'feet_out_of_view' | 'hands_out_of_view' | 'body_out_of_view';

export function cueReposition(problem: FramingProblem): CueCandidate {
  const text = {
    feet_out_of_view: 'Step back — feet out of view',
    hands_out_of_view: 'Step back — hands out of view',
    body_out_of_view: 'Step back so your whole body is in view',
  }[problem];
  return {
    kind: 'reposition',
    priority: CUE_PRIORITY.reposition,
    text,
    key: `reposition:${problem}`,
  };
}

/**
 * The cue that fixes the camera view when the exercise cannot be judged from the current one.
 * An oblique estimate is too uncertain to nag about; only a clear front/side mismatch is.
 */
export function cueTurn(def: ExerciseDefinition, view: CameraView): CueCandidate | null {
  if (def.views.includes(view) || view === 'oblique') return null;
  const text = def.views.includes('side')
    ? 'Turn sideways to the camera'
    : def.views.includes('front')
      ? 'Face the camera'
      : 'Turn halfway towards the camera';
  return { kind: 'reposition', priority: CUE_PRIORITY.reposition, text, key: 'reposition:view' };
}
