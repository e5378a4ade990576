import { describe, expect, it } from 'vitest';
import { BUILTIN_PROGRAMS } from '../../../src/core/programs/builtin';
import {
  programFromEdit,
  programVersionOf,
  programVersionRelation,
  programsNewest,
  type ProgramEdit,
} from '../../../src/core/programs/versions';
import { programSchema } from '../../../src/platform/storage/backup-schema';
import { programWith } from '../../helpers/program-fixtures';

const edit: ProgramEdit = {
  name: 'Knee, week 1',
  description: '',
  frequencyPerWeek: 0,
  exercises: [
    {
      exerciseId: 'squat',
      sets: 3,
      reps: 10,
      holdSeconds: null,
      restSeconds: 60,
      side: 'both',
      load: { kind: 'band', colour: 'red' },
      override: { romTargetDeg: 70, tempo: { downSeconds: 3, upSeconds: 1 } },
      notes: 'Slowly down',
      progression: { levels: [{ reps: 12 }], rules: [{ kind: 'two_for_two' }] },
    },
  ],
  schedule: {
    frequency: 2,
    period: 1,
    periodUnit: 'd',
    dayOfWeek: ['mon', 'wed', 'fri'],
    timeOfDay: ['08:00:00', '18:00:00'],
    boundsPeriod: { start: '2026-12-07', end: null },
  },
};
const prescribedBy = { displayName: 'Clinic A', keyFingerprint: 'abc' };

describe('program versions', () => {
  it('a new lineage starts at version 1; an edit is a new record at the next version', () => {
    const v1 = programFromEdit(edit, { lineageId: 'L', prescribedBy, atMs: 1000, previous: null });
    const v2 = programFromEdit(
      { ...edit, name: 'Knee, week 2' },
      { lineageId: 'ignored', prescribedBy, atMs: 2000, previous: v1 },
    );
    expect(v1).toMatchObject({ id: 'L@v1', lineageId: 'L', version: 1, createdAt: 1000 });
    expect(v2).toMatchObject({
      id: 'L@v2',
      lineageId: 'L',
      version: 2,
      createdAt: 1000,
      updatedAt: 2000,
    });
    expect(v1.name).toBe('Knee, week 1');
    // Sessions a week follow the schedule: 3 days × 2 a day.
    expect(v2.frequencyPerWeek).toBe(6);
    expect(programSchema.safeParse(v2).success).toBe(true);
  });

  it('built-in programs are version 1 of their own lineage and still validate', () => {
    for (const p of BUILTIN_PROGRAMS) {
      expect(programVersionOf(p)).toEqual({ lineageId: p.id, version: 1 });
      expect(programSchema.safeParse(p).success).toBe(true);
    }
  });

  it('refuses an older version as a replay', () => {
    const installed = [
      { lineageId: 'L', version: 1 },
      { lineageId: 'L', version: 3 },
    ];
    expect(programVersionRelation({ lineageId: 'L', version: 2 }, installed)).toBe('older');
    expect(programVersionRelation({ lineageId: 'L', version: 3 }, installed)).toBe('same');
    expect(programVersionRelation({ lineageId: 'L', version: 4 }, installed)).toBe('newer');
    expect(programVersionRelation({ lineageId: 'M', version: 1 }, installed)).toBe('new');
  });

  it('the schema refuses a bad schedule with its path', () => {
    const v1 = programFromEdit(edit, { lineageId: 'L', prescribedBy, atMs: 1000, previous: null });
    const bad = { ...v1, schedule: { ...v1.schedule, dayOfWeek: ['monday'] } };
    const r = programSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['schedule', 'dayOfWeek', 0]);
  });
});

describe('programsNewest', () => {
  it('keeps the newest version of each lineage', () => {
    const a1 = programWith(2, 'fp', { lineageId: 'a' });
    const a2 = programWith(2, 'fp', { lineageId: 'a', previous: a1 });
    const b1 = programWith(2, 'fp', { lineageId: 'b' });
    expect(programsNewest([a2, b1, a1]).map((p) => p.id)).toEqual([a2.id, b1.id]);
    expect(programsNewest([a1, a2]).map((p) => p.id)).toEqual([a2.id]);
  });
});
