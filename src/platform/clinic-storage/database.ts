// Opening the clinic database, with the patient database's answers to tabs that disagree about
// its version (see src/platform/storage/database.ts: the same messages, the same typed errors).
import { openDB, type IDBPDatabase } from 'idb';
import { openLifecycle } from '../storage/database';
import type { StorageError } from '../storage/errors';
import { clinicMigrate } from './migrations';
import { CLINIC_DB_NAME, CLINIC_DB_VERSION, type ClinicDb } from './schema';

export type ClinicIdb = IDBPDatabase<ClinicDb>;

export interface ClinicOpenOptions {
  readonly name?: string;
  readonly onProblem?: (error: StorageError) => void;
  /** For migration tests only: the version to open (default CLINIC_DB_VERSION). */
  readonly version?: number;
}

export async function openClinicDatabase(options: ClinicOpenOptions = {}): Promise<ClinicIdb> {
  const onProblem = options.onProblem ?? (() => undefined);
  const version = options.version ?? CLINIC_DB_VERSION;
  const db: ClinicIdb = await openDB<ClinicDb>(options.name ?? CLINIC_DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      clinicMigrate(database, oldVersion, newVersion ?? version, tx);
    },
    ...openLifecycle(onProblem, () => db.close()),
  });
  return db;
}
