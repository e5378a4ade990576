import { describe, expect, it } from 'vitest';
import type { RepRecord } from '../../../src/core/analysis-types';
import { cueHoldProgress, cueRepDone, cueStillTrue } from '../../../src/core/coach-cues';
import { exerciseSummarize, faultCountsOf } from '../../../src/core/coaching/exercise-summary';
import { getExercise } from '../../../src/core/exercises/library';
import { repQuality } from '../../../src/core/rep-quality';
import { romDegOf, romPercentOf } from '../../../src/core/rom';
import type { ExerciseSetRecord, Prescription } from '../../../src/core/session/types';
import { TEMPO_FAST_BELOW, TEMPO_SLOW_ABOVE, tempoVerdictOf } from '../../../src/core/tempo';
import { ms } from '../../../src/core/units';
import { cueText } from '../../../src/ui/text';

const squat = getExercise('squat'); // tempo 2 s out, 2 s back; ROM knee flexion, target 90°
const prescription: Prescription = {
  exerciseId: 'squat',
  sets: 1,
  reps: 3,
  holdSeconds: null,
  restSeconds: 30,
  override: null,
  notes: '',
};

/** A rep as the analyzer scores it: `phaseMs` out and `phaseMs` back, peak knee angle `kneeDeg`. */
function rep(index: number, phaseMs: number, kneeDeg = 85): RepRecord {
  const window = {
    startMs: 0,
    peakMs: phaseMs,
    endMs: 2 * phaseMs,
    peakProgress: 1,
    amplitude: 1,
  } as unknown as Parameters<typeof repQuality>[1];
  const samples = [0, 0.5, 1].map((f) => ({
    t: 2 * phaseMs * f,
    progress: f === 0.5 ? 1 : 0,
    rom: f === 0.5 ? kneeDeg : 178,
    romLeft: null,
    romRight: null,
  }));
  return {
    index,
    side: null,
    startMs: ms(0),
    peakMs: ms(phaseMs),
    endTimestampMs: ms(2 * phaseMs),
    quality: repQuality(squat, window, samples, []),
  };
}

function set(reps: RepRecord[], patch: Partial<ExerciseSetRecord> = {}): ExerciseSetRecord {
  return {
    id: 's1',
    sessionId: 'x',
    exerciseId: 'squat',
    setNumber: 1,
    prescription,
    startedAt: 0,
    endedAt: 20_000,
    status: 'completed',
    repCount: reps.length,
    holdSeconds: null,
    painBefore: 1,
    painAfter: 1,
    exertion: null,
    summary: {
      exerciseId: 'squat',
      reps,
      repCount: reps.length,
      partials: [],
      holdSeconds: null,
      longestHoldSeconds: null,
      balance: null,
      faults: [],
      meanScore: 80,
    },
    ...patch,
  };
}

describe('tempo against the prescription', () => {
  it('calls 0.45 s phases against a prescribed 2 s too fast, in the summary and its advice', () => {
    const summary = exerciseSummarize(squat, prescription, [
      set([rep(1, 450), rep(2, 440), rep(3, 460)]),
    ]);
    expect(summary.faults).toEqual([]);
    expect(summary.tempo).toMatchObject({ verdict: 'fast', upSeconds: 2, downSeconds: 2 });
    expect(summary.tempo?.actualUpSeconds).toBeCloseTo(0.45, 2);
    expect(summary.watchNext).toEqual({
      kind: 'tempo',
      verdict: 'fast',
      upSeconds: 2,
      downSeconds: 2,
    });
  });

  it('calls 4 s phases too slow and 2.2 s phases on tempo', () => {
    const slow = exerciseSummarize(squat, prescription, [set([rep(1, 4000), rep(2, 4000)])]);
    expect(slow.tempo?.verdict).toBe('slow');
    const steady = exerciseSummarize(squat, prescription, [set([rep(1, 2200), rep(2, 1900)])]);
    expect(steady.tempo?.verdict).toBe('on');
    expect(steady.watchNext).toEqual({ kind: 'keep-going' });
  });

  it('has one band: a third quicker to half slower', () => {
    expect(tempoVerdictOf(TEMPO_FAST_BELOW - 0.01)).toBe('fast');
    expect(tempoVerdictOf(TEMPO_FAST_BELOW)).toBe('on');
    expect(tempoVerdictOf(TEMPO_SLOW_ABOVE)).toBe('on');
    expect(tempoVerdictOf(TEMPO_SLOW_ABOVE + 0.01)).toBe('slow');
  });

  it('says so during the set, after the rep', () => {
    const fast = cueRepDone(rep(4, 450), squat.tempo).message;
    expect(fast).toEqual({
      code: 'rep_done',
      rep: 4,
      pace: { verdict: 'fast', upSeconds: 2, downSeconds: 2 },
    });
    expect(cueText(fast)).toBe('Rep 4 — slow down: about 2 s out, 2 s back');
    expect(cueText(cueRepDone(rep(5, 4000), squat.tempo).message)).toBe(
      'Rep 5 — a little quicker: about 2 s out, 2 s back',
    );
    expect(cueRepDone(rep(6, 2000), squat.tempo).message).toEqual({
      code: 'rep_done',
      rep: 6,
      pace: null,
    });
    expect(cueText(cueRepDone(rep(6, 2000), squat.tempo).message)).toBe('Rep 6');
  });
});

describe('form faults: one count for the summary and the session detail', () => {
  const stance = getExercise('single_leg_stance');
  const episode = { ruleId: 'pelvic_drop', startMs: ms(0), endMs: ms(900) };
  const holdSet = set([], {
    exerciseId: stance.id,
    summary: {
      exerciseId: stance.id,
      reps: [],
      repCount: 0,
      partials: [],
      holdSeconds: 25,
      longestHoldSeconds: 25,
      balance: null,
      faults: Array.from({ length: 6 }, () => episode),
      meanScore: null,
    },
  });

  it('counts a balance hold’s fault episodes though it has no reps', () => {
    expect(faultCountsOf(stance.formRules, [holdSet])).toEqual([
      { ruleId: 'pelvic_drop', count: 6, note: null },
    ]);
  });

  it('counts the stored reps’ faults, once per rep, for a set that has no summary', () => {
    const faulty = rep(1, 2000);
    const withFault: RepRecord = {
      ...faulty,
      quality: {
        ...faulty.quality,
        faults: [
          { ruleId: 'knee_valgus', durationMs: ms(300) },
          { ruleId: 'knee_valgus', durationMs: ms(200) },
        ],
      },
    };
    const crashed = set([], { summary: null });
    expect(faultCountsOf(squat.formRules, [crashed], () => [withFault, withFault])).toEqual([
      { ruleId: 'knee_valgus', count: 2, note: null },
    ]);
  });
});

describe('hold progress cue', () => {
  it('says how long has been held, which stays true while it is on screen', () => {
    const cue = cueHoldProgress(5_000, 4_900, 20);
    expect(cue?.message).toEqual({ code: 'hold_progress', heldSeconds: 5, targetSeconds: 20 });
    expect(cue === null ? null : cueText(cue.message)).toBe('5 s held of 20 — keep holding');
  });
});

describe('range of motion: one formula, clinical convention', () => {
  it('gives knee flexion from straight (0° = straight) and its share of the target', () => {
    const rom = squat.rom;
    if (rom === null) throw new Error('squat has a ROM');
    expect(rom.movement).toBe('knee_flexion');
    expect(romDegOf(rom, 163)).toBe(17);
    expect(Math.round(romPercentOf(romDegOf(rom, 163), rom.targetDeg))).toBe(19);
    expect(romDegOf(rom, 185)).toBe(0);
  });

  it('clears "Target reached" once the movement leaves the target', () => {
    expect(cueStillTrue('target_reached', 100)).toBe(true);
    expect(cueStillTrue('target_reached', 35)).toBe(false);
    expect(cueStillTrue('target_reached', null)).toBe(false);
    expect(cueStillTrue('rep_done', 35)).toBe(true);
  });
});
