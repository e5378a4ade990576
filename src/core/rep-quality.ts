// Quality of one rep. All of it is documented here because therapists read the numbers.
//
// peakRomDeg      largest ROM in the rep on the rom measure: |value − zeroDeg| in its direction
// romPercent      peakRomDeg / targetDeg × 100 (may exceed 100)
// upMs / downMs   start → peak and peak → end (the 20%-amplitude crossings, see rep-counter.ts)
// tempo ratios    actual / target seconds for each phase (1 = on tempo)
// symmetry        bilateral, non-alternating exercises: 100 × min(L, R) / max(L, R) of each side's
//                 peak ROM
// targetHoldMs    time the rep signal stays within 10% of the rep's amplitude of its own peak (the
//                 band rep-counter.ts uses for a rep's edges): the pause at the top of the rep, "as
//                 far as the person gets". A smooth out-and-back without any pause still spends
//                 about a fifth of its up and down phases in this band, so the measure is lenient.
// targetHoldShort the definition asks for holdAtTargetSeconds > 0 and targetHoldMs fell short of
//                 it; null when no pause is asked for. Such a rep is still counted and its score is
//                 unchanged (a therapist decides whether a short pause matters): it is a flag.
// smoothness      the number of speed peaks ("movement units", Brooks 1973; Rohrer et al. 2002) of
//                 the rep signal: local maxima of |velocity| with prominence ≥ 20% of the rep's top
//                 speed. An ideal out-and-back rep has 2; smoothness = min(1, 2 / peaks).
// score (0–100)   round(100 × (0.40·R + 0.20·T + 0.15·S + 0.25·F)) where
//                   R = min(1, romPercent / 100), or 1 without a ROM target
//                   T = mean over up/down of min(actual/target, target/actual), or 1 without tempo
//                   S = smoothness
//                   F = max(0, 1 − Σ severityWeight × faultMs / repMs), weights info 0.5,
//                       warning 1, safety 2
import type { ExerciseDefinition, FormRule } from './exercises/types';
import type { RepWindow } from './rep-counter';
import { romDegOf, romPercentOf } from './rom';
import { degrees, ms, type Degrees, type Ms } from './units';

export interface QualitySample {
  readonly t: number;
  readonly progress: number | null;
  readonly rom: number | null;
  readonly romLeft: number | null;
  readonly romRight: number | null;
}

export interface RepFault {
  readonly ruleId: string;
  readonly durationMs: Ms;
}

export interface RepQuality {
  readonly peakRomDeg: Degrees | null;
  readonly targetDeg: Degrees | null;
  readonly romPercent: number | null;
  readonly upMs: Ms;
  readonly downMs: Ms;
  readonly tempoUpRatio: number | null;
  readonly tempoDownRatio: number | null;
  readonly symmetryPercent: number | null;
  readonly velocityPeaks: number;
  readonly smoothness: number;
  readonly faults: readonly RepFault[];
  readonly score: number;
  /** Optional for records stored before it existed; repQuality always sets it. */
  readonly targetHoldMs?: Ms;
  /** Optional for records stored before it existed; repQuality always sets it. */
  readonly targetHoldShort?: boolean | null;
}

/** The peak band for targetHoldMs, as a fraction of the rep's amplitude (see the header). */
const TARGET_BAND_FRACTION = 0.1;
const SEVERITY_WEIGHT = { info: 0.5, warning: 1, safety: 2 } as const;
const PEAK_PROMINENCE = 0.2;

/** Speed peaks with prominence ≥ 20% of the top speed (see the header). */
export function velocityPeakCount(samples: readonly { t: number; v: number }[]): number {
  const speed: number[] = [];
  for (let i = 1; i < samples.length; i += 1) {
    const a = samples[i - 1];
    const b = samples[i];
    if (a === undefined || b === undefined || b.t <= a.t) continue;
    speed.push(Math.abs((b.v - a.v) / (b.t - a.t)));
  }
  const top = Math.max(0, ...speed);
  if (top === 0) return 0;
  let peaks = 0;
  speed.forEach((s, i) => {
    if (s < (speed[i - 1] ?? -1) || s < (speed[i + 1] ?? -1)) return;
    if (s === speed[i - 1]) return; // count a plateau once
    let leftMin = s;
    for (let j = i - 1; j >= 0 && (speed[j] ?? 0) <= s; j -= 1)
      leftMin = Math.min(leftMin, speed[j] ?? 0);
    let rightMin = s;
    for (let j = i + 1; j < speed.length && (speed[j] ?? 0) <= s; j += 1) {
      rightMin = Math.min(rightMin, speed[j] ?? 0);
    }
    if (s - Math.max(leftMin, rightMin) >= PEAK_PROMINENCE * top || s === top) peaks += 1;
  });
  return peaks;
}

const romOf = (def: ExerciseDefinition, value: number | null): number | null =>
  def.rom === null || value === null ? null : romDegOf(def.rom, value);

const maxOf = (values: readonly (number | null)[]): number | null => {
  const seen = values.filter((v): v is number => v !== null);
  return seen.length === 0 ? null : Math.max(...seen);
};

/** Time within the peak band: the sum of sample intervals whose both ends lie inside it. */
export function targetHoldMsOf(
  signal: readonly { t: number; v: number }[],
  window: Pick<RepWindow, 'peakProgress' | 'amplitude'>,
): number {
  const level = window.peakProgress - TARGET_BAND_FRACTION * window.amplitude;
  let held = 0;
  for (let i = 1; i < signal.length; i += 1) {
    const a = signal[i - 1];
    const b = signal[i];
    if (a !== undefined && b !== undefined && a.v >= level && b.v >= level) held += b.t - a.t;
  }
  return held;
}

const ratioScore = (ratio: number | null): number | null =>
  ratio === null || !(ratio > 0) ? null : Math.min(ratio, 1 / ratio);

export function repQuality(
  def: ExerciseDefinition,
  window: RepWindow,
  samples: readonly QualitySample[],
  faults: readonly RepFault[],
): RepQuality {
  const inRep = samples.filter((s) => s.t >= window.startMs && s.t <= window.endMs);
  const peakRom = maxOf(inRep.map((s) => romOf(def, s.rom)));
  const targetDeg = def.rom === null ? null : degrees(def.rom.targetDeg);
  const romPercent =
    peakRom !== null && targetDeg !== null ? romPercentOf(peakRom, targetDeg) : null;
  const upMs = window.peakMs - window.startMs;
  const downMs = window.endMs - window.peakMs;
  const tempoUp = def.tempo === null ? null : upMs / 1000 / def.tempo.upSeconds;
  const tempoDown = def.tempo === null ? null : downMs / 1000 / def.tempo.downSeconds;
  const left = maxOf(inRep.map((s) => romOf(def, s.romLeft)));
  const right = maxOf(inRep.map((s) => romOf(def, s.romRight)));
  const bilateral = def.rep !== null && !def.rep.alternating && left !== null && right !== null;
  const symmetry =
    bilateral && Math.max(left, right) > 0
      ? (100 * Math.min(left, right)) / Math.max(left, right)
      : null;
  const signal = inRep.flatMap((s) => (s.progress === null ? [] : [{ t: s.t, v: s.progress }]));
  const peaks = velocityPeakCount(signal);
  const targetHold = targetHoldMsOf(signal, window);
  const smoothness = peaks === 0 ? 0 : Math.min(1, 2 / peaks);
  const repMs = Math.max(1, window.endMs - window.startMs);
  const severityOf = (id: string): FormRule['severity'] =>
    def.formRules.find((r) => r.id === id)?.severity ?? 'warning';
  const faultLoad = faults.reduce(
    (sum, f) => sum + SEVERITY_WEIGHT[severityOf(f.ruleId)] * f.durationMs,
    0,
  );
  const r = romPercent === null ? 1 : Math.min(1, romPercent / 100);
  const tempoScores = [ratioScore(tempoUp), ratioScore(tempoDown)].filter(
    (x): x is number => x !== null,
  );
  const t =
    tempoScores.length === 0 ? 1 : tempoScores.reduce((a, b) => a + b, 0) / tempoScores.length;
  const f = Math.max(0, 1 - faultLoad / repMs);
  const score = Math.round(100 * (0.4 * r + 0.2 * t + 0.15 * smoothness + 0.25 * f));
  return {
    peakRomDeg: peakRom === null ? null : degrees(peakRom),
    targetDeg,
    romPercent,
    upMs: ms(upMs),
    downMs: ms(downMs),
    tempoUpRatio: tempoUp,
    tempoDownRatio: tempoDown,
    symmetryPercent: symmetry,
    velocityPeaks: peaks,
    smoothness,
    faults: faults.map((x) => ({ ...x })),
    score,
    targetHoldMs: ms(targetHold),
    targetHoldShort:
      def.holdAtTargetSeconds > 0 ? targetHold < def.holdAtTargetSeconds * 1000 : null,
  };
}
