import { describe, expect, it } from 'vitest';
import { programChanges } from '../../../src/core/programs/program-changes';
import { BUILTIN_PROGRAMS } from '../../../src/core/programs/builtin';
import type { Program } from '../../../src/core/session/types';
import { programWith } from '../../helpers/program-fixtures';

const v1: Program = programWith(4, 'fp');

describe('programChanges', () => {
  it('is a new program when none, or a built-in one, is followed', () => {
    expect(programChanges(null, v1)).toEqual({ kind: 'new_program' });
    const builtin = BUILTIN_PROGRAMS[0];
    if (builtin === undefined) throw new Error('no built-in program');
    expect(programChanges(builtin, v1)).toEqual({ kind: 'new_program' });
  });

  it('says nothing changed for the same program', () => {
    expect(programChanges(v1, v1)).toEqual({
      kind: 'changes',
      exercises: [],
      scheduleChanged: false,
    });
  });

  it('names added, removed and changed exercises with the changed dose fields, and the schedule', () => {
    const [a, b, c, d] = v1.exercises;
    if (a === undefined || b === undefined || c === undefined || d === undefined) {
      throw new Error('fixture has 4 exercises');
    }
    const extra = programWith(5, 'fp').exercises[4];
    if (extra === undefined || v1.schedule === undefined) throw new Error('fixture');
    const v2: Program = {
      ...v1,
      exercises: [
        { ...a, sets: a.sets + 1, override: { ...a.override, romTargetDeg: 77 } },
        b,
        { ...c, notes: 'New note', load: { kind: 'kg', value: 2 } },
        extra,
      ],
      schedule: { ...v1.schedule, dayOfWeek: ['tue', 'thu'] },
    };
    expect(programChanges(v1, v2)).toEqual({
      kind: 'changes',
      exercises: [
        { kind: 'changed', exerciseId: a.exerciseId, fields: ['sets', 'romTarget'] },
        { kind: 'changed', exerciseId: c.exerciseId, fields: ['load', 'notes'] },
        { kind: 'added', exerciseId: extra.exerciseId },
        { kind: 'removed', exerciseId: d.exerciseId },
      ],
      scheduleChanged: true,
    });
  });
});
