// Form rules: a measure past a threshold for at least persistMs is a fault. Rules can be limited to
// the views in which their measure means what it says (knee valgus needs a front view) and to
// the phase they apply in (during a rep, during a hold, or always).
import type { CameraView, FormRule } from './exercises/types';
import { ms, type Ms } from './units';

export interface FaultEpisode {
  readonly ruleId: string;
  readonly startMs: Ms;
  readonly endMs: Ms;
}

interface RuleState {
  violatingSince: number | null;
  active: boolean;
  lastT: number;
}

export interface FormRulesState {
  rules: Record<string, RuleState>;
  episodes: FaultEpisode[];
}

export interface FormRulesContext {
  readonly timestampMs: Ms;
  readonly values: Readonly<Record<string, number | null>>;
  readonly view: CameraView | null;
  readonly inRep: boolean;
  readonly isHolding: boolean;
}

export const formRulesCreate = (): FormRulesState => ({ rules: {}, episodes: [] });

const applies = (rule: FormRule, ctx: FormRulesContext): boolean => {
  if (rule.views !== undefined && (ctx.view === null || !rule.views.includes(ctx.view)))
    return false;
  if (rule.phase === 'rep') return ctx.inRep;
  if (rule.phase === 'hold') return ctx.isHolding;
  return true;
};

const violates = (rule: FormRule, value: number): boolean =>
  rule.comparison === 'above' ? value > rule.threshold : value < rule.threshold;

/** One frame: returns the rules whose fault started on this frame. */
export function formRulesStep(
  state: FormRulesState,
  rules: readonly FormRule[],
  ctx: FormRulesContext,
): FormRule[] {
  const t: number = ctx.timestampMs;
  const started: FormRule[] = [];
  for (const rule of rules) {
    const rs = (state.rules[rule.id] ??= { violatingSince: null, active: false, lastT: t });
    const value = ctx.values[rule.measure];
    const bad =
      applies(rule, ctx) && value !== null && value !== undefined && violates(rule, value);
    if (bad) {
      rs.violatingSince ??= t;
      if (!rs.active && t - rs.violatingSince >= rule.persistMs) {
        rs.active = true;
        started.push(rule);
      }
    } else {
      if (rs.active && rs.violatingSince !== null) {
        state.episodes.push({
          ruleId: rule.id,
          startMs: ms(rs.violatingSince),
          endMs: ms(rs.lastT),
        });
      }
      rs.active = false;
      rs.violatingSince = null;
    }
    rs.lastT = t;
  }
  return started;
}

/** Closes faults still active at the end of the set. */
export function formRulesFinish(state: FormRulesState): void {
  for (const [ruleId, rs] of Object.entries(state.rules)) {
    if (rs.active && rs.violatingSince !== null) {
      state.episodes.push({ ruleId, startMs: ms(rs.violatingSince), endMs: ms(rs.lastT) });
    }
    rs.active = false;
    rs.violatingSince = null;
  }
}

export const formRulesActive = (state: FormRulesState): string[] =>
  Object.entries(state.rules)
    .filter(([, rs]) => rs.active)
    .map(([id]) => id);

/** Fault time per rule inside [startMs, endMs], counting faults still active at `nowMs`. */
export function formFaultsBetween(
  state: FormRulesState,
  startMs: Ms,
  endMs: Ms,
): { ruleId: string; durationMs: Ms }[] {
  const totals = new Map<string, number>();
  const add = (ruleId: string, a: number, b: number): void => {
    const overlap = Math.min(b, endMs) - Math.max(a, startMs);
    if (overlap > 0) totals.set(ruleId, (totals.get(ruleId) ?? 0) + overlap);
  };
  for (const e of state.episodes) add(e.ruleId, e.startMs, e.endMs);
  for (const [ruleId, rs] of Object.entries(state.rules)) {
    if (rs.active && rs.violatingSince !== null) add(ruleId, rs.violatingSince, rs.lastT);
  }
  return [...totals.entries()].map(([ruleId, d]) => ({ ruleId, durationMs: ms(d) }));
}
