// Numbered schema migrations. A step is never edited once shipped: a change is a new step.
// The steps are data so that tests can build a database exactly as an earlier version of the app
// left it (open at version N with steps 1..N), fill it, then open it with the current code.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { FormCoachDb } from './schema';

type UpgradeDb = IDBPDatabase<FormCoachDb>;
type UpgradeTx = IDBPTransaction<FormCoachDb, StoreNames<FormCoachDb>[], 'versionchange'>;

export interface MigrationStep {
  readonly version: number;
  readonly description: string;
  readonly apply: (db: UpgradeDb, tx: UpgradeTx) => void;
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
];

/** Runs every step above `oldVersion` up to `targetVersion`, in order, in the upgrade transaction. */
export function migrate(
  db: UpgradeDb,
  oldVersion: number,
  targetVersion: number,
  tx: UpgradeTx,
): void {
  for (const step of MIGRATIONS) {
    if (oldVersion < step.version && step.version <= targetVersion) step.apply(db, tx);
  }
}
