// Numbered schema migrations. A step is never edited once shipped: a change is a new step.
// The steps are data so that tests can build a database exactly as an earlier version of the app
// left it (open at version N with steps 1..N), fill it, then open it with the current code.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { patientFactsOf } from '../../core/functional-tests/patient-facts';
import type { FormCoachDb, ProfileRecord } from './schema';

type UpgradeDb = IDBPDatabase<FormCoachDb>;
type UpgradeTx = IDBPTransaction<FormCoachDb, StoreNames<FormCoachDb>[], 'versionchange'>;

/** Where app versions before 3 kept the patient's age and sex (localStorage), read once by v3. */
export type LegacyKeyValue = Pick<Storage, 'getItem' | 'removeItem'>;
export const LEGACY_PATIENT_FACTS_KEY = 'formcoach.patient-facts';

export interface MigrationEnv {
  /** The page's localStorage; null where there is none (a worker). */
  readonly legacy: LegacyKeyValue | null;
  /** The upgrade's time (epoch ms), for records a step writes. */
  readonly nowMs: number;
}

export interface MigrationStep {
  readonly version: number;
  readonly description: string;
  readonly apply: (db: UpgradeDb, tx: UpgradeTx, env: MigrationEnv) => void;
}

/** v3: the age and sex localStorage held go into the profile record, then leave localStorage. */
function movePatientFacts(tx: UpgradeTx, env: MigrationEnv): void {
  const raw = env.legacy?.getItem(LEGACY_PATIENT_FACTS_KEY) ?? null;
  if (raw === null) return;
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // Unreadable: nothing was said that can be kept; the key is removed all the same.
  }
  const patientFacts = patientFactsOf(parsed);
  const profile = tx.objectStore('profile');
  // Requests on the upgrade transaction itself, chained on its own results: no foreign awaits.
  void profile.get('me').then((stored) => {
    const record: ProfileRecord =
      stored === undefined
        ? { id: 'me', displayName: '', createdAt: env.nowMs, updatedAt: env.nowMs, patientFacts }
        : { ...stored, updatedAt: env.nowMs, patientFacts };
    return profile.put(record);
  });
  // Removed only once the upgrade has committed: an aborted upgrade loses nothing.
  void tx.done.then(() => env.legacy?.removeItem(LEGACY_PATIENT_FACTS_KEY));
}

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    version: 1,
    description: 'every store of the first release',
    apply(db) {
      db.createObjectStore('profile', { keyPath: 'id' });
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('programs', { keyPath: 'id' });
      const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
      sessions.createIndex('by-startedAt', 'startedAt');
      sessions.createIndex('by-status', 'status');
      const sets = db.createObjectStore('sets', { keyPath: 'id' });
      sets.createIndex('by-session', 'sessionId');
      const reps = db.createObjectStore('reps', { keyPath: 'id' });
      reps.createIndex('by-session', 'sessionId');
      reps.createIndex('by-set', 'setId');
      db.createObjectStore('partials', { keyPath: 'id' }).createIndex('by-session', 'sessionId');
      db.createObjectStore('cues', { keyPath: 'id' }).createIndex('by-session', 'sessionId');
      db.createObjectStore('traces', { keyPath: 'id' }).createIndex('by-session', 'sessionId');
      db.createObjectStore('journal', { keyPath: 'id' }).createIndex('by-date', 'date', {
        unique: true,
      });
      db.createObjectStore('readiness', { keyPath: 'answeredAt' });
    },
  },
  {
    version: 2,
    description: 'progress by exercise over time: sets and reps indexed by [exerciseId, time]',
    apply(_db, tx) {
      tx.objectStore('sets').createIndex('by-exercise', ['exerciseId', 'startedAt']);
      tx.objectStore('reps').createIndex('by-exercise', ['exerciseId', 'recordedAt']);
    },
  },
  {
    version: 3,
    description:
      "check-up test results; the patient's age and sex move from localStorage into the profile",
    apply(db, tx, env) {
      db.createObjectStore('testResults', { keyPath: 'id' }).createIndex('by-test', [
        'result.testId',
        'recordedAt',
      ]);
      movePatientFacts(tx, env);
    },
  },
];

/** Runs every step above `oldVersion` up to `targetVersion`, in order, in the upgrade transaction. */
export function migrate(
  db: UpgradeDb,
  oldVersion: number,
  targetVersion: number,
  tx: UpgradeTx,
  env: MigrationEnv,
): void {
  for (const step of MIGRATIONS) {
    if (oldVersion < step.version && step.version <= targetVersion) step.apply(db, tx, env);
  }
}
