// Series for the progress charts, one point per session (oldest first), and the journal set beside
// the sessions day by day. Missing answers stay null: a chart shows a gap, never a made-up zero.
import type { Degrees } from '../units';
import type { JournalEntry, StoredRep } from '../session/types';
import { dayFromIsoDate, type DayNumber } from './calendar';
import type { SessionFacts } from './session-facts';

export interface RomPoint {
  readonly sessionId: string;
  readonly startedAt: number;
  /** The best peak range of motion of the exercise's reps in that session. */
  readonly bestDeg: Degrees;
  /** The target in force for those reps (the last one recorded), null when none was set. */
  readonly targetDeg: Degrees | null;
  readonly reps: number;
}

export interface SessionValuePoint {
  readonly sessionId: string;
  readonly startedAt: number;
  readonly day: DayNumber;
}

export interface PainPoint extends SessionValuePoint {
  readonly before: number | null;
  readonly after: number | null;
}

export interface ExertionPoint extends SessionValuePoint {
  readonly exertion: number;
}

/** Reps of one exercise grouped by session: the best peak ROM of each session against its target. */
export function romSeries(
  reps: readonly StoredRep[],
  sessions: ReadonlyMap<string, SessionFacts>,
): RomPoint[] {
  const bySession = new Map<string, StoredRep[]>();
  for (const rep of reps) {
    if (rep.rep.quality.peakRomDeg === null || !sessions.has(rep.sessionId)) continue;
    bySession.set(rep.sessionId, [...(bySession.get(rep.sessionId) ?? []), rep]);
  }
  const points: RomPoint[] = [];
  for (const [sessionId, group] of bySession) {
    const facts = sessions.get(sessionId);
    if (facts === undefined) continue;
    const peaks = group.map((r) => r.rep.quality.peakRomDeg ?? 0);
    const targets = group.map((r) => r.rep.quality.targetDeg).filter((t) => t !== null);
    points.push({
      sessionId,
      startedAt: facts.startedAt,
      bestDeg: Math.max(...peaks) as Degrees,
      targetDeg: targets.at(-1) ?? null,
      reps: group.length,
    });
  }
  return points.sort((a, b) => a.startedAt - b.startedAt);
}

const oldestFirst = (facts: readonly SessionFacts[]): SessionFacts[] =>
  [...facts].sort((a, b) => a.startedAt - b.startedAt);

/** Pain before and after each session that has at least one of the two answers. */
export function painSeries(facts: readonly SessionFacts[]): PainPoint[] {
  return oldestFirst(facts)
    .filter((f) => f.painBefore !== null || f.painAfter !== null)
    .map((f) => ({
      sessionId: f.id,
      startedAt: f.startedAt,
      day: f.day,
      before: f.painBefore,
      after: f.painAfter,
    }));
}

export interface HoldPoint extends SessionValuePoint {
  readonly heldSeconds: number;
  readonly prescribedSeconds: number;
}

/** Seconds held against seconds prescribed, for each session with a hold exercise. */
export function holdSeries(facts: readonly SessionFacts[]): HoldPoint[] {
  return oldestFirst(facts).flatMap((f) =>
    f.holdSecondsPrescribed === 0
      ? []
      : [
          {
            sessionId: f.id,
            startedAt: f.startedAt,
            day: f.day,
            heldSeconds: f.holdSeconds,
            prescribedSeconds: f.holdSecondsPrescribed,
          },
        ],
  );
}

/** Exertion (Borg CR10) of each session that has one. */
export function exertionSeries(facts: readonly SessionFacts[]): ExertionPoint[] {
  return oldestFirst(facts).flatMap((f) =>
    f.exertion === null
      ? []
      : [{ sessionId: f.id, startedAt: f.startedAt, day: f.day, exertion: f.exertion }],
  );
}

export interface DayLine {
  readonly day: DayNumber;
  readonly journal: JournalEntry | null;
  readonly sessions: readonly SessionFacts[];
}

/** Journal entries and sessions by day, newest day first; days with neither are left out. */
export function journalBesideSessions(
  journal: readonly JournalEntry[],
  facts: readonly SessionFacts[],
): DayLine[] {
  const days = new Map<number, { journal: JournalEntry | null; sessions: SessionFacts[] }>();
  for (const entry of journal) {
    const day = dayFromIsoDate(entry.date);
    if (day === null) continue;
    days.set(day, { journal: entry, sessions: days.get(day)?.sessions ?? [] });
  }
  for (const f of oldestFirst(facts)) {
    const line = days.get(f.day) ?? { journal: null, sessions: [] };
    line.sessions.push(f);
    days.set(f.day, line);
  }
  return [...days.entries()]
    .sort(([a], [b]) => b - a)
    .map(([day, line]) => ({ day: day as DayNumber, ...line }));
}
