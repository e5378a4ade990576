// A frame of the live set in the coach flow: the records it adds (reps, partials, cue), the live
// screen's patch (count, hold, cue, encouragement, why nothing counts, gauge), what is said and
// sounded, and whether the set is complete.
import { cueStillTrue } from '../../../core/coach-cues';
import type { CueMessage } from '../../../core/cue-message';
import { cueSpoken } from '../../../core/cues';
import type { NotCountingReason } from '../../../core/not-counting';
import { jointGauge } from '../live-view';
import type { FlowEffect, FlowFrame } from './events';
import type { FlowState, LiveState } from './state';

/** The words the flow puts on screen and says (from the text module, passed in). */
export interface FlowWords {
  readonly encourage: { halfway: string; oneMore: string; setDone: string };
  readonly announceRep: (count: number, target: number) => string;
  readonly describeNotCounting: (reason: NotCountingReason, exerciseId: string) => string;
  /** The words of a cue: shown, spoken and stored alike. */
  readonly describeCue: (message: CueMessage) => string;
}

/** The encouragement due at `repCount` of `target` reps, if any. */
function encouragementAt(words: FlowWords, repCount: number, target: number): string | null {
  if (target > 3 && repCount === Math.ceil(target / 2)) return words.encourage.halfway;
  if (target > 1 && repCount === target - 1) return words.encourage.oneMore;
  return null;
}

/**
 * The live set's state after `frame` (same object when nothing on screen changed), pushing the
 * records to store and the speech and sounds to `effects`. Completion is left to the caller.
 */
export function liveFrameStep(
  state: FlowState,
  frame: FlowFrame,
  nowMs: number,
  words: FlowWords,
  effects: FlowEffect[],
): FlowState {
  const { definition, setRecord: current, live } = state;
  const analysis = frame.analysis;
  const item = state.plan[state.itemIndex];
  if (definition === null || analysis === null || current === null || item === undefined) {
    return state;
  }
  const ids = { sessionId: current.sessionId, setId: current.id };
  effects.push({ type: 'trace-push', pose: frame.pose });
  for (const rep of analysis.reps) {
    const write = { ...ids, exerciseId: current.exerciseId, recordedAt: nowMs, rep };
    effects.push({ type: 'persist', write: { op: 'saveRep', rep: write } });
  }
  for (const partial of analysis.partials) {
    const write = { ...ids, recordedAt: nowMs, partial };
    effects.push({ type: 'persist', write: { op: 'savePartial', partial: write } });
  }
  const patch: { -readonly [K in keyof LiveState]?: LiveState[K] } = {};
  const cue = analysis.cues[0];
  if (cue !== undefined) {
    const said = words.describeCue(cue.message);
    const spoken = cueSpoken(cue, said);
    effects.push({ type: 'persist', write: { op: 'saveCue', cue: { ...ids, cue: spoken } } });
    patch.cue = { text: said, kind: cue.kind, frameTimeMs: frame.capturedAtMs };
    patch.announcement = said;
    effects.push({ type: 'speak', text: said, priority: cue.priority });
    if (cue.kind === 'target_reached') effects.push({ type: 'sound', name: 'target' });
  }
  const target = item.reps ?? 0;
  if (analysis.repCount !== live.repCount) {
    patch.repCount = analysis.repCount;
    if (analysis.reps.length > 0) effects.push({ type: 'sound', name: 'rep' });
    if (cue?.kind !== 'rep_done') patch.announcement = words.announceRep(analysis.repCount, target);
    const encouragement = encouragementAt(words, analysis.repCount, target);
    if (encouragement !== null) {
      patch.encouragement = encouragement;
      effects.push({ type: 'speak', text: encouragement, priority: 6 });
    }
  }
  const heldSeconds = analysis.hold === null ? null : Math.floor(analysis.hold.heldMs / 1000);
  if (heldSeconds !== live.heldSeconds) patch.heldSeconds = heldSeconds;
  const isHolding = analysis.hold?.isHolding ?? false;
  if (isHolding !== live.isHolding) patch.isHolding = isHolding;
  if (analysis.phase !== live.phase) patch.phase = analysis.phase;
  if (analysis.tracking !== live.tracking) patch.tracking = analysis.tracking;
  const reason = analysis.notCounting;
  if (JSON.stringify(reason) !== JSON.stringify(live.notCounting)) {
    patch.notCounting = reason;
    if (reason !== null) {
      const said = words.describeNotCounting(reason, definition.id);
      patch.announcement = said;
      effects.push({ type: 'speak', text: said, priority: reason.code === 'other_person' ? 1 : 2 });
    }
  }
  const gauge = jointGauge(definition, analysis.measures);
  if (gauge?.romDeg !== live.gauge?.romDeg) {
    patch.gauge = gauge === null ? null : { ...gauge, frameTimeMs: frame.capturedAtMs };
  }
  // "Target reached" goes once the movement leaves the target, not at the next cue.
  const shown = patch.cue ?? live.cue;
  if (shown !== null && !cueStillTrue(shown.kind, gauge?.percent ?? null)) patch.cue = null;
  if (Object.keys(patch).length === 0) return state;
  return { ...state, live: { ...live, ...patch } };
}
