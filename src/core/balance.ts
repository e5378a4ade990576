// Balance metrics of a body-centre point while the stance is held, in torso lengths so that
// they do not depend on how far the person stands from the camera:
//   pathLength: total distance the centre travelled (sum of frame-to-frame steps)
//   meanVelocity: pathLength per second of stance
//   area95: area of the 95% confidence ellipse of the centre's positions, π·5.991·√det(Σ)
//           (the standard posturography sway area; Σ is the 2×2 covariance, Welford-updated)
// Loss of balance: the stance condition lost after at least one second held ("foot down"), or the
// centre more than maxSwayTorso from its running mean ("large sway").
import type { BalanceSpec } from './exercises/types';
import { ms, type Ms } from './units';

export interface BalanceState {
  stanceMs: number;
  pathLength: number;
  n: number;
  meanX: number;
  meanY: number;
  m2x: number;
  m2y: number;
  cxy: number;
  last: { x: number; y: number; t: number } | null;
  wasInStance: boolean;
  stanceSinceMs: number | null;
  losses: { timestampMs: Ms; kind: BalanceLossKind }[];
  swayOut: boolean;
}

export type BalanceLossKind = 'foot_down' | 'large_sway';

export interface BalanceMetrics {
  readonly stanceMs: Ms;
  readonly pathLengthTorso: number;
  readonly meanVelocityTorsoPerS: number;
  readonly area95Torso2: number;
  readonly lossCount: number;
  readonly losses: readonly { readonly timestampMs: Ms; readonly kind: BalanceLossKind }[];
}

/** Minimum stance before a lost stance counts as a loss of balance rather than getting set. */
const MIN_STANCE_BEFORE_LOSS_MS = 1000;
/** Positions accepted into the sway statistics only after this many samples define a mean. */
const MIN_SAMPLES_FOR_SWAY = 10;

export const balanceCreate = (): BalanceState => ({
  stanceMs: 0,
  pathLength: 0,
  n: 0,
  meanX: 0,
  meanY: 0,
  m2x: 0,
  m2y: 0,
  cxy: 0,
  last: null,
  wasInStance: false,
  stanceSinceMs: null,
  losses: [],
  swayOut: false,
});

/**
 * One frame. `centre` is the body centre in torso lengths (null when unseen); `inStance` whether
 * the stance (hold) condition is met on this frame; `isHolding` whether the hold is still on (it
 * bridges short dropouts, so a foot-down is only declared once the hold is really lost).
 */
export function balanceStep(
  state: BalanceState,
  spec: BalanceSpec,
  timestampMs: Ms,
  centre: { x: number; y: number } | null,
  inStance: boolean,
  isHolding: boolean,
): void {
  const t: number = timestampMs;
  if (!isHolding) {
    const heldLongEnough =
      state.stanceSinceMs !== null && t - state.stanceSinceMs >= MIN_STANCE_BEFORE_LOSS_MS;
    if (state.wasInStance && heldLongEnough) state.losses.push({ timestampMs, kind: 'foot_down' });
    state.wasInStance = false;
    state.stanceSinceMs = null;
  }
  if (!inStance || centre === null) {
    state.last = null;
    return;
  }
  if (!state.wasInStance) state.stanceSinceMs = t;
  state.wasInStance = true;
  if (state.last !== null) {
    state.stanceMs += t - state.last.t;
    state.pathLength += Math.hypot(centre.x - state.last.x, centre.y - state.last.y);
  }
  state.last = { ...centre, t };
  state.n += 1;
  const dx = centre.x - state.meanX;
  const dy = centre.y - state.meanY;
  state.meanX += dx / state.n;
  state.meanY += dy / state.n;
  state.m2x += dx * (centre.x - state.meanX);
  state.m2y += dy * (centre.y - state.meanY);
  state.cxy += dx * (centre.y - state.meanY);
  if (state.n >= MIN_SAMPLES_FOR_SWAY) {
    const away = Math.hypot(centre.x - state.meanX, centre.y - state.meanY) > spec.maxSwayTorso;
    if (away && !state.swayOut) state.losses.push({ timestampMs, kind: 'large_sway' });
    state.swayOut = away;
  }
}

export function balanceMetrics(state: BalanceState): BalanceMetrics {
  const n = state.n;
  const vx = n > 1 ? state.m2x / (n - 1) : 0;
  const vy = n > 1 ? state.m2y / (n - 1) : 0;
  const cov = n > 1 ? state.cxy / (n - 1) : 0;
  const det = Math.max(0, vx * vy - cov * cov);
  const seconds = state.stanceMs / 1000;
  return {
    stanceMs: ms(state.stanceMs),
    pathLengthTorso: state.pathLength,
    meanVelocityTorsoPerS: seconds > 0 ? state.pathLength / seconds : 0,
    area95Torso2: Math.PI * 5.991 * Math.sqrt(det),
    lossCount: state.losses.length,
    losses: state.losses.map((l) => ({ ...l })),
  };
}
