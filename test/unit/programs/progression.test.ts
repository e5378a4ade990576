// Progression rules over session histories: examples from the clinical rules, then properties
// over generated histories (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PAIN_HOLD_FROM,
  PAIN_STEP_BACK_FROM,
  prescriptionAtLevel,
  progressionDecide,
  progressionSessionFrom,
  progressionTopLevel,
  type ProgressionSession,
} from '../../../src/core/programs/progression';
import type { ProgressionPlan } from '../../../src/core/programs/progression-types';
import type {
  ExerciseSetRecord,
  Prescription,
  SessionRecord,
} from '../../../src/core/session/types';

const PLAN: ProgressionPlan = {
  levels: [{ reps: 12 }, { reps: 15, romTargetDeg: 100 }],
  rules: [{ kind: 'pain_traffic_light' }, { kind: 'two_for_two' }],
};

const session = (i: number, over: Partial<ProgressionSession> = {}): ProgressionSession => ({
  sessionId: `s${i}`,
  endedAt: i * 86_400_000,
  level: 1,
  lastSetReps: 10,
  targetReps: 10,
  medianRomPercent: null,
  pain: 0,
  ...over,
});

describe('progressionDecide, examples', () => {
  it('moves up after two reps over target in the last set of two sessions in a row', () => {
    const d = progressionDecide(PLAN, [
      session(1, { lastSetReps: 12 }),
      session(2, { lastSetReps: 13 }),
    ]);
    expect(d).toEqual({
      change: 'advance',
      from: 1,
      to: 2,
      reason: { kind: 'two_for_two', sessionIds: ['s1', 's2'], repsOverTarget: [2, 3] },
      contactClinic: false,
    });
  });

  it('does not count a session at the previous level towards 2-for-2', () => {
    const d = progressionDecide(PLAN, [
      session(1, { lastSetReps: 12 }),
      session(2, { level: 2, lastSetReps: 14, targetReps: 12 }),
    ]);
    expect(d).toMatchObject({ change: 'stay', from: 2, to: 2, reason: { kind: 'no_rule_met' } });
  });

  it('holds at NPRS 4–5 even when 2-for-2 is met', () => {
    const d = progressionDecide(PLAN, [
      session(1, { lastSetReps: 12 }),
      session(2, { lastSetReps: 12, pain: 5 }),
    ]);
    expect(d).toEqual({
      change: 'stay',
      from: 1,
      to: 1,
      reason: { kind: 'pain_hold', pain: 5 },
      contactClinic: false,
    });
  });

  it('steps back and asks to contact the clinic at NPRS 6', () => {
    const d = progressionDecide(PLAN, [session(1, { level: 3, pain: 6 })]);
    expect(d).toEqual({
      change: 'step_back',
      from: 3,
      to: 2,
      reason: { kind: 'pain_step_back', pain: 6 },
      contactClinic: true,
    });
  });

  it('moves up when the ROM target is reached in N sessions in a row', () => {
    const plan: ProgressionPlan = {
      levels: [{}],
      rules: [{ kind: 'rom_target_reached', sessions: 3 }],
    };
    const rom = (i: number, m: number) => session(i, { medianRomPercent: m });
    expect(
      progressionDecide(plan, [rom(1, 101), rom(2, 99), rom(3, 100), rom(4, 104)]).change,
    ).toBe('stay');
    expect(progressionDecide(plan, [rom(1, 99), rom(2, 100), rom(3, 100), rom(4, 104)])).toEqual({
      change: 'advance',
      from: 1,
      to: 2,
      reason: {
        kind: 'rom_target_reached',
        sessionIds: ['s2', 's3', 's4'],
        medianRomPercents: [100, 100, 104],
      },
      contactClinic: false,
    });
  });

  it('says the top level is reached instead of moving past it', () => {
    const d = progressionDecide(PLAN, [
      session(1, { level: 3, lastSetReps: 17, targetReps: 15 }),
      session(2, { level: 3, lastSetReps: 17, targetReps: 15 }),
    ]);
    expect(d).toMatchObject({
      change: 'stay',
      to: 3,
      reason: { kind: 'top_level', rule: 'two_for_two' },
    });
  });

  it('ignores pain when the traffic light is not prescribed', () => {
    const plan: ProgressionPlan = { levels: [{}], rules: [{ kind: 'two_for_two' }] };
    const d = progressionDecide(plan, [
      session(1, { lastSetReps: 12 }),
      session(2, { lastSetReps: 12, pain: 7 }),
    ]);
    expect(d.change).toBe('advance');
  });
});

describe('prescriptionAtLevel', () => {
  const base: Prescription = {
    exerciseId: 'squat',
    sets: 2,
    reps: 10,
    holdSeconds: null,
    restSeconds: 30,
    override: { romTargetDeg: 80 },
    notes: 'slow',
    progression: PLAN,
  };

  it('applies the level over the base and records the level', () => {
    expect(prescriptionAtLevel(base, 3)).toEqual({
      ...base,
      reps: 15,
      override: { romTargetDeg: 100 },
      level: 3,
    });
    expect(prescriptionAtLevel(base, 1)).toEqual({ ...base, level: 1 });
    expect(prescriptionAtLevel(base, 9).level).toBe(3);
  });
});

describe('progressionSessionFrom', () => {
  it('reads the last completed set, the median ROM and the highest pain', () => {
    const s: SessionRecord = {
      id: 'x',
      programId: 'p@v1',
      programVersion: 1,
      startedAt: 0,
      endedAt: 1000,
      status: 'completed',
      painBefore: 2,
      painAfter: 3,
      exertion: null,
      ownerId: 'o',
      notes: '',
    };
    const rep = (romPercent: number) =>
      ({ quality: { romPercent } }) as unknown as NonNullable<
        ExerciseSetRecord['summary']
      >['reps'][number];
    const set = (n: number, reps: number, roms: number[], painAfter: number | null) =>
      ({
        id: `set${n}`,
        sessionId: 'x',
        exerciseId: 'squat',
        setNumber: n,
        prescription: {
          exerciseId: 'squat',
          sets: 2,
          reps: 10,
          holdSeconds: null,
          restSeconds: 30,
          override: null,
          notes: '',
          level: 2,
        },
        startedAt: n,
        endedAt: n + 1,
        status: 'completed',
        repCount: reps,
        holdSeconds: null,
        painBefore: null,
        painAfter,
        exertion: null,
        summary: { reps: roms.map(rep) },
      }) as unknown as ExerciseSetRecord;
    expect(progressionSessionFrom(s, [set(2, 12, [90, 110], 5), set(1, 10, [100], null)])).toEqual({
      sessionId: 'x',
      endedAt: 1000,
      level: 2,
      lastSetReps: 12,
      targetReps: 10,
      medianRomPercent: 100,
      pain: 5,
    });
  });
});

// ---- properties over generated histories ----

const levelArb = fc.integer({ min: 1, max: 4 });
const sessionArb = fc.record({
  level: levelArb,
  lastSetReps: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  targetReps: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
  medianRomPercent: fc.option(fc.double({ min: 0, max: 150, noNaN: true }), { nil: null }),
  pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
});
const historyArb = fc
  .array(sessionArb, { minLength: 1, maxLength: 12 })
  .map((xs) => xs.map((x, i) => session(i, x)));
const ruleArb = fc.constantFrom<ProgressionPlan['rules'][number]>(
  { kind: 'two_for_two' },
  { kind: 'pain_traffic_light' },
  { kind: 'rom_target_reached', sessions: 2 },
  { kind: 'rom_target_reached', sessions: 3 },
);
const planArb = fc.record({
  levels: fc.array(fc.record({ reps: fc.integer({ min: 1, max: 30 }) }), { maxLength: 3 }),
  rules: fc.uniqueArray(ruleArb, { maxLength: 4, selector: (r) => JSON.stringify(r) }),
});
const withLight = planArb.map((p) => ({
  ...p,
  rules: [
    { kind: 'pain_traffic_light' } as const,
    ...p.rules.filter((r) => r.kind !== 'pain_traffic_light'),
  ],
}));
/** Histories whose last sessions share a level, near the thresholds: advances are common. */
const nearHistoryArb = fc
  .tuple(
    historyArb,
    levelArb,
    fc.array(
      fc.record({
        over: fc.integer({ min: 0, max: 4 }),
        rom: fc.double({ min: 95, max: 110, noNaN: true }),
        pain: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([before, level, tail]) => [
    ...before,
    ...tail.map((t, i) =>
      session(before.length + i, {
        level,
        targetReps: 10,
        lastSetReps: 10 + t.over,
        medianRomPercent: t.rom,
        pain: t.pain,
      }),
    ),
  ]);
const last = (h: readonly ProgressionSession[]) => h[h.length - 1] as ProgressionSession;

describe('progressionDecide, properties', () => {
  it('stays within the plan’s levels and moves at most one level', () => {
    fc.assert(
      fc.property(planArb, historyArb, (plan, history) => {
        const d = progressionDecide(plan, history);
        expect(d.to).toBeGreaterThanOrEqual(1);
        expect(d.to).toBeLessThanOrEqual(progressionTopLevel(plan));
        expect(Math.abs(d.to - d.from)).toBeLessThanOrEqual(1);
        expect(d.to - d.from).toBe(d.change === 'advance' ? 1 : d.change === 'step_back' ? -1 : 0);
      }),
    );
  });

  it('never moves up after pain of 4 or more under the traffic light', () => {
    fc.assert(
      fc.property(withLight, historyArb, (plan, history) => {
        const pain = last(history).pain;
        fc.pre(pain !== null && pain >= PAIN_HOLD_FROM);
        expect(progressionDecide(plan, history).change).not.toBe('advance');
      }),
    );
  });

  it('at pain of 6 or more, asks to contact the clinic and steps back unless at level 1', () => {
    fc.assert(
      fc.property(withLight, historyArb, (plan, history) => {
        const pain = last(history).pain;
        fc.pre(pain !== null && pain >= PAIN_STEP_BACK_FROM);
        const d = progressionDecide(plan, history);
        expect(d.contactClinic).toBe(true);
        expect(d.change).toBe(d.from > 1 ? 'step_back' : 'stay');
      }),
    );
  });

  it('holds the level exactly at pain 4–5 under the traffic light', () => {
    fc.assert(
      fc.property(withLight, historyArb, (plan, history) => {
        const pain = last(history).pain;
        fc.pre(pain !== null && pain >= PAIN_HOLD_FROM && pain < PAIN_STEP_BACK_FROM);
        expect(progressionDecide(plan, history)).toMatchObject({
          change: 'stay',
          reason: { kind: 'pain_hold', pain },
          contactClinic: false,
        });
      }),
    );
  });

  it('moves up only on evidence from sessions at the current level', () => {
    fc.assert(
      fc.property(planArb, nearHistoryArb, (plan, history) => {
        const d = progressionDecide(plan, history);
        fc.pre(d.change === 'advance');
        const byId = new Map(history.map((s) => [s.sessionId, s]));
        const reason = d.reason;
        const ids =
          reason.kind === 'two_for_two' || reason.kind === 'rom_target_reached'
            ? reason.sessionIds
            : [];
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(byId.get(id)?.level).toBe(last(history).level);
        if (reason.kind === 'two_for_two') {
          for (const over of reason.repsOverTarget) expect(over).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });

  it('never moves up when no rule could be met (reps at or under target+1, ROM under 100 %)', () => {
    const flat = historyArb.map((h) =>
      h.map((s) => ({
        ...s,
        lastSetReps: s.targetReps === null ? null : s.targetReps + 1,
        medianRomPercent: s.medianRomPercent === null ? null : Math.min(s.medianRomPercent, 99.9),
      })),
    );
    fc.assert(
      fc.property(planArb, flat, (plan, history) => {
        expect(progressionDecide(plan, history).change).not.toBe('advance');
      }),
    );
  });

  it('is unchanged by sessions before the last change of level', () => {
    fc.assert(
      fc.property(planArb, historyArb, historyArb, (plan, before, after) => {
        const lvl = last(after).level;
        const tail = after.map((s) => ({ ...s, level: lvl }));
        const head = before.map((s) => ({ ...s, level: lvl === 1 ? 2 : 1, pain: 0 }));
        const ids = [...head, ...tail].map((s, i) => ({ ...s, sessionId: `s${i}` }));
        const alone = ids.slice(head.length);
        expect(progressionDecide(plan, ids)).toEqual(progressionDecide(plan, alone));
      }),
    );
  });
});
