// Tempo against the prescription: one ratio per rep and one tolerance band, used by the live cue
// after each rep and by the exercise summary.
//
// phase ratio   actual / prescribed seconds of a phase: RepQuality.tempoUpRatio (start → peak)
//               and tempoDownRatio (peak → end); see rep-quality.ts
// rep ratio     the mean of the rep's phase ratios (null without a prescribed tempo)
// band          a rep is on tempo while 2/3 ≤ ratio ≤ 3/2: up to a third quicker or half slower
//               than prescribed (a 2 s phase done in 1.3–3 s). Below it the rep is too fast, above
//               it too slow. The band is symmetric on a log scale (× or ÷ 1.5): people rarely
//               hit a metronome tempo by eye, and the rep counter's phase edges (20% of the
//               amplitude) already shave a little off each phase.
import type { RepQuality } from './rep-quality';

export const TEMPO_FAST_BELOW = 2 / 3;
export const TEMPO_SLOW_ABOVE = 3 / 2;

export type TempoVerdict = 'fast' | 'on' | 'slow';

export function tempoRepRatio(
  quality: Pick<RepQuality, 'tempoUpRatio' | 'tempoDownRatio'>,
): number | null {
  const ratios = [quality.tempoUpRatio, quality.tempoDownRatio].filter(
    (r): r is number => r !== null && Number.isFinite(r) && r > 0,
  );
  return ratios.length === 0 ? null : ratios.reduce((a, b) => a + b, 0) / ratios.length;
}

export const tempoVerdictOf = (ratio: number): TempoVerdict =>
  ratio < TEMPO_FAST_BELOW ? 'fast' : ratio > TEMPO_SLOW_ABOVE ? 'slow' : 'on';
