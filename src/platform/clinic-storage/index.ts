// The clinic workspace's storage: open it once, use its repositories' verbs. Nothing here exposes
// idb types. Its own database, apart from the patient's (see schema.ts).
import type { StorageError } from '../storage/errors';
import { openClinicDatabase } from './database';
import { createPatientsRepository } from './patients-repository';

export { CLINIC_DB_NAME, CLINIC_DB_VERSION } from './schema';
export { PATIENT_MISSING_MESSAGE } from './patients-repository';

export interface ClinicStorageOptions {
  readonly name?: string;
  readonly onProblem?: (error: StorageError) => void;
}

export async function openClinicStorage(options: ClinicStorageOptions = {}) {
  const db = await openClinicDatabase(options);
  return {
    patients: createPatientsRepository(db),
    close: (): void => db.close(),
  };
}

export type ClinicStorage = Awaited<ReturnType<typeof openClinicStorage>>;
