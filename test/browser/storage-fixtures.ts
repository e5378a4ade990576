// Generated session data for the storage tests: deterministic for a given seed.
import type {
  ExerciseSetRecord,
  JournalEntry,
  Program,
  SessionRecord,
  StoredCue,
  StoredPartial,
  StoredRep,
} from '../../src/core/session/types';
import { degrees, ms } from '../../src/core/units';

export const uniqueDbName = (label: string): string =>
  `formcoach-test-${label}-${Math.random().toString(36).slice(2)}`;

const DAY_MS = 86_400_000;
const T0 = Date.UTC(2025, 0, 1, 8);

export function makeSession(i: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
  const startedAt = T0 + i * DAY_MS;
  return {
    id: `session-${i}`,
    programId: i % 3 === 0 ? null : 'program-knee',
    startedAt,
    endedAt: startedAt + 20 * 60_000,
    status: 'completed',
    painBefore: i % 11,
    painAfter: (i + 3) % 11,
    exertion: i % 10,
    ownerId: 'tab-test',
    notes: i % 5 === 0 ? `note ${i} – “quoted”, émoji 🦵` : '',
    ...overrides,
  };
}

export function makeSet(
  session: SessionRecord,
  n: number,
  overrides: Partial<ExerciseSetRecord> = {},
): ExerciseSetRecord {
  const exerciseId = n % 2 === 0 ? 'squat' : 'bicep_curl';
  return {
    id: `${session.id}-set-${n}`,
    sessionId: session.id,
    exerciseId,
    setNumber: Math.floor(n / 2) + 1,
    prescription: {
      exerciseId,
      sets: 3,
      reps: 10,
      holdSeconds: null,
      restSeconds: 60,
      override:
        n === 0 ? { romTargetDeg: 80, formRules: { knee_valgus: { threshold: 12 } } } : null,
      notes: '',
    },
    startedAt: session.startedAt + n * 120_000,
    endedAt: session.startedAt + n * 120_000 + 90_000,
    status: 'completed',
    repCount: 10,
    holdSeconds: null,
    painBefore: null,
    painAfter: 2,
    exertion: 5,
    summary: {
      exerciseId,
      reps: [],
      repCount: 10,
      partials: [],
      holdSeconds: null,
      longestHoldSeconds: null,
      balance: null,
      faults: [{ ruleId: 'knee_valgus', startMs: ms(1200), endMs: ms(1800) }],
      meanScore: 70 + (n % 20),
    },
    ...overrides,
  };
}

export function makeRep(set: ExerciseSetRecord, index: number): StoredRep {
  return {
    id: `${set.id}-rep-${index}`,
    sessionId: set.sessionId,
    setId: set.id,
    exerciseId: set.exerciseId,
    recordedAt: set.startedAt + index * 3000,
    rep: {
      index,
      side: index % 2 === 0 ? 'left' : null,
      startMs: ms(index * 3000),
      peakMs: ms(index * 3000 + 1400),
      endTimestampMs: ms(index * 3000 + 2900),
      quality: {
        peakRomDeg: degrees(60 + (index % 30) + 0.125),
        targetDeg: degrees(90),
        romPercent: ((60 + (index % 30)) / 90) * 100,
        upMs: ms(1400),
        downMs: ms(1500),
        tempoUpRatio: 0.7,
        tempoDownRatio: 1 / 3,
        symmetryPercent: index % 3 === 0 ? null : 93.5,
        velocityPeaks: 2 + (index % 3),
        smoothness: 2 / (2 + (index % 3)),
        faults: index % 4 === 0 ? [{ ruleId: 'knee_valgus', durationMs: ms(300) }] : [],
        score: 60 + (index % 40),
      },
    },
  };
}

export function makePartial(set: ExerciseSetRecord, index: number): StoredPartial {
  return {
    id: `${set.id}-partial-${index}`,
    sessionId: set.sessionId,
    setId: set.id,
    recordedAt: set.startedAt + index * 3000 + 1000,
    partial: {
      reason: 'not_deep_enough',
      side: null,
      startMs: ms(index * 3000),
      endTimestampMs: ms(index * 3000 + 900),
      depthFraction: 0.4,
    },
  };
}

export function makeCue(set: ExerciseSetRecord, index: number): StoredCue {
  return {
    id: `${set.id}-cue-${index}`,
    sessionId: set.sessionId,
    setId: set.id,
    cue: {
      timestampMs: ms(index * 3000 + 2900),
      kind: 'rep_done',
      priority: 4,
      text: `${index}`,
      key: 'rep_done',
    },
  };
}

export const makeProgram = (): Program => ({
  id: 'program-knee',
  name: 'Knee rehab',
  description: 'Weeks 1–4',
  source: 'builtin',
  frequencyPerWeek: 3,
  exercises: [
    {
      exerciseId: 'squat',
      sets: 3,
      reps: 10,
      holdSeconds: null,
      restSeconds: 60,
      override: { tempo: { upSeconds: 2 } },
      notes: 'slow',
    },
  ],
  createdAt: T0,
  updatedAt: T0,
});

export const makeJournal = (i: number): JournalEntry => ({
  id: `journal-${i}`,
  date: new Date(T0 + i * DAY_MS).toISOString().slice(0, 10),
  pain: i % 11,
  sleepHours: 7.5,
  sleepQuality: null,
  mood: (i % 5) + 1,
  activities: 'walked the dog',
  notes: '',
  updatedAt: T0 + i * DAY_MS,
});

export interface GeneratedSession {
  readonly session: SessionRecord;
  readonly sets: ExerciseSetRecord[];
  readonly reps: StoredRep[];
  readonly partials: StoredPartial[];
  readonly cues: StoredCue[];
}

export function generateSession(i: number, setCount = 2, repsPerSet = 10): GeneratedSession {
  const session = makeSession(i);
  const sets = Array.from({ length: setCount }, (_, n) =>
    makeSet(session, n, { repCount: repsPerSet }),
  );
  return {
    session,
    sets,
    reps: sets.flatMap((s) => Array.from({ length: repsPerSet }, (_, k) => makeRep(s, k + 1))),
    partials: sets.map((s) => makePartial(s, 1)),
    cues: sets.flatMap((s) => [makeCue(s, 1), makeCue(s, 2)]),
  };
}
