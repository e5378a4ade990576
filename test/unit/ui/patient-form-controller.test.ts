// The clinic's add / edit form controller over a fake clinic connection (pure logic: validation,
// what is written, where it goes, what is kept when a save fails).
import { describe, expect, it } from 'vitest';
import type { PatientFields, PatientRecord } from '../../../src/core/clinic/patient';
import type { ClinicStorage } from '../../../src/platform/clinic-storage';
import type { ClinicConnection } from '../../../src/platform/clinic-storage/connection';
import type { StorageOutcome } from '../../../src/platform/storage/errors';
import { createPatientFormController } from '../../../src/ui/clinic/patients/controller';

const NOW = new Date(2026, 11, 2, 12).getTime();

function fakeClinic(initial: PatientRecord[] = [], failWith: string | null = null) {
  const patients = new Map(initial.map((p) => [p.id, p]));
  const writes: PatientRecord[] = [];
  const write = (record: PatientRecord): StorageOutcome<PatientRecord> => {
    if (failWith !== null) {
      return { ok: false, error: { stage: 'Storage', code: 'quota_exceeded', message: failWith } };
    }
    patients.set(record.id, record);
    writes.push(record);
    return { ok: true, value: record };
  };
  const storage: ClinicStorage = {
    patients: {
      addPatient: async (fields: PatientFields, { id, now }: { id: string; now: number }) =>
        write({ id, ...fields, createdAt: now, updatedAt: now }),
      updatePatient: async (id: string, fields: PatientFields, now: number) => {
        const old = patients.get(id);
        if (old === undefined) throw new Error('not in the fake');
        return write({ ...old, ...fields, updatedAt: now });
      },
      getPatient: async (id: string) => patients.get(id) ?? null,
      listPatients: async () => [...patients.values()],
    },
    close: () => undefined,
  };
  const connection: ClinicConnection = { open: async () => storage, close: async () => {} };
  return { connection, writes };
}

function form(connection: ClinicConnection, patientId: string | null) {
  const went: string[] = [];
  const controller = createPatientFormController({
    connection,
    patientId,
    now: () => NOW,
    newId: () => 'new-id',
    navigate: (hash) => went.push(hash),
  });
  return { controller, went };
}

describe('patient form controller', () => {
  it('refuses an invalid draft with every field error and writes nothing', async () => {
    const { connection, writes } = fakeClinic();
    const { controller, went } = form(connection, null);
    controller.setField('dateOfBirth', '2026-12-03');
    await controller.submit();
    expect(controller.store.get().errors).toEqual([
      { field: 'displayName', code: 'required' },
      { field: 'dateOfBirth', code: 'future' },
    ]);
    expect(controller.store.get().phase).toBe('editing');
    expect(writes).toEqual([]);
    expect(went).toEqual([]);
  });

  it('adds a patient under a new id and opens its page', async () => {
    const { connection, writes } = fakeClinic();
    const { controller, went } = form(connection, null);
    controller.setField('displayName', ' J. K. ');
    controller.setField('sex', 'male');
    await controller.submit();
    expect(writes).toEqual([
      {
        id: 'new-id',
        displayName: 'J. K.',
        dateOfBirth: null,
        sex: 'male',
        notes: '',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
    expect(went).toEqual(['#/clinic/patients/new-id']);
  });

  it('edits the loaded patient: its fields in the draft, its id and creation time kept', async () => {
    const old: PatientRecord = {
      id: 'p1',
      displayName: 'A. B.',
      dateOfBirth: '1950-01-02',
      sex: 'female',
      notes: 'n',
      createdAt: 5,
      updatedAt: 6,
    };
    const { connection, writes } = fakeClinic([old]);
    const { controller, went } = form(connection, 'p1');
    await controller.init();
    expect(controller.store.get().draft).toEqual({
      displayName: 'A. B.',
      dateOfBirth: '1950-01-02',
      sex: 'female',
      notes: 'n',
    });
    controller.setField('sex', '');
    await controller.submit();
    expect(writes).toEqual([{ ...old, sex: null, updatedAt: NOW }]);
    expect(went).toEqual(['#/clinic/patients/p1']);
  });

  it('says a missing patient is missing', async () => {
    const { connection } = fakeClinic();
    const { controller } = form(connection, 'gone');
    await controller.init();
    expect(controller.store.get().phase).toBe('missing');
  });

  it('a failed save says why, keeps what was typed and stays on the form', async () => {
    const { connection } = fakeClinic([], 'The device is out of storage space.');
    const { controller, went } = form(connection, null);
    controller.setField('displayName', 'Z.');
    await controller.submit();
    const state = controller.store.get();
    expect(state.phase).toBe('editing');
    expect(state.saveError).toBe('The device is out of storage space.');
    expect(state.draft.displayName).toBe('Z.');
    expect(went).toEqual([]);
  });
});
