// The One Euro filter (Casiez, Roussel & Vogel, CHI 2012): a low-pass filter whose cutoff rises
// with speed, so a still limb is smoothed hard (little jitter) and a moving one lightly (little lag).
//
//   minCutoff (Hz): cutoff at rest. Lower = less jitter when still, more lag.
//   beta (1 / signal unit): how fast the cutoff grows with speed, cutoff = minCutoff + beta·|dx/dt|.
//        Its scale depends on the signal's unit (degrees vs body lengths), hence per-measure values.
//   dCutoff (Hz): cutoff of the low-pass on the derivative itself (1 Hz in the paper).
// Time comes from the frames' timestamps, so dropped frames just mean a longer dt.
import type { Ms } from './units';

export interface OneEuroParams {
  readonly minCutoff: number;
  readonly beta: number;
  readonly dCutoff: number;
}

export interface OneEuroState {
  readonly value: number;
  readonly derivative: number;
  readonly timestampMs: Ms;
}

const smoothingFactor = (dtS: number, cutoffHz: number): number => {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / dtS);
};

/**
 * One filter step. `state` null starts the filter at the sample. A non-increasing timestamp
 * returns the previous state unchanged (the sample is ignored).
 */
export function oneEuroStep(
  params: OneEuroParams,
  state: OneEuroState | null,
  sample: number,
  timestampMs: Ms,
): OneEuroState {
  if (state === null) return { value: sample, derivative: 0, timestampMs };
  const dtS = (timestampMs - state.timestampMs) / 1000;
  if (!(dtS > 0)) return state;
  const rawDerivative = (sample - state.value) / dtS;
  const aD = smoothingFactor(dtS, params.dCutoff);
  const derivative = state.derivative + aD * (rawDerivative - state.derivative);
  const cutoff = params.minCutoff + params.beta * Math.abs(derivative);
  const a = smoothingFactor(dtS, cutoff);
  return { value: state.value + a * (sample - state.value), derivative, timestampMs };
}
