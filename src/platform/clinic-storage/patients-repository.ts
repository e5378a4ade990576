// The clinic's patients: domain verbs over the 'patients' store. Every verb is one transaction
// awaited to `tx.done`, with no await on anything but that transaction's own requests. A record is
// checked against its schema before it is written (a shape that does not fit is never stored);
// expected failures (quota, a patient that is not there) come back as typed values.
import type { PatientFields, PatientRecord } from '../../core/clinic/patient';
import { storageError, storageErrorFromException, type StorageOutcome } from '../storage/errors';
import type { ClinicIdb } from './database';
import { patientRecordSchema } from './schema';

export const PATIENT_MISSING_MESSAGE =
  'This patient is not in the clinic workspace on this device (deleted, or another device’s link).';

/** The record if it fits the stored shape, else a typed error naming the fields that do not. */
function checked(record: PatientRecord): StorageOutcome<PatientRecord> {
  const parsed = patientRecordSchema.safeParse(record);
  if (parsed.success) return { ok: true, value: record };
  const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
  return {
    ok: false,
    error: storageError('write_failed', `The patient could not be saved (bad fields: ${fields}).`),
  };
}

export function createPatientsRepository(db: ClinicIdb) {
  return {
    /** Adds a patient under a new id; created and updated at `now`. */
    async addPatient(
      fields: PatientFields,
      { id, now }: { readonly id: string; readonly now: number },
    ): Promise<StorageOutcome<PatientRecord>> {
      const record = checked({ id, ...fields, createdAt: now, updatedAt: now });
      if (!record.ok) return record;
      try {
        const tx = db.transaction('patients', 'readwrite');
        // add, not put: an id already taken fails (ConstraintError) instead of replacing a patient;
        // the request's own rejection is awaited with the transaction's, so neither goes unhandled.
        await Promise.all([tx.store.add(record.value), tx.done]);
        return record;
      } catch (e) {
        return { ok: false, error: storageErrorFromException(e) };
      }
    },

    /** Replaces a patient's fields; its id and creation time are kept, `updatedAt` is `now`. */
    async updatePatient(
      id: string,
      fields: PatientFields,
      now: number,
    ): Promise<StorageOutcome<PatientRecord>> {
      try {
        const tx = db.transaction('patients', 'readwrite');
        const existing = await tx.store.get(id);
        if (existing === undefined) {
          tx.abort();
          await tx.done.catch(() => undefined);
          return { ok: false, error: storageError('conflict', PATIENT_MISSING_MESSAGE) };
        }
        const record = checked({ ...existing, ...fields, id, updatedAt: now });
        if (!record.ok) {
          tx.abort();
          await tx.done.catch(() => undefined);
          return record;
        }
        void tx.store.put(record.value);
        await tx.done;
        return record;
      } catch (e) {
        return { ok: false, error: storageErrorFromException(e) };
      }
    },

    async getPatient(id: string): Promise<PatientRecord | null> {
      return (await db.get('patients', id)) ?? null;
    },

    /** Every patient, in no particular order (the list screen searches and sorts). */
    async listPatients(): Promise<PatientRecord[]> {
      return db.getAll('patients');
    },
  };
}

export type PatientsRepository = ReturnType<typeof createPatientsRepository>;
