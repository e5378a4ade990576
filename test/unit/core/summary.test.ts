import { describe, expect, it } from 'vitest';
import type { AnalysisSummary, PartialRecord, RepRecord } from '../../../src/core/analysis-types';
import type { PartialReason } from '../../../src/core/rep-counter';
import { summaryEdgePartials, summaryMeanScore, summaryUpToRep } from '../../../src/core/summary';
import { degrees, ms } from '../../../src/core/units';

const rep = (index: number, score: number): RepRecord => ({
  index,
  side: null,
  startMs: ms(index * 1000),
  peakMs: ms(index * 1000 + 500),
  endTimestampMs: ms(index * 1000 + 900),
  quality: {
    peakRomDeg: degrees(90),
    targetDeg: degrees(90),
    romPercent: 100,
    upMs: ms(400),
    downMs: ms(500),
    tempoUpRatio: null,
    tempoDownRatio: null,
    symmetryPercent: null,
    velocityPeaks: 1,
    smoothness: 1,
    faults: [],
    score,
  },
});

const summaryOf = (reps: RepRecord[]): AnalysisSummary => ({
  exerciseId: 'squat',
  reps,
  repCount: reps.length,
  partials: [],
  holdSeconds: null,
  longestHoldSeconds: null,
  balance: null,
  faults: [],
  meanScore: summaryMeanScore(reps),
});

describe('summaryUpToRep', () => {
  it('keeps only the reps shown and stored, with their mean score', () => {
    // The analysis closed a 4th rep whose result never reached the page (the run had stopped).
    const trimmed = summaryUpToRep(summaryOf([rep(1, 60), rep(2, 80), rep(3, 100), rep(4, 20)]), 3);
    expect(trimmed.repCount).toBe(3);
    expect(trimmed.reps.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(trimmed.meanScore).toBe(80);
  });

  it('leaves a summary with no more reps than were shown as it is', () => {
    const summary = summaryOf([rep(1, 60), rep(2, 80)]);
    expect(summaryUpToRep(summary, 2)).toBe(summary);
    expect(summaryUpToRep(summary, 5)).toBe(summary);
  });

  it('has no mean score without reps', () => {
    expect(summaryUpToRep(summaryOf([rep(1, 60)]), 0)).toMatchObject({
      repCount: 0,
      meanScore: null,
    });
  });
});

describe('summaryEdgePartials', () => {
  const partial = (reason: PartialReason, startS: number, endS: number): PartialRecord => ({
    reason,
    side: null,
    startMs: ms(startS * 1000),
    endTimestampMs: ms(endS * 1000),
    depthFraction: null,
  });
  const withPartials = (reps: RepRecord[], partials: PartialRecord[]): AnalysisSummary => ({
    ...summaryOf(reps),
    partials,
  });

  it('finds a movement under way when the recording began and one cut off by its end', () => {
    const opening = partial('started_mid_movement', 0, 0.6);
    const closing = partial('not_completed', 3.2, 3.5);
    const edges = summaryEdgePartials(
      withPartials([rep(1, 80), rep(2, 80)], [opening, partial('too_fast', 2.95, 3.0), closing]),
    );
    expect(edges).toEqual({ atStart: opening, atEnd: closing });
  });

  it('finds none in a set that began and ended in the start position', () => {
    const shallow = partial('not_deep_enough', 1.95, 2.0);
    expect(summaryEdgePartials(withPartials([rep(1, 80), rep(2, 80)], [shallow]))).toEqual({
      atStart: null,
      atEnd: null,
    });
  });

  it('does not take a movement cut short between reps for one at the end', () => {
    const between = partial('not_completed', 1.92, 1.98);
    expect(summaryEdgePartials(withPartials([rep(1, 80), rep(2, 80)], [between])).atEnd).toBe(null);
  });

  it('finds both in a recording with no whole rep', () => {
    const opening = partial('started_mid_movement', 0, 1);
    const closing = partial('not_completed', 2, 3);
    expect(summaryEdgePartials(withPartials([], [opening, closing]))).toEqual({
      atStart: opening,
      atEnd: closing,
    });
  });
});
