// The clinic workspace's database in a real Chromium: its own database beside the patient's, its
// migrations, and the patients repository's verbs.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { PatientFields } from '../../src/core/clinic/patient';
import {
  CLINIC_DB_VERSION,
  openClinicStorage,
  PATIENT_MISSING_MESSAGE,
  type ClinicStorage,
} from '../../src/platform/clinic-storage';
import { createClinicConnection } from '../../src/platform/clinic-storage/connection';
import { openClinicDatabase } from '../../src/platform/clinic-storage/database';
import { CLINIC_MIGRATIONS } from '../../src/platform/clinic-storage/migrations';
import { deleteAllData, openStorage } from '../../src/platform/storage';
import { uniqueDbName } from './storage-fixtures';

const names: string[] = [];
const open: ClinicStorage[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  for (const name of names.splice(0)) await deleteAllData(name);
});

async function fresh(): Promise<ClinicStorage> {
  const name = uniqueDbName('clinic');
  names.push(name);
  const storage = await openClinicStorage({ name });
  open.push(storage);
  return storage;
}

const FIELDS: PatientFields = {
  displayName: 'M. K.',
  dateOfBirth: '1948-05-17',
  sex: 'female',
  notes: 'Left TKA 6 weeks ago.',
};

describe('clinic database', () => {
  it('has numbered migrations 1..CLINIC_DB_VERSION without gaps', () => {
    expect(CLINIC_MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: CLINIC_DB_VERSION }, (_, i) => i + 1),
    );
  });

  it('creates the patients store and the reserved stores with their indexes at version 1', async () => {
    const name = uniqueDbName('clinic-structure');
    names.push(name);
    (await openClinicDatabase({ name })).close();
    const db = await openDB(name);
    const stores = [...db.objectStoreNames];
    const tx = db.transaction(stores);
    const structure = stores.map((store) => {
      const s = tx.objectStore(store);
      return {
        store,
        keyPath: s.keyPath,
        indexes: [...s.indexNames].map((i) => [i, s.index(i).keyPath, s.index(i).unique]),
      };
    });
    db.close();
    expect(db.version).toBe(1);
    expect(structure).toEqual([
      { store: 'patients', keyPath: 'id', indexes: [['by-updatedAt', 'updatedAt', false]] },
      {
        store: 'programVersions',
        keyPath: 'id',
        indexes: [
          ['by-patient', 'patientId', false],
          ['by-program-version', ['programId', 'version'], true],
        ],
      },
      { store: 'reports', keyPath: 'id', indexes: [['by-patient', 'patientId', false]] },
      { store: 'testResults', keyPath: 'id', indexes: [['by-patient', 'patientId', false]] },
      {
        store: 'visitNotes',
        keyPath: 'id',
        indexes: [['by-patient', ['patientId', 'date'], false]],
      },
    ]);
  });

  it('is a database apart from the patient’s: opening both leaves each with its own stores', async () => {
    const clinic = await fresh();
    const patientName = uniqueDbName('patient-beside-clinic');
    names.push(patientName);
    const patient = await openStorage({ name: patientName });
    await clinic.patients.addPatient(FIELDS, { id: 'p1', now: 1000 });
    expect(await patient.programs.listPrograms()).toEqual([]);
    patient.close();
    const db = await openDB(patientName);
    expect(db.objectStoreNames.contains('patients')).toBe(false);
    db.close();
  });
});

describe('patients repository', () => {
  it('adds a patient and reads it back after the connection is closed and opened again', async () => {
    const name = uniqueDbName('clinic-reopen');
    names.push(name);
    const first = await openClinicStorage({ name });
    const added = await first.patients.addPatient(FIELDS, { id: 'p1', now: 1000 });
    first.close();
    const expected = { id: 'p1', ...FIELDS, createdAt: 1000, updatedAt: 1000 };
    expect(added).toEqual({ ok: true, value: expected });
    const again = await openClinicStorage({ name });
    open.push(again);
    expect(await again.patients.getPatient('p1')).toEqual(expected);
    expect(await again.patients.listPatients()).toEqual([expected]);
  });

  it('refuses a second patient under a taken id and keeps the first', async () => {
    const clinic = await fresh();
    await clinic.patients.addPatient(FIELDS, { id: 'p1', now: 1000 });
    const twice = await clinic.patients.addPatient(
      { ...FIELDS, displayName: 'Other' },
      { id: 'p1', now: 2000 },
    );
    expect(twice.ok).toBe(false);
    expect((await clinic.patients.getPatient('p1'))?.displayName).toBe('M. K.');
  });

  it('updates fields, keeps id and creation time, moves updatedAt', async () => {
    const clinic = await fresh();
    await clinic.patients.addPatient(FIELDS, { id: 'p1', now: 1000 });
    const edited: PatientFields = {
      displayName: 'M. Kowalska',
      dateOfBirth: null,
      sex: null,
      notes: '',
    };
    const out = await clinic.patients.updatePatient('p1', edited, 5000);
    const expected = { id: 'p1', ...edited, createdAt: 1000, updatedAt: 5000 };
    expect(out).toEqual({ ok: true, value: expected });
    expect(await clinic.patients.getPatient('p1')).toEqual(expected);
  });

  it('says a missing patient is missing on update and writes nothing', async () => {
    const clinic = await fresh();
    const out = await clinic.patients.updatePatient('nobody', FIELDS, 5000);
    expect(out).toEqual({
      ok: false,
      error: { stage: 'Storage', code: 'conflict', message: PATIENT_MISSING_MESSAGE },
    });
    expect(await clinic.patients.listPatients()).toEqual([]);
    expect(await clinic.patients.getPatient('nobody')).toBeNull();
  });

  it('refuses a record that does not fit the stored shape and writes nothing', async () => {
    const clinic = await fresh();
    const bad = { ...FIELDS, dateOfBirth: '17/05/1948' };
    const out = await clinic.patients.addPatient(bad, { id: 'p1', now: 1000 });
    expect(out).toEqual({
      ok: false,
      error: {
        stage: 'Storage',
        code: 'write_failed',
        message: 'The patient could not be saved (bad fields: dateOfBirth).',
      },
    });
    expect(await clinic.patients.listPatients()).toEqual([]);
  });

  it('one connection: open() twice gives the same storage; after close() a new one', async () => {
    const name = uniqueDbName('clinic-connection');
    names.push(name);
    const connection = createClinicConnection({ name });
    const [a, b] = await Promise.all([connection.open(), connection.open()]);
    expect(a).toBe(b);
    await connection.close();
    const c = await connection.open();
    expect(c).not.toBe(a);
    expect(await c.patients.listPatients()).toEqual([]);
    await connection.close();
  });
});
