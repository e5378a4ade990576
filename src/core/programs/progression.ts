// Progression as prescribed: after each session of an exercise, the therapist's rules (typed
// predicates over the session history) say whether the patient moves up a level, holds, or steps
// back, and why, as a typed reason the UI words. No state is stored for it: each set keeps the
// dose it was done at (its prescription snapshot carries `level`), so the current level is the
// last session's level plus the decision over the history.
import type { ExerciseSetRecord, Prescription, SessionRecord } from '../session/types';
import type { ProgressionPlan, ProgressionRule } from './progression-types';

/** One session of one exercise, as the rules read it. */
export interface ProgressionSession {
  readonly sessionId: string;
  readonly endedAt: number;
  /** The level the exercise was done at (1-based). */
  readonly level: number;
  /** Reps done in the last set of the exercise and that set's target; null for holds. */
  readonly lastSetReps: number | null;
  readonly targetReps: number | null;
  /** Median ROM % (of the target) over the session's reps of the exercise; null when unmeasured. */
  readonly medianRomPercent: number | null;
  /** The highest NPRS (0–10) reported after the exercise or the session; null when not asked. */
  readonly pain: number | null;
}

/** NPRS bands of the pain traffic light: 0–3 continue, 4–5 hold, 6 or more step back. */
export const PAIN_HOLD_FROM = 4;
export const PAIN_STEP_BACK_FROM = 6;
/** Reps over the target in the last set that count for 2-for-2, and the sessions in a row. */
export const TWO_FOR_TWO_REPS_OVER = 2;
export const TWO_FOR_TWO_SESSIONS = 2;

export type ProgressionReason =
  | {
      readonly kind: 'two_for_two';
      readonly sessionIds: readonly string[];
      readonly repsOverTarget: readonly number[];
    }
  | {
      readonly kind: 'rom_target_reached';
      readonly sessionIds: readonly string[];
      readonly medianRomPercents: readonly number[];
    }
  | { readonly kind: 'pain_hold'; readonly pain: number }
  | { readonly kind: 'pain_step_back'; readonly pain: number }
  /** An advancing rule was met at the top level: nothing harder is prescribed. */
  | { readonly kind: 'top_level'; readonly rule: 'two_for_two' | 'rom_target_reached' }
  | { readonly kind: 'no_rule_met' }
  | { readonly kind: 'no_session' };

export interface ProgressionDecision {
  readonly change: 'advance' | 'stay' | 'step_back';
  /** Levels, 1-based: `from` the last session's, `to` the next session's. */
  readonly from: number;
  readonly to: number;
  readonly reason: ProgressionReason;
  /** Pain of 6 or more under the traffic light: the patient is told to contact the clinic. */
  readonly contactClinic: boolean;
}

/** The highest level of a plan (level 1 is the prescription itself). */
export const progressionTopLevel = (plan: ProgressionPlan): number => plan.levels.length + 1;

const clampLevel = (plan: ProgressionPlan, level: number): number =>
  Math.min(Math.max(Math.round(level), 1), progressionTopLevel(plan));

const hasRule = (plan: ProgressionPlan, kind: ProgressionRule['kind']): boolean =>
  plan.rules.some((r) => r.kind === kind);

/** The sessions of the trailing run at the last session's level, oldest first. */
function trailingRunAtLevel(history: readonly ProgressionSession[]): ProgressionSession[] {
  const last = history[history.length - 1];
  if (last === undefined) return [];
  const run: ProgressionSession[] = [];
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const s = history[i];
    if (s === undefined || s.level !== last.level) break;
    run.unshift(s);
  }
  return run;
}

const repsOver = (s: ProgressionSession): number | null =>
  s.lastSetReps === null || s.targetReps === null ? null : s.lastSetReps - s.targetReps;

function twoForTwo(run: readonly ProgressionSession[]): ProgressionReason | null {
  const lastTwo = run.slice(-TWO_FOR_TWO_SESSIONS);
  if (lastTwo.length < TWO_FOR_TWO_SESSIONS) return null;
  const over = lastTwo.map(repsOver);
  if (!over.every((o): o is number => o !== null && o >= TWO_FOR_TWO_REPS_OVER)) return null;
  return { kind: 'two_for_two', sessionIds: lastTwo.map((s) => s.sessionId), repsOverTarget: over };
}

function romReached(
  run: readonly ProgressionSession[],
  sessions: number,
): ProgressionReason | null {
  const n = Math.max(1, Math.round(sessions));
  const lastN = run.slice(-n);
  if (lastN.length < n) return null;
  const medians = lastN.map((s) => s.medianRomPercent);
  if (!medians.every((m): m is number => m !== null && m >= 100)) return null;
  return {
    kind: 'rom_target_reached',
    sessionIds: lastN.map((s) => s.sessionId),
    medianRomPercents: medians,
  };
}

/**
 * What the rules say after the last session of `history` (sessions of one exercise, oldest
 * first). Pain comes first: 6 or more steps back (never below level 1) and asks the patient to
 * contact the clinic; 4–5 holds. Otherwise the first advancing rule met moves up one level.
 */
export function progressionDecide(
  plan: ProgressionPlan,
  history: readonly ProgressionSession[],
): ProgressionDecision {
  const last = history[history.length - 1];
  if (last === undefined) {
    return { change: 'stay', from: 1, to: 1, reason: { kind: 'no_session' }, contactClinic: false };
  }
  const from = clampLevel(plan, last.level);
  const stay = (reason: ProgressionReason, contactClinic = false): ProgressionDecision => ({
    change: 'stay',
    from,
    to: from,
    reason,
    contactClinic,
  });
  if (hasRule(plan, 'pain_traffic_light') && last.pain !== null) {
    if (last.pain >= PAIN_STEP_BACK_FROM) {
      const reason = { kind: 'pain_step_back', pain: last.pain } as const;
      return from > 1
        ? { change: 'step_back', from, to: from - 1, reason, contactClinic: true }
        : stay(reason, true);
    }
    if (last.pain >= PAIN_HOLD_FROM) return stay({ kind: 'pain_hold', pain: last.pain });
  }
  const run = trailingRunAtLevel(history);
  for (const rule of plan.rules) {
    const reason =
      rule.kind === 'two_for_two'
        ? twoForTwo(run)
        : rule.kind === 'rom_target_reached'
          ? romReached(run, rule.sessions)
          : null;
    if (reason === null) continue;
    if (from >= progressionTopLevel(plan)) {
      return stay({
        kind: 'top_level',
        rule: rule.kind === 'two_for_two' ? rule.kind : 'rom_target_reached',
      });
    }
    return { change: 'advance', from, to: from + 1, reason, contactClinic: false };
  }
  return stay({ kind: 'no_rule_met' });
}

/**
 * The dose at `level` of a base prescription (level 1: the base): the level's fields replace the
 * base's; a ROM target goes into the override, where the analyzer reads it. Out-of-range levels
 * are clamped. The result carries its level, so sets done at it say which level they were.
 */
export function prescriptionAtLevel(base: Prescription, level: number): Prescription {
  const plan = base.progression;
  if (plan === undefined) return base;
  const at = clampLevel(plan, level);
  const l = plan.levels[at - 2];
  if (l === undefined) return { ...base, level: 1 };
  return {
    ...base,
    exerciseId: l.exerciseId ?? base.exerciseId,
    sets: l.sets ?? base.sets,
    reps: base.reps === null ? null : (l.reps ?? base.reps),
    holdSeconds: base.holdSeconds === null ? null : (l.holdSeconds ?? base.holdSeconds),
    override:
      l.romTargetDeg === undefined
        ? base.override
        : { ...base.override, romTargetDeg: l.romTargetDeg },
    notes: l.notes ?? base.notes,
    level: at,
  };
}

const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const maxOrNull = (xs: readonly (number | null)[]): number | null => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : Math.max(...known);
};

/**
 * A session of one exercise as the rules read it, from the stored session and its sets of that
 * exercise (any order); null when no set of it was completed.
 */
export function progressionSessionFrom(
  session: SessionRecord,
  sets: readonly ExerciseSetRecord[],
): ProgressionSession | null {
  const done = sets
    .filter((s) => s.status === 'completed' || s.status === 'stopped_pain')
    .sort((a, b) => a.setNumber - b.setNumber);
  const last = done[done.length - 1];
  if (last === undefined) return null;
  const roms = done.flatMap((s) =>
    (s.summary?.reps ?? []).flatMap((r) =>
      r.quality.romPercent === null ? [] : [r.quality.romPercent],
    ),
  );
  return {
    sessionId: session.id,
    endedAt: session.endedAt ?? last.endedAt ?? last.startedAt,
    level: last.prescription.level ?? 1,
    lastSetReps: last.prescription.reps === null ? null : last.repCount,
    targetReps: last.prescription.reps,
    medianRomPercent: median(roms),
    pain: maxOrNull([session.painAfter, ...done.map((s) => s.painAfter)]),
  };
}
