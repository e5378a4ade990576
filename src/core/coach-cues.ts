// Turns what the analyzer saw on a frame into cue candidates; cues.ts picks one to say. Each
// carries a message (cue-message.ts): a code and its numbers, worded by the UI's text module.
import type { CueMessage, CuePace, FramingProblem } from './cue-message';
import { CUE_PRIORITY, type CueCandidate, type CueKind } from './cues';
import type { CameraView, ExerciseDefinition, FormRule, TempoSpec } from './exercises/types';
import type { RepRecord } from './analysis-types';
import { tempoRepRatio, tempoVerdictOf } from './tempo';

// Re-exported where the analyzer has always found it.
export type { FramingProblem } from './cue-message';

/** A rep reaching this share of the ROM target counts as "target reached". */
export const TARGET_REACHED_PERCENT = 90;
/** Hold progress is announced every this many seconds. */
export const HOLD_PROGRESS_EVERY_S = 5;

const FAULT_PRIORITY = {
  safety: CUE_PRIORITY.safety,
  warning: CUE_PRIORITY.formWarning,
  info: CUE_PRIORITY.info,
} as const;

/** A form fault of `exerciseId`'s rule: its words are the therapist's note, else the library's. */
export const cueFormFault = (rule: FormRule, exerciseId: string): CueCandidate => ({
  kind: 'form_fault',
  priority: FAULT_PRIORITY[rule.severity],
  message: { code: 'form_fault', exerciseId, ruleId: rule.id, note: rule.cue ?? null },
  key: `form_fault:${rule.id}`,
});

/**
 * The cue after a rep: its number, or what to change — too little range (below
 * TARGET_REACHED_PERCENT of the target) and/or a pace outside the tempo band (tempo.ts).
 */
export function cueRepDone(rep: RepRecord, tempo: TempoSpec | null = null): CueCandidate {
  const { peakRomDeg, targetDeg, romPercent } = rep.quality;
  const ratio = tempo === null ? null : tempoRepRatio(rep.quality);
  const verdict = ratio === null ? 'on' : tempoVerdictOf(ratio);
  const pace: CuePace | null =
    tempo === null || verdict === 'on'
      ? null
      : { verdict, upSeconds: tempo.upSeconds, downSeconds: tempo.downSeconds };
  const key = `rep:${rep.index}`;
  if (
    peakRomDeg !== null &&
    targetDeg !== null &&
    romPercent !== null &&
    romPercent < TARGET_REACHED_PERCENT
  ) {
    return {
      kind: 'target_missed',
      priority: CUE_PRIORITY.rep,
      message: { code: 'target_missed', rep: rep.index, peakDeg: peakRomDeg, targetDeg, pace },
      key,
    };
  }
  return {
    kind: 'rep_done',
    priority: CUE_PRIORITY.rep,
    message: { code: 'rep_done', rep: rep.index, pace },
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

const simple = (
  kind: CueKind,
  priority: CueCandidate['priority'],
  message: CueMessage,
  key: string = kind,
): CueCandidate => ({ kind, priority, message, key });

/** Below the rep count in priority: in a fast set the count is what must get through. */
export const cueTargetReached = (repNumber: number): CueCandidate =>
  simple('target_reached', CUE_PRIORITY.info, { code: 'target_reached' }, `target:${repNumber}`);

export const cueTrackingLost = (): CueCandidate =>
  simple('tracking_lost', CUE_PRIORITY.tracking, { code: 'tracking_lost' });

export const cueBalanceLost = (): CueCandidate =>
  simple('balance_lost', CUE_PRIORITY.safety, { code: 'balance_lost' });

export function cueHoldProgress(
  heldMs: number,
  previousMs: number,
  targetS: number,
): CueCandidate | null {
  const targetMs = targetS * 1000;
  if (heldMs >= targetMs && previousMs < targetMs) {
    return simple('hold_complete', CUE_PRIORITY.hold, { code: 'hold_complete' });
  }
  const step = HOLD_PROGRESS_EVERY_S * 1000;
  const mark = Math.floor(heldMs / step);
  if (mark > Math.floor(previousMs / step) && heldMs < targetMs) {
    // Says what has been held, which stays true while the words are on screen; the remaining
    // time is the live counter's job ("5 s — keep holding" read as "5 s to go" with 15 left).
    const message: CueMessage = {
      code: 'hold_progress',
      heldSeconds: mark * HOLD_PROGRESS_EVERY_S,
      targetSeconds: targetS,
    };
    return simple('hold_progress', CUE_PRIORITY.hold, message, `hold:${mark}`);
  }
  return null;
}

export const cueReposition = (problem: FramingProblem): CueCandidate =>
  simple(
    'reposition',
    CUE_PRIORITY.reposition,
    { code: 'reposition', problem },
    `reposition:${problem}`,
  );

/**
 * The cue that fixes the camera view when the exercise cannot be judged from the current one.
 * An oblique estimate is too uncertain to nag about; only a clear front/side mismatch is.
 */
export function cueTurn(def: ExerciseDefinition, view: CameraView): CueCandidate | null {
  if (def.views.includes(view) || view === 'oblique') return null;
  const to: CameraView = def.views.includes('side')
    ? 'side'
    : def.views.includes('front')
      ? 'front'
      : 'oblique';
  return simple('reposition', CUE_PRIORITY.reposition, { code: 'turn', to }, 'reposition:view');
}
