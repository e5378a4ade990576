// One session reduced to what history and progress show: its day, status, volume and answers.
// Pain and exertion come from the session record, or else from its sets (the first set's pain
// before, the last answered pain after, the mean exertion), so a session stopped or interrupted
// before its end still shows what was answered.
import type { ExerciseSetRecord, SessionRecord, SessionStatus } from '../session/types';
import type { DayNumber } from './calendar';

export interface SessionFacts {
  readonly id: string;
  readonly programId: string | null;
  readonly startedAt: number;
  readonly day: DayNumber;
  readonly status: SessionStatus;
  readonly setCount: number;
  readonly repCount: number;
  readonly holdSeconds: number;
  /** Seconds of holding prescribed for the hold exercises begun: sets × seconds, 0 without. */
  readonly holdSecondsPrescribed: number;
  readonly exerciseIds: readonly string[];
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly exertion: number | null;
  readonly durationMs: number | null;
  /** Counts towards adherence: it ended (not in progress) and at least one set was done. */
  readonly isDone: boolean;
}

const firstNonNull = <T>(values: readonly (T | null)[]): T | null =>
  values.find((v): v is T => v !== null) ?? null;

export function sessionFacts(
  session: SessionRecord,
  sets: readonly ExerciseSetRecord[],
  day: DayNumber,
): SessionFacts {
  const ordered = [...sets].sort((a, b) => a.startedAt - b.startedAt || a.setNumber - b.setNumber);
  const exertions = ordered.map((s) => s.exertion).filter((v): v is number => v !== null);
  const doneSets = ordered.filter((s) => s.status !== 'skipped' && s.status !== 'in_progress');
  return {
    id: session.id,
    programId: session.programId,
    startedAt: session.startedAt,
    day,
    status: session.status,
    setCount: ordered.length,
    repCount: ordered.reduce((n, s) => n + s.repCount, 0),
    holdSeconds: ordered.reduce((n, s) => n + (s.holdSeconds ?? 0), 0),
    holdSecondsPrescribed: [
      ...new Map(ordered.map((s) => [s.exerciseId, s.prescription])).values(),
    ].reduce((n, p) => n + (p.holdSeconds === null ? 0 : p.sets * p.holdSeconds), 0),
    exerciseIds: [...new Set(ordered.map((s) => s.exerciseId))],
    painBefore: session.painBefore ?? firstNonNull(ordered.map((s) => s.painBefore)),
    painAfter: session.painAfter ?? firstNonNull([...ordered].reverse().map((s) => s.painAfter)),
    exertion:
      session.exertion ??
      (exertions.length === 0 ? null : exertions.reduce((a, b) => a + b, 0) / exertions.length),
    durationMs: session.endedAt === null ? null : session.endedAt - session.startedAt,
    isDone: session.status !== 'in_progress' && doneSets.length > 0,
  };
}
