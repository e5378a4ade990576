// Program versions: a therapist's program is never edited in place. Every saved edit is a new
// Program with the same lineage and the next version; sessions name the version they followed.
// Installing a program from a link compares versions, so an old link replayed cannot replace a
// newer program of the same lineage.
import type { DayOfWeek, Prescriber, Program, ProgramSchedule } from '../session/types';

/** A program's place in its lineage; built-in and older programs are version 1 of their own. */
export interface ProgramVersionRef {
  readonly lineageId: string;
  readonly version: number;
}

export const programVersionOf = (p: Program): ProgramVersionRef => ({
  lineageId: p.lineageId ?? p.id,
  version: p.version ?? 1,
});

/** The stored id of a lineage's version: stable, so the same version is never stored twice. */
export const programVersionId = (lineageId: string, version: number): string =>
  `${lineageId}@v${version}`;

/** Sessions a week of a schedule: its days (all seven when none are named). */
export const scheduleSessionsPerWeek = (s: ProgramSchedule): number =>
  (s.dayOfWeek.length === 0 ? 7 : s.dayOfWeek.length) * s.frequency;

export const DAYS_OF_WEEK: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** What a therapist edits; the version fields are the module's to set. */
export type ProgramEdit = Pick<
  Program,
  'name' | 'description' | 'exercises' | 'schedule' | 'frequencyPerWeek'
>;

/**
 * The first version of a new lineage, or (with `previous`) the next version of its lineage:
 * a new record, `previous` left as it was.
 */
export function programFromEdit(
  edit: ProgramEdit,
  ctx: {
    readonly lineageId: string;
    readonly prescribedBy: Prescriber;
    readonly atMs: number;
    readonly previous: Program | null;
  },
): Program {
  const prev = ctx.previous === null ? null : programVersionOf(ctx.previous);
  const lineageId = prev?.lineageId ?? ctx.lineageId;
  const version = prev === null ? 1 : prev.version + 1;
  return {
    id: programVersionId(lineageId, version),
    name: edit.name,
    description: edit.description,
    source: 'therapist',
    frequencyPerWeek:
      edit.schedule === undefined ? edit.frequencyPerWeek : scheduleSessionsPerWeek(edit.schedule),
    exercises: edit.exercises,
    createdAt: ctx.previous?.createdAt ?? ctx.atMs,
    updatedAt: ctx.atMs,
    lineageId,
    version,
    prescribedBy: ctx.prescribedBy,
    ...(edit.schedule === undefined ? {} : { schedule: edit.schedule }),
  };
}

/**
 * How an incoming program relates to the one installed: 'new' (nothing of its lineage installed),
 * 'newer' (to install), 'same' (already installed), 'older' (a replay: refused).
 */
export type ProgramVersionRelation = 'new' | 'newer' | 'same' | 'older';

export function programVersionRelation(
  incoming: ProgramVersionRef,
  installed: readonly ProgramVersionRef[],
): ProgramVersionRelation {
  const same = installed.filter((i) => i.lineageId === incoming.lineageId);
  if (same.length === 0) return 'new';
  const newest = Math.max(...same.map((i) => i.version));
  return incoming.version > newest ? 'newer' : incoming.version === newest ? 'same' : 'older';
}

/** The newest version of each lineage among `programs`, in the order their lineages first appear. */
export function programsNewest(programs: readonly Program[]): Program[] {
  const newest = new Map<string, Program>();
  for (const p of programs) {
    const ref = programVersionOf(p);
    const kept = newest.get(ref.lineageId);
    if (kept === undefined || programVersionOf(kept).version < ref.version) {
      newest.set(ref.lineageId, p);
    }
  }
  return [...newest.values()];
}
