// Live cues: at most one per frame, chosen by priority, and rate-limited so the person hears a
// coach, not a stream. Priority (lower number first): safety faults, tracking, repositioning,
// form warnings, rep results, hold progress, info. A cue waits minGapMs after the previous one,
// or only a third of that when it is more important than the previous one (so "target reached"
// cannot block the rep count that follows it); a safety cue does not wait. The same cue (same
// key) is not repeated within repeatMs.
import type { CueMessage } from './cue-message';
import type { Ms } from './units';

export type CueKind =
  | 'form_fault'
  | 'tracking_lost'
  | 'reposition'
  | 'rep_done'
  | 'target_reached'
  | 'target_missed'
  | 'hold_progress'
  | 'hold_complete'
  | 'balance_lost';

export type CuePriority = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const CUE_PRIORITY = {
  safety: 0,
  tracking: 1,
  reposition: 2,
  formWarning: 3,
  rep: 4,
  hold: 5,
  info: 6,
} as const satisfies Record<string, CuePriority>;

export interface CueEvent {
  readonly timestampMs: Ms;
  readonly kind: CueKind;
  readonly priority: CuePriority;
  /** What to say, as a code and its numbers; the UI words it. */
  readonly message: CueMessage;
  /** Identifies "the same cue" for repeat suppression, e.g. "form_fault:knee_valgus". */
  readonly key: string;
}

export interface CueCandidate {
  readonly kind: CueKind;
  readonly priority: CuePriority;
  readonly message: CueMessage;
  readonly key: string;
}

/**
 * A cue as it was said and is stored: the event with the words the patient saw and heard (a fact
 * of the session, kept as worded at the time), not the message they were worded from.
 */
export interface SpokenCue {
  readonly timestampMs: Ms;
  readonly kind: CueKind;
  readonly priority: CuePriority;
  readonly text: string;
  readonly key: string;
}

/** The stored form of `cue`, said as `text`. */
export const cueSpoken = (cue: CueEvent, text: string): SpokenCue => ({
  timestampMs: cue.timestampMs,
  kind: cue.kind,
  priority: cue.priority,
  text,
  key: cue.key,
});

export interface CueConfig {
  readonly minGapMs: number;
  readonly repeatMs: number;
}

export const CUE_DEFAULTS: CueConfig = { minGapMs: 1500, repeatMs: 6000 };

export interface CueState {
  lastMs: number | null;
  lastPriority: CuePriority;
  lastByKey: Record<string, number>;
}

export const cueCreate = (): CueState => ({ lastMs: null, lastPriority: 6, lastByKey: {} });

/** Picks at most one of this frame's candidates to say now. */
export function cueSelect(
  state: CueState,
  config: CueConfig,
  timestampMs: Ms,
  candidates: readonly CueCandidate[],
): CueEvent[] {
  const t: number = timestampMs;
  const ready = candidates
    .filter((c) => {
      const lastSame = state.lastByKey[c.key];
      if (lastSame !== undefined && t - lastSame < config.repeatMs) return false;
      if (c.priority === CUE_PRIORITY.safety || state.lastMs === null) return true;
      const gap = c.priority < state.lastPriority ? config.minGapMs / 3 : config.minGapMs;
      return t - state.lastMs >= gap;
    })
    .sort((a, b) => a.priority - b.priority);
  const chosen = ready[0];
  if (chosen === undefined) return [];
  state.lastMs = t;
  state.lastPriority = chosen.priority;
  state.lastByKey[chosen.key] = t;
  return [{ timestampMs, ...chosen }];
}
