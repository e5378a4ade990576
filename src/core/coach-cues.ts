// Turns what the analyzer saw on a frame into cue candidates; cues.ts picks one to say.
// The texts of form cues come from the exercise data; the rest are the coach's own phrases.
import { CUE_PRIORITY, type CueCandidate, type CueKind } from './cues';
import type { CameraView, ExerciseDefinition, FormRule, TempoSpec } from './exercises/types';
import type { RepRecord } from './analysis-types';
import { tempoRepRatio, tempoVerdictOf } from './tempo';

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

/**
 * The cue after a rep: its number, or what to change — too little range (below
 * TARGET_REACHED_PERCENT of the target) and/or a pace outside the tempo band (tempo.ts).
 */
export function cueRepDone(rep: RepRecord, tempo: TempoSpec | null = null): CueCandidate {
  const { peakRomDeg, targetDeg, romPercent } = rep.quality;
  const ratio = tempo === null ? null : tempoRepRatio(rep.quality);
  const pace = ratio === null ? 'on' : tempoVerdictOf(ratio);
  const paceWords =
    tempo === null || pace === 'on'
      ? null
      : `${pace === 'fast' ? 'slow down' : 'a little quicker'}: about ${tempo.upSeconds} s out, ${tempo.downSeconds} s back`;
  const key = `rep:${rep.index}`;
  if (
    peakRomDeg !== null &&
    targetDeg !== null &&
    romPercent !== null &&
    romPercent < TARGET_REACHED_PERCENT
  ) {
    const further = `Rep ${rep.index}: ${Math.round(peakRomDeg)}° of your ${Math.round(targetDeg)}° target — a little further next time`;
    return {
      kind: 'target_missed',
      priority: CUE_PRIORITY.rep,
      text: paceWords === null ? further : `${further}, and ${paceWords}`,
      key,
    };
  }
  return {
    kind: 'rep_done',
    priority: CUE_PRIORITY.rep,
    text: paceWords === null ? `Rep ${rep.index}` : `Rep ${rep.index} — ${paceWords}`,
    key,
  };
}

/**
 * Whether a cue on screen still says something true of the movement now: "Target reached" only
 * while the range is at least TARGET_REACHED_PERCENT of the target (romPercent, rom.ts).
 * Other cues describe a moment (a rep, a milestone) and stay until the next one.
 */
export const cueStillTrue = (kind: CueKind, romPercent: number | null): boolean =>
  kind !== 'target_reached' || (romPercent !== null && romPercent >= TARGET_REACHED_PERCENT);

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
      // Says what has been held, which stays true while the words are on screen; the remaining
      // time is the live counter's job ("5 s — keep holding" read as "5 s to go" with 15 left).
      text: `${mark * HOLD_PROGRESS_EVERY_S} s held of ${targetS} — keep holding`,
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
