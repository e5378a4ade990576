// The coach flow follows a program from the clinic: once stored and installed it is the program
// followed, after a reload too (home-loaded with the stored programs), its session names its version,
// and the set's analysis runs the therapist's ROM target (the prescription's override).
import { describe, expect, it } from 'vitest';
import { programFromEdit } from '../../../src/core/programs/versions';
import { FlowDriver, readinessRecord } from './flow-driver';
import { programWith } from '../../helpers/program-fixtures';

const v1 = programWith(4, 'fp');
const v2 = programWith(4, 'fp', { previous: v1 });

describe('coach flow: a prescribed program', () => {
  it('becomes the program followed when installed, and its id is saved', () => {
    const d = new FlowDriver().send({ type: 'program-installed', program: v1 });
    expect(d.state.programId).toBe(v1.id);
    expect(d.effects).toEqual([{ type: 'save-program', programId: v1.id }]);
    d.send({ type: 'program-installed', program: v2 });
    expect(d.state.programs.map((p) => p.id)).toEqual([v1.id, v2.id]);
  });

  it('stays followed after a reload: the saved id names a stored version', () => {
    const d = new FlowDriver(v2.id).send({
      type: 'home-loaded',
      readiness: readinessRecord,
      lastSession: null,
      programs: [v1, v2],
    });
    d.send({ type: 'session-started', index: undefined, sessionId: 's1', ownerId: 'o', nowMs: 10 });
    expect(d.writes('startSession')).toMatchObject([
      { session: { programId: v2.id, programVersion: 2 } },
    ]);
    const first = v2.exercises[0];
    const target = first?.override?.romTargetDeg;
    expect(target).toBeTypeOf('number');
    expect(d.state.definition?.rom?.targetDeg).toBe(target);
  });

  it('refuses to select a program that is neither built in nor stored', () => {
    const other = programFromEdit(v1, {
      lineageId: 'other',
      prescribedBy: { displayName: 'X', keyFingerprint: 'fp' },
      atMs: 1,
      previous: null,
    });
    const d = new FlowDriver().send({ type: 'program-selected', programId: other.id });
    expect(d.state.programId).toBe('builtin-knee');
  });
});
