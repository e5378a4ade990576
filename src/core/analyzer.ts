// The analyzer the worker runs after each inference: landmarks in, everything a coach would say
// out. It interprets an ExerciseDefinition (data); nothing exercise-specific is written here.
import { summaryMeanScore } from './summary';
import type {
  AnalysisSummary,
  AnalysisUpdate,
  AnalyzerOptions,
  MeasureFilterParams,
  PartialRecord,
  RepRecord,
  TrackingState,
} from './analysis-types';
import { balanceCreate, balanceMetrics, balanceStep } from './balance';
import { DEFAULT_MIN_VISIBILITY, partIndex, pointResolve, type Side } from './body';
import {
  cueBalanceLost,
  cueFormFault,
  cueHoldProgress,
  cueRepDone,
  cueReposition,
  cueTargetReached,
  cueTrackingLost,
  cueTurn,
  type FramingProblem,
} from './coach-cues';
import { CUE_DEFAULTS, cueCreate, cueSelect, type CueCandidate } from './cues';
import type { ExerciseDefinition, MeasureSpec } from './exercises/types';
import { oneEuroStep, type OneEuroState } from './filters';
import {
  formFaultsBetween,
  formRulesActive,
  formRulesCreate,
  formRulesFinish,
  formRulesStep,
} from './form-rules';
import { frameContextCreate, frameContextStep, type FrameContext } from './frame-context';
import {
  holdConditionsMet,
  holdCreate,
  holdShift,
  holdStatus,
  holdStep,
  rangeContains,
} from './hold';
import { identityCreate, identitySampleOf, identityStep } from './identity';
import type { PoseFrame } from './landmarks';
import { measureCombineSides, measureEvaluate } from './measures';
import { notCountingCreate, notCountingStep } from './not-counting';
import { postureClassify, postureMatches, postureTrackCreate, postureTrackStep } from './posture';
import {
  REP_COUNTER_DEFAULTS,
  repCounterCreate,
  repCounterFinish,
  repCounterShift,
  repCounterStep,
  type RepCounterConfig,
  type RepCounterEvent,
} from './rep-counter';
import { repQuality, type QualitySample } from './rep-quality';
import { romDegOf } from './rom';
import { median } from './stats';

export interface ExerciseAnalyzer {
  push(frame: PoseFrame): AnalysisUpdate;
  finish(): AnalysisSummary;
}

/** Default One Euro parameters per unit: angles move ~100–300°/s, torso-length measures ~1–3/s. */
export const MEASURE_FILTER_DEFAULTS: MeasureFilterParams = {
  degrees: { minCutoff: 1.0, beta: 0.02, dCutoff: 1.0 },
  torso: { minCutoff: 1.0, beta: 2.0, dCutoff: 1.0 },
  ratio: { minCutoff: 1.0, beta: 1.0, dCutoff: 1.0 },
};
/** Quality samples kept for rep scoring. */
const SAMPLE_BUFFER_MS = 60_000;
/** A framing problem must last this long before the person is asked to move. */
const REPOSITION_AFTER_MS = 1000;
const VIEW_MISMATCH_AFTER_MS = 2000;
/** Another body must be seen this long before it is announced (counting pauses at once). */
const OTHER_PERSON_REPORT_AFTER_MS = 300;

const unitOf = (spec: MeasureSpec): keyof MeasureFilterParams =>
  spec.kind === 'joint_angle' || spec.kind === 'segment_angle'
    ? 'degrees'
    : spec.kind === 'distance_ratio'
      ? 'ratio'
      : 'torso';

function framingProblem(
  def: ExerciseDefinition,
  ctx: FrameContext,
  minVis: number,
): FramingProblem | null {
  if (ctx.image === null) return null;
  const seen = (ref: 'mid_ankle' | 'mid_wrist' | 'mid_shoulder' | 'mid_hip'): boolean => {
    const part = ref.slice(4) as 'ankle' | 'wrist' | 'shoulder' | 'hip';
    const vis = ctx.image?.visibility ?? [];
    return (['left', 'right'] as const).some((s) => (vis[partIndex(part, s)] ?? 0) >= minVis);
  };
  if (def.framing !== 'upper_body' && !seen('mid_ankle')) return 'feet_out_of_view';
  if (def.framing === 'upper_body' && !seen('mid_wrist')) return 'hands_out_of_view';
  if (def.framing !== 'lower_body' && !seen('mid_shoulder')) return 'body_out_of_view';
  return null;
}

/**
 * Whether the definition's start position holds on this frame: false if any readable condition
 * fails, true if the readable ones hold, null if none is readable (or there are none).
 */
function startPositionMet(
  def: ExerciseDefinition,
  values: Readonly<Record<string, number | null>>,
): boolean | null {
  let known = false;
  for (const c of def.startPosition.conditions) {
    const value = values[c.measure];
    if (value === null || value === undefined) continue;
    if (!rangeContains(c, value)) return false;
    known = true;
  }
  return known ? true : null;
}

export function createExerciseAnalyzer(
  def: ExerciseDefinition,
  options: AnalyzerOptions = {},
): ExerciseAnalyzer {
  const minVis = options.minVisibility ?? DEFAULT_MIN_VISIBILITY;
  const filterParams: MeasureFilterParams = { ...MEASURE_FILTER_DEFAULTS, ...options.filter };
  const cueConfig = { ...CUE_DEFAULTS, ...options.cues };
  const counterConfig: RepCounterConfig | null =
    def.rep === null
      ? null
      : {
          ...REP_COUNTER_DEFAULTS,
          ...options.counter,
          minExcursion: def.rep.minExcursion,
          minRomFraction: def.rep.minRomFraction,
          minRepMs: def.rep.minRepMs,
          maxRepMs: def.rep.maxRepMs,
        };
  const maxGapMs = counterConfig?.maxGapMs ?? REP_COUNTER_DEFAULTS.maxGapMs;
  const context = frameContextCreate();
  const counter = repCounterCreate();
  const hold = holdCreate();
  const balance = balanceCreate();
  const rules = formRulesCreate();
  const cues = cueCreate();
  const posture = postureTrackCreate();
  const identity = identityCreate();
  const notCounting = notCountingCreate();
  /** When the current pause for another person in view began (null: not paused). */
  let otherSinceMs: number | null = null;
  const filters = new Map<string, { state: OneEuroState | null; lastT: number }>();
  const samples: QualitySample[] = [];
  const reps: RepRecord[] = [];
  const partials: PartialRecord[] = [];
  const primary =
    def.rep !== null ? [def.rep.measure] : (def.hold?.conditions.map((c) => c.measure) ?? []);
  let lastPrimaryMs: number | null = null;
  let framingSince: { problem: FramingProblem; t: number } | null = null;
  let viewMismatchSince: number | null = null;
  let targetAnnounced = -1;

  const filtered = (
    key: string,
    unit: keyof MeasureFilterParams,
    value: number | null,
    t: number,
  ): number | null => {
    if (value === null) return null;
    const entry = filters.get(key);
    const state = entry !== undefined && t - entry.lastT <= maxGapMs ? entry.state : null;
    const next = oneEuroStep(filterParams[unit], state, value, t as never);
    filters.set(key, { state: next, lastT: t });
    return next.value;
  };

  const orient = (value: number | null): number | null =>
    value === null || def.rep === null ? null : def.rep.direction === 'increase' ? value : -value;

  const toRecords = (events: RepCounterEvent[]): { done: RepRecord[]; part: PartialRecord[] } => {
    const done: RepRecord[] = [];
    const part: PartialRecord[] = [];
    for (const e of events) {
      const w = e.window;
      if (e.kind === 'rep') {
        const faults = formFaultsBetween(rules, w.startMs, w.endMs);
        const rec: RepRecord = {
          index: reps.length + 1,
          side: def.rep?.alternating === true ? w.side : null,
          startMs: w.startMs,
          peakMs: w.peakMs,
          endTimestampMs: w.endMs,
          quality: repQuality(def, w, samples, faults),
        };
        reps.push(rec);
        done.push(rec);
      } else if (e.kind === 'partial') {
        // The person's typical rep: the median counted amplitude, as the rep counter judges
        // depth by (the middle of the time-ordered list was not a median: issue #10).
        const typical = reps.length === 0 ? null : median(counter.amplitudes);
        const rec: PartialRecord = {
          reason: e.reason,
          side: def.rep?.alternating === true ? w.side : null,
          startMs: w.startMs,
          endTimestampMs: w.endMs,
          depthFraction: typical === null || typical <= 0 ? null : w.amplitude / typical,
        };
        partials.push(rec);
        part.push(rec);
      }
    }
    return { done, part };
  };

  /** The frame of another person: nothing is measured, counted or timed; the state stands still. */
  function pausedUpdate(t: PoseFrame['timestampMs']): AnalysisUpdate {
    otherSinceMs ??= t;
    const isReported = t - otherSinceMs >= OTHER_PERSON_REPORT_AFTER_MS;
    return {
      timestampMs: t,
      tracking: 'occluded',
      view: null,
      visibleSide: null,
      measures: Object.fromEntries(def.measures.map((m) => [m.id, null])),
      phase: counter.phase,
      repCount: counter.count,
      reps: [],
      partials: [],
      hold: def.hold === null ? null : holdStatus(hold, def.hold),
      balance: def.balance === null ? null : balanceMetrics(balance),
      activeFaults: [],
      cues: [],
      posture: null,
      notCounting: isReported
        ? notCountingStep(notCounting, {
            timestampMs: t,
            isProgressing: false,
            isOtherPerson: true,
            isOutOfView: false,
            required: def.posture,
            postureMismatch: null,
            isInStartPosition: null,
          })
        : null,
    };
  }

  function push(frame: PoseFrame): AnalysisUpdate {
    const t = frame.timestampMs;
    // Someone else in view: pause before anything (filters, body scale) takes in their body.
    if (identityStep(identity, identitySampleOf(frame, minVis), t) === 'other') {
      return pausedUpdate(t);
    }
    if (otherSinceMs !== null) {
      // The patient is back: the pause is taken out of the rep's and the hold's clocks, so it
      // neither ends a rep as lost tracking nor breaks the hold.
      repCounterShift(counter, t - otherSinceMs);
      holdShift(hold, t - otherSinceMs);
      otherSinceMs = null;
    }
    const ctx = frameContextStep(context, frame, minVis, options.view ?? null);
    const input = { ...ctx, minVisibility: minVis };
    const values: Record<string, number | null> = {};
    /** Unfiltered values: hold conditions use these, so a hold starts and stops on the frame it does
     * (the hysteresis tolerance and grace period absorb the noise the filter would). */
    const rawValues: Record<string, number | null> = {};
    const sided: Record<string, { left: number | null; right: number | null }> = {};
    for (const spec of def.measures) {
      const raw = measureEvaluate(spec, input);
      rawValues[spec.id] = raw.value;
      const unit = unitOf(spec);
      const left = filtered(`${spec.id}:L`, unit, raw.left, t);
      const right = filtered(`${spec.id}:R`, unit, raw.right, t);
      sided[spec.id] = { left, right };
      values[spec.id] =
        raw.left === null && raw.right === null && raw.value !== null
          ? filtered(`${spec.id}:V`, unit, raw.value, t)
          : measureCombineSides(spec.side, left, right, ctx.visibleSide, ctx.view);
    }
    const primaryReadable = primary.every((id) => values[id] !== null && values[id] !== undefined);
    if (primaryReadable) lastPrimaryMs = t;
    const tracking: TrackingState = primaryReadable
      ? 'tracking'
      : lastPrimaryMs !== null && t - lastPrimaryMs <= maxGapMs
        ? 'occluded'
        : 'lost';
    const candidates: CueCandidate[] = [];
    const settledPosture = postureTrackStep(posture, postureClassify(ctx.world, minVis), t);
    const postureMatch =
      settledPosture === null ? null : postureMatches(def.posture, settledPosture);
    // Proposed on every lost frame: the rate limiter decides when it is said (and repeated).
    if (tracking === 'lost') candidates.push(cueTrackingLost());

    // Reps.
    let events: RepCounterEvent[] = [];
    if (def.rep !== null && counterConfig !== null) {
      const progress = orient(values[def.rep.measure] ?? null);
      const s = sided[def.rep.measure];
      const l = orient(s?.left ?? null);
      const r = orient(s?.right ?? null);
      const side: Side | null =
        l === null ? (r === null ? null : 'right') : r === null || l >= r ? 'left' : 'right';
      events = repCounterStep(
        counter,
        counterConfig,
        t,
        progress,
        side,
        startPositionMet(def, rawValues),
        postureMatch,
      );
    }
    const rom =
      def.rom === null
        ? null
        : { value: values[def.rom.measure] ?? null, ...sided[def.rom.measure] };
    samples.push({
      t,
      progress: def.rep === null ? null : orient(values[def.rep.measure] ?? null),
      rom: rom?.value ?? null,
      romLeft: rom?.left ?? null,
      romRight: rom?.right ?? null,
    });
    while ((samples[0]?.t ?? t) < t - SAMPLE_BUFFER_MS) samples.shift();

    // Holds and balance.
    const previousHeld = hold.heldMs;
    if (def.hold !== null) {
      holdStep(
        hold,
        def.hold,
        t,
        postureMatch !== false && holdConditionsMet(def.hold, rawValues, hold.isHolding),
      );
      const progressCue = cueHoldProgress(hold.heldMs, previousHeld, def.hold.targetSeconds);
      if (progressCue !== null) candidates.push(progressCue);
    }
    if (def.balance !== null) {
      const lossesBefore = balance.losses.length;
      const centre =
        ctx.image === null
          ? null
          : pointResolve(def.balance.centre, ctx.visibleSide, ctx.image, minVis);
      const scale = ctx.imageScale;
      balanceStep(
        balance,
        def.balance,
        t,
        centre === null || scale === null ? null : { x: centre.x / scale, y: centre.y / scale },
        def.hold === null || hold.lastInMs === t,
        def.hold === null || hold.isHolding,
      );
      if (balance.losses.length > lossesBefore) candidates.push(cueBalanceLost());
    }

    // Form rules (evaluated before the reps of this frame are scored, so their faults count).
    formRulesStep(rules, def.formRules, {
      timestampMs: t,
      values,
      view: ctx.view,
      inRep: counter.phase === 'out' || counter.phase === 'back',
      isHolding: hold.isHolding,
    });
    // Every active fault is proposed on every frame: the rate limiter says it when it can and
    // repeats it (repeatMs) while it lasts, so a busy moment cannot swallow it.
    const active = formRulesActive(rules);
    for (const rule of def.formRules)
      if (active.includes(rule.id)) candidates.push(cueFormFault(rule));
    const { done, part } = toRecords(events);
    candidates.push(...done.map((rep) => cueRepDone(rep, def.tempo)));
    if (def.rom !== null && counter.phase === 'out' && targetAnnounced < counter.count + 1) {
      const value = values[def.rom.measure];
      const romDeg = value === null || value === undefined ? null : romDegOf(def.rom, value);
      if (romDeg !== null && romDeg >= def.rom.targetDeg) {
        targetAnnounced = counter.count + 1;
        candidates.push(cueTargetReached(targetAnnounced));
      }
    }

    // Repositioning.
    const problem = framingProblem(def, ctx, minVis);
    if (problem === null) framingSince = null;
    else if (framingSince?.problem !== problem) framingSince = { problem, t };
    if (framingSince !== null && t - framingSince.t >= REPOSITION_AFTER_MS)
      candidates.push(cueReposition(framingSince.problem));
    if (ctx.view !== null && !def.views.includes(ctx.view)) viewMismatchSince ??= t;
    else viewMismatchSince = null;
    if (
      ctx.view !== null &&
      viewMismatchSince !== null &&
      t - viewMismatchSince >= VIEW_MISMATCH_AFTER_MS
    ) {
      const turn = cueTurn(def, ctx.view);
      if (turn !== null) candidates.push(turn);
    }

    // An opening partial (tracking began mid-movement) or another posture's movement is no sign
    // that the exercise is being done.
    const isProgressing =
      done.length > 0 ||
      part.some((p) => p.reason !== 'started_mid_movement') ||
      ((counter.phase === 'out' || counter.phase === 'back') && counter.start.postureOk) ||
      hold.isHolding;
    const reason = notCountingStep(notCounting, {
      timestampMs: t,
      isProgressing,
      isOtherPerson: false,
      isOutOfView: ctx.image === null || tracking !== 'tracking' || problem !== null,
      required: def.posture,
      postureMismatch: postureMatch === false ? settledPosture : null,
      isInStartPosition:
        def.hold !== null
          ? holdConditionsMet(def.hold, rawValues, hold.isHolding)
          : startPositionMet(def, rawValues),
    });

    return {
      timestampMs: t,
      tracking,
      view: ctx.view,
      visibleSide: ctx.image === null ? null : ctx.visibleSide,
      measures: values,
      phase: counter.phase,
      repCount: counter.count,
      reps: done,
      partials: part,
      hold: def.hold === null ? null : holdStatus(hold, def.hold),
      balance: def.balance === null ? null : balanceMetrics(balance),
      activeFaults: active,
      cues: cueSelect(cues, cueConfig, t, candidates),
      posture: settledPosture,
      notCounting: reason,
    };
  }

  function finish(): AnalysisSummary {
    if (counterConfig !== null) toRecords(repCounterFinish(counter, counterConfig));
    formRulesFinish(rules);
    return {
      exerciseId: def.id,
      reps: [...reps],
      repCount: reps.length,
      partials: [...partials],
      holdSeconds: def.hold === null ? null : hold.heldMs / 1000,
      longestHoldSeconds: def.hold === null ? null : hold.bestStreakMs / 1000,
      balance: def.balance === null ? null : balanceMetrics(balance),
      faults: [...rules.episodes],
      meanScore: summaryMeanScore(reps),
    };
  }

  return { push, finish };
}
