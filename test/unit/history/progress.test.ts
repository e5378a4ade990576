import { describe, expect, it } from 'vitest';
import {
  alignSeries,
  dayFromCivil,
  dayFromIsoDate,
  dayNumber,
  exertionSeries,
  holdSeries,
  isoDateFromDay,
  journalBesideSessions,
  painSeries,
  romSeries,
  sessionFacts,
  weekStartOf,
  weeklyAdherence,
  weeklyVolume,
  type DayNumber,
  type SessionFacts,
} from '../../../src/core/progress';
import type {
  ExerciseSetRecord,
  JournalEntry,
  SessionRecord,
  SessionStatus,
  StoredRep,
} from '../../../src/core/session/types';
import type { Degrees, Ms } from '../../../src/core/units';

const DAY_MS = 86_400_000;
// 2024-01-01 was a Monday.
const MONDAY = dayFromCivil(2024, 1, 1);

function session(
  id: string,
  day: number,
  patch: Partial<SessionRecord> = {},
): { record: SessionRecord; day: DayNumber } {
  return {
    day: dayNumber(day),
    record: {
      id,
      programId: 'builtin-knee',
      startedAt: day * DAY_MS + 9 * 3_600_000,
      endedAt: day * DAY_MS + 10 * 3_600_000,
      status: 'completed',
      painBefore: null,
      painAfter: null,
      exertion: null,
      ownerId: 'tab',
      notes: '',
      ...patch,
    },
  };
}

function set(
  sessionId: string,
  n: number,
  patch: Partial<ExerciseSetRecord> = {},
): ExerciseSetRecord {
  return {
    id: `${sessionId}-set${n}`,
    sessionId,
    exerciseId: 'squat',
    setNumber: n,
    prescription: {
      exerciseId: 'squat',
      sets: 2,
      reps: 8,
      holdSeconds: null,
      restSeconds: 30,
      override: null,
      notes: '',
    },
    startedAt: n,
    endedAt: n + 1,
    status: 'completed',
    repCount: 8,
    holdSeconds: null,
    painBefore: null,
    painAfter: null,
    exertion: null,
    summary: null,
    ...patch,
  };
}

function facts(
  id: string,
  day: number,
  opts: { status?: SessionStatus; programId?: string | null; reps?: number[] } = {},
): SessionFacts {
  const s = session(id, day, {
    status: opts.status ?? 'completed',
    programId: opts.programId === undefined ? 'builtin-knee' : opts.programId,
  });
  const sets = (opts.reps ?? [8]).map((repCount, i) => set(id, i + 1, { repCount }));
  return sessionFacts(s.record, sets, s.day);
}

describe('calendar', () => {
  it('round-trips days and ISO dates across month, leap-year and century boundaries', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(isoDateFromDay(dayNumber(0))).toBe('1970-01-01');
    for (const iso of ['2000-02-29', '2024-02-29', '2024-03-01', '1999-12-31', '2100-03-01']) {
      const day = dayFromIsoDate(iso);
      expect(day).not.toBeNull();
      expect(isoDateFromDay(day as DayNumber)).toBe(iso);
    }
    expect(dayFromIsoDate('2023-02-29')).toBeNull();
    expect(dayFromIsoDate('2024-13-01')).toBeNull();
    expect(dayFromIsoDate('not a date')).toBeNull();
  });

  it('starts weeks on Monday', () => {
    expect(isoDateFromDay(MONDAY)).toBe('2024-01-01');
    for (let i = 0; i < 7; i += 1) expect(weekStartOf(dayNumber(MONDAY + i))).toBe(MONDAY);
    expect(weekStartOf(dayNumber(MONDAY + 7))).toBe(MONDAY + 7);
    expect(weekStartOf(dayNumber(MONDAY - 1))).toBe(MONDAY - 7);
    // Before 1970 (negative day numbers) too: 1969-12-29 was a Monday.
    expect(isoDateFromDay(weekStartOf(dayNumber(-1)))).toBe('1969-12-29');
  });
});

describe('sessionFacts', () => {
  it('sums sets and takes pain and exertion from the sets when the session has none', () => {
    const s = session('a', MONDAY, { status: 'stopped_pain' });
    const f = sessionFacts(
      s.record,
      [
        set('a', 2, { repCount: 3, painAfter: 6, exertion: 7, status: 'stopped_pain' }),
        set('a', 1, { repCount: 8, painBefore: 2, painAfter: 4, exertion: 5 }),
      ],
      s.day,
    );
    expect(f).toMatchObject({
      setCount: 2,
      repCount: 11,
      painBefore: 2,
      painAfter: 6,
      exertion: 6,
      status: 'stopped_pain',
      isDone: true,
      exerciseIds: ['squat'],
      durationMs: 3_600_000,
    });
  });

  it('prefers the session answers, and a session without a done set is not done', () => {
    const s = session('b', MONDAY, { painBefore: 1, painAfter: 0, exertion: 3 });
    expect(
      sessionFacts(s.record, [set('b', 1, { painBefore: 5, exertion: 9 })], s.day),
    ).toMatchObject({
      painBefore: 1,
      painAfter: 0,
      exertion: 3,
    });
    expect(sessionFacts(s.record, [], s.day).isDone).toBe(false);
    const live = session('c', MONDAY, { status: 'in_progress', endedAt: null });
    const f = sessionFacts(live.record, [set('c', 1)], live.day);
    expect(f.isDone).toBe(false);
    expect(f.durationMs).toBeNull();
  });
});

describe('weeklyVolume', () => {
  it('sums each week and keeps empty weeks between', () => {
    const weeks = weeklyVolume(
      [
        facts('a', MONDAY, { reps: [8, 8] }),
        facts('b', MONDAY + 6, { reps: [5] }),
        facts('c', MONDAY + 14, { reps: [10] }),
      ],
      MONDAY,
      dayNumber(MONDAY + 20),
    );
    expect(weeks.map((w) => [isoDateFromDay(w.weekStart), w.sessions, w.sets, w.reps])).toEqual([
      ['2024-01-01', 2, 3, 21],
      ['2024-01-08', 0, 0, 0],
      ['2024-01-15', 1, 1, 10],
    ]);
  });
});

describe('weeklyAdherence', () => {
  const frequency = (id: string): number | null =>
    id === 'builtin-knee' ? 3 : id === 'twice' ? 2 : null;

  it('counts done sessions against the plan of the program in use, carried over empty weeks', () => {
    const weeks = weeklyAdherence(
      [
        facts('a', MONDAY),
        facts('b', MONDAY + 2),
        facts('c', MONDAY + 3, { status: 'interrupted', reps: [] }),
        facts('d', MONDAY + 15, { programId: 'twice' }),
        facts('e', MONDAY + 16, { programId: 'twice' }),
        facts('f', MONDAY + 17, { programId: null }),
      ],
      frequency,
      dayNumber(MONDAY - 7),
      dayNumber(MONDAY + 20),
    );
    expect(weeks.map((w) => [w.done, w.planned, w.percent])).toEqual([
      [0, null, null],
      [2, 3, 67],
      [0, 3, 0],
      [3, 2, 100],
    ]);
  });

  it('keeps the last known plan when a program is unknown', () => {
    const weeks = weeklyAdherence(
      [facts('a', MONDAY), facts('b', MONDAY + 7, { programId: 'deleted' })],
      frequency,
      MONDAY,
      dayNumber(MONDAY + 7),
    );
    expect(weeks.map((w) => w.planned)).toEqual([3, 3]);
  });
});

function rep(sessionId: string, peak: number | null, target: number | null, at: number): StoredRep {
  return {
    id: `${sessionId}-${at}`,
    sessionId,
    setId: `${sessionId}-set1`,
    exerciseId: 'squat',
    recordedAt: at,
    rep: {
      index: 1,
      side: null,
      startMs: 0 as Ms,
      peakMs: 0 as Ms,
      endTimestampMs: 0 as Ms,
      quality: {
        peakRomDeg: peak as Degrees | null,
        targetDeg: target as Degrees | null,
        romPercent: null,
        upMs: 0 as Ms,
        downMs: 0 as Ms,
        tempoUpRatio: null,
        tempoDownRatio: null,
        symmetryPercent: null,
        velocityPeaks: 1,
        smoothness: 1,
        faults: [],
        score: 90,
      },
    },
  };
}

describe('series', () => {
  it('romSeries: best peak per session against the last target, oldest first', () => {
    const a = facts('a', MONDAY);
    const b = facts('b', MONDAY + 2);
    const points = romSeries(
      [
        rep('b', 100, 110, 5),
        rep('a', 80, 120, 1),
        rep('a', 95, 120, 2),
        rep('a', null, 120, 3),
        rep('gone', 70, 120, 4),
      ],
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    expect(points.map((p) => [p.sessionId, p.bestDeg, p.targetDeg, p.reps])).toEqual([
      ['a', 95, 120, 2],
      ['b', 100, 110, 1],
    ]);
  });

  it('painSeries and exertionSeries leave out sessions without answers', () => {
    const with1 = sessionFacts(
      session('a', MONDAY, { painBefore: 3, painAfter: 2, exertion: 4 }).record,
      [set('a', 1)],
      MONDAY,
    );
    const without = facts('b', MONDAY - 1);
    const afterOnly = sessionFacts(
      session('c', MONDAY + 1, { painAfter: 5 }).record,
      [set('c', 1)],
      dayNumber(MONDAY + 1),
    );
    expect(
      painSeries([afterOnly, with1, without]).map((p) => [p.sessionId, p.before, p.after]),
    ).toEqual([
      ['a', 3, 2],
      ['c', null, 5],
    ]);
    expect(
      exertionSeries([afterOnly, with1, without]).map((p) => [p.sessionId, p.exertion]),
    ).toEqual([['a', 4]]);
  });

  it('alignSeries shares one x array and leaves gaps as null', () => {
    expect(
      alignSeries([
        [
          { x: 3, y: 1 },
          { x: 1, y: 2 },
        ],
        [{ x: 2, y: 7 }],
      ]),
    ).toEqual({
      x: [1, 2, 3],
      ys: [
        [2, null, 1],
        [null, 7, null],
      ],
    });
  });

  it('journalBesideSessions pairs entries and sessions by day, newest first', () => {
    const entry = (date: string): JournalEntry => ({
      id: `j-${date}`,
      date,
      pain: 2,
      sleepHours: 7,
      sleepQuality: null,
      mood: 4,
      activities: '',
      notes: '',
      updatedAt: 0,
    });
    const lines = journalBesideSessions(
      [entry('2024-01-01'), entry('2024-01-03')],
      [facts('a', MONDAY), facts('b', MONDAY + 1), facts('c', MONDAY + 1)],
    );
    expect(
      lines.map((l) => [isoDateFromDay(l.day), l.journal?.id ?? null, l.sessions.map((s) => s.id)]),
    ).toEqual([
      ['2024-01-03', 'j-2024-01-03', []],
      ['2024-01-02', null, ['b', 'c']],
      ['2024-01-01', 'j-2024-01-01', ['a']],
    ]);
  });
});

describe('holdSeries', () => {
  it('gives seconds held against seconds prescribed for each session with a hold', () => {
    const plank = {
      exerciseId: 'plank',
      sets: 3,
      reps: null,
      holdSeconds: 20,
      restSeconds: 30,
      override: null,
      notes: '',
    };
    const a = session('h1', MONDAY);
    const b = session('h2', MONDAY + 2);
    const holds = [
      sessionFacts(
        a.record,
        [
          set('h1', 1, { exerciseId: 'plank', prescription: plank, repCount: 0, holdSeconds: 20 }),
          set('h1', 2, { exerciseId: 'plank', prescription: plank, repCount: 0, holdSeconds: 14 }),
        ],
        a.day,
      ),
      facts('reps-only', MONDAY + 1),
      sessionFacts(
        b.record,
        [set('h2', 1, { exerciseId: 'plank', prescription: plank, repCount: 0, holdSeconds: 9 })],
        b.day,
      ),
    ];
    expect(holdSeries(holds).map((p) => [p.sessionId, p.heldSeconds, p.prescribedSeconds])).toEqual(
      [
        ['h1', 34, 60],
        ['h2', 9, 60],
      ],
    );
  });
});
