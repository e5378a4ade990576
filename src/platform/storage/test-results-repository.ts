// The check-up tests' storage: each result as it was scored, and the patient's age and sex (a
// field of the profile record) that the norms read.
import { PATIENT_FACTS_NOT_SAID } from '../../core/functional-tests/patient-facts';
import type { PatientFacts, StoredTestResult } from '../../core/functional-tests/types';
import type { Db } from './database';
import type { ProfileRecord } from './schema';

export function createTestResultsRepository(db: Db) {
  return {
    async saveTestResult(result: StoredTestResult): Promise<void> {
      await db.put('testResults', result);
    },
    /** Every result, oldest first. */
    async listTestResults(): Promise<StoredTestResult[]> {
      const all = await db.getAll('testResults');
      return all.sort((a, b) => a.recordedAt - b.recordedAt);
    },
    async patientFacts(): Promise<PatientFacts> {
      return (await db.get('profile', 'me'))?.patientFacts ?? PATIENT_FACTS_NOT_SAID;
    },
    /** Sets the facts on the profile record (made if there is none), in one transaction. */
    async savePatientFacts(patientFacts: PatientFacts, nowMs: number): Promise<void> {
      const tx = db.transaction('profile', 'readwrite');
      const stored = await tx.store.get('me');
      const record: ProfileRecord =
        stored === undefined
          ? { id: 'me', displayName: '', createdAt: nowMs, updatedAt: nowMs, patientFacts }
          : { ...stored, updatedAt: nowMs, patientFacts };
      void tx.store.put(record);
      await tx.done;
    },
  };
}

export type TestResultsRepository = ReturnType<typeof createTestResultsRepository>;
