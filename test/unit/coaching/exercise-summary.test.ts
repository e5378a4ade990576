import { describe, expect, it } from 'vitest';
import type { AnalysisSummary, RepRecord } from '../../../src/core/analysis-types';
import { exerciseSummarize } from '../../../src/core/coaching/exercise-summary';
import { getExercise } from '../../../src/core/exercises/library';
import { BUILTIN_PROGRAMS, prescriptionDefinition } from '../../../src/core/programs/builtin';
import type { ExerciseSetRecord, Prescription } from '../../../src/core/session/types';
import { degrees, ms } from '../../../src/core/units';
import { text } from '../../../src/ui/text';

const squat = getExercise('squat');
const prescription: Prescription = {
  exerciseId: 'squat',
  sets: 2,
  reps: 3,
  holdSeconds: null,
  restSeconds: 30,
  override: null,
  notes: '',
};

const rep = (index: number, peakRomDeg: number): RepRecord => ({
  index,
  side: null,
  startMs: ms(0),
  peakMs: ms(0),
  endTimestampMs: ms(0),
  quality: {
    peakRomDeg: degrees(peakRomDeg),
    targetDeg: degrees(90),
    romPercent: (100 * peakRomDeg) / 90,
    upMs: ms(1000),
    downMs: ms(1000),
    tempoUpRatio: null,
    tempoDownRatio: null,
    symmetryPercent: null,
    velocityPeaks: 1,
    smoothness: 1,
    faults: [],
    score: 80,
  },
});

function set(
  setNumber: number,
  reps: RepRecord[],
  patch: Partial<ExerciseSetRecord> = {},
  faults: AnalysisSummary['faults'] = [],
): ExerciseSetRecord {
  return {
    id: `s${setNumber}`,
    sessionId: 'x',
    exerciseId: 'squat',
    setNumber,
    prescription,
    startedAt: 1000 * setNumber,
    endedAt: 1000 * setNumber + 20_000,
    status: 'completed',
    repCount: reps.length,
    holdSeconds: null,
    painBefore: null,
    painAfter: null,
    exertion: null,
    summary: {
      exerciseId: 'squat',
      reps,
      repCount: reps.length,
      partials: [],
      holdSeconds: null,
      longestHoldSeconds: null,
      balance: null,
      faults,
      meanScore: 80,
    },
    ...patch,
  };
}

describe('exerciseSummarize', () => {
  it('adds up reps, ROM per rep, time and pain over the sets', () => {
    const summary = exerciseSummarize(squat, prescription, [
      set(1, [rep(1, 95), rep(2, 92), rep(3, 91)], { painBefore: 2 }),
      set(2, [rep(1, 90), rep(2, 93), rep(3, 94)], { painAfter: 1 }),
    ]);
    expect(summary.repsDone).toBe(6);
    expect(summary.repsPrescribed).toBe(6);
    expect(summary.setsDone).toBe(2);
    expect(summary.romPerRepDeg).toEqual([95, 92, 91, 90, 93, 94]);
    expect(summary.romTargetDeg).toBe(90);
    expect(summary.durationMs).toBe(40_000);
    expect([summary.painBefore, summary.painAfter]).toEqual([2, 1]);
    expect(summary.wentWell).toEqual({ kind: 'all-done' });
    expect(summary.watchNext).toEqual({ kind: 'keep-going' });
  });

  it('counts form fault episodes and names the most frequent as the thing to watch', () => {
    const episode = { ruleId: 'knee_valgus', startMs: ms(0), endMs: ms(500) };
    const summary = exerciseSummarize(squat, prescription, [
      set(1, [rep(1, 95)], {}, [episode, episode]),
    ]);
    expect(summary.faults).toEqual([{ ruleId: 'knee_valgus', count: 2, note: null }]);
    expect(summary.watchNext).toEqual({ kind: 'fault', ruleId: 'knee_valgus', note: null });
  });

  it('puts pain first when the set was stopped because it hurt', () => {
    const summary = exerciseSummarize(squat, prescription, [
      set(1, [rep(1, 50)], { status: 'stopped_pain' }),
    ]);
    expect(summary.stoppedForPain).toBe(true);
    expect(summary.setsDone).toBe(0);
    expect(summary.watchNext).toEqual({ kind: 'pain' });
  });
});

describe('built-in programs', () => {
  it('has knee, shoulder, back and balance programs whose every item is a valid definition', () => {
    expect(BUILTIN_PROGRAMS.map((p) => p.id)).toEqual([
      'builtin-knee',
      'builtin-shoulder',
      'builtin-back',
      'builtin-balance',
    ]);
    expect(BUILTIN_PROGRAMS.map((p) => text.programs.name(p))).toEqual([
      'Knee',
      'Shoulder',
      'Back',
      'Balance',
    ]);
    for (const program of BUILTIN_PROGRAMS) {
      for (const item of program.exercises) {
        expect(prescriptionDefinition(item).ok, item.exerciseId).toBe(true);
        expect(item.reps === null, item.exerciseId).toBe(item.holdSeconds !== null);
      }
    }
  });
  it('applies the prescribed hold time to the definition', () => {
    const plank = BUILTIN_PROGRAMS.flatMap((p) => p.exercises).find(
      (e) => e.exerciseId === 'plank',
    );
    const merged = plank === undefined ? null : prescriptionDefinition(plank);
    expect(merged?.ok === true ? merged.value.hold?.targetSeconds : null).toBe(20);
  });
});
