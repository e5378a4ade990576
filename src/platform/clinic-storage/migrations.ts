// The clinic database's numbered migrations, the same discipline as the patient's
// (src/platform/storage/migrations.ts): a step is never edited once shipped, a change is a new
// step, and the steps are data so tests can build the database as any earlier version left it.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ClinicDb } from './schema';

type UpgradeDb = IDBPDatabase<ClinicDb>;
type UpgradeTx = IDBPTransaction<ClinicDb, StoreNames<ClinicDb>[], 'versionchange'>;

export interface ClinicMigrationStep {
  readonly version: number;
  readonly description: string;
  readonly apply: (db: UpgradeDb, tx: UpgradeTx) => void;
}

export const CLINIC_MIGRATIONS: readonly ClinicMigrationStep[] = [
  {
    version: 1,
    description: 'patients, and the stores reserved for programs, reports, test results and visits',
    apply(db) {
      db.createObjectStore('patients', { keyPath: 'id' }).createIndex('by-updatedAt', 'updatedAt');
      const versions = db.createObjectStore('programVersions', { keyPath: 'id' });
      versions.createIndex('by-patient', 'patientId');
      versions.createIndex('by-program-version', ['programId', 'version'], { unique: true });
      db.createObjectStore('reports', { keyPath: 'id' }).createIndex('by-patient', 'patientId');
      db.createObjectStore('testResults', { keyPath: 'id' }).createIndex('by-patient', 'patientId');
      db.createObjectStore('visitNotes', { keyPath: 'id' }).createIndex('by-patient', [
        'patientId',
        'date',
      ]);
    },
  },
];

/** Runs every step above `oldVersion` up to `targetVersion`, in order, in the upgrade transaction. */
export function clinicMigrate(
  db: UpgradeDb,
  oldVersion: number,
  targetVersion: number,
  tx: UpgradeTx,
): void {
  for (const step of CLINIC_MIGRATIONS) {
    if (oldVersion < step.version && step.version <= targetVersion) step.apply(db, tx);
  }
}
