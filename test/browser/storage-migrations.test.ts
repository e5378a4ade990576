// Every migration step, from a database built exactly as each earlier version left it.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAllData, openStorage, type Storage } from '../../src/platform/storage';
import { openDatabase } from '../../src/platform/storage/database';
import { MIGRATIONS } from '../../src/platform/storage/migrations';
import { DB_VERSION } from '../../src/platform/storage/schema';
import { generateSession, makeJournal, makeProgram, uniqueDbName } from './storage-fixtures';

const names: string[] = [];
const storages: Storage[] = [];
afterEach(async () => {
  for (const s of storages.splice(0)) s.close();
  for (const name of names.splice(0)) await deleteAllData(name);
});

/** The structure of a database: stores with key paths, indexes with key paths and uniqueness. */
async function structureOf(name: string) {
  const db = await openDB(name);
  const tx = db.transaction([...db.objectStoreNames]);
  const out = [...db.objectStoreNames].map((store) => {
    const s = tx.objectStore(store);
    return {
      store,
      keyPath: s.keyPath,
      indexes: [...s.indexNames].map((i) => {
        const index = s.index(i);
        return { i, keyPath: index.keyPath, unique: index.unique };
      }),
    };
  });
  db.close();
  return { version: db.version, out };
}

/** A database at `version`, made by that version's own upgrade steps, filled with that version's data. */
async function fixtureAt(version: number): Promise<string> {
  const name = uniqueDbName(`v${version}`);
  names.push(name);
  const db = await openDatabase({ name, version });
  const g = generateSession(0, 2, 3);
  const tx = db.transaction(['sessions', 'sets', 'reps', 'journal', 'programs'], 'readwrite');
  void tx.objectStore('sessions').put(g.session);
  for (const s of g.sets) void tx.objectStore('sets').put(s);
  for (const r of g.reps) void tx.objectStore('reps').put(r);
  void tx.objectStore('journal').put(makeJournal(0));
  void tx.objectStore('programs').put(makeProgram());
  await tx.done;
  db.close();
  return name;
}

describe('migrations', () => {
  it('are numbered 1..DB_VERSION without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  for (const step of MIGRATIONS.filter((m) => m.version < DB_VERSION)) {
    it(`upgrade from v${step.version} keeps every record and gives the fresh v${DB_VERSION} structure`, async () => {
      const name = await fixtureAt(step.version);
      const fresh = uniqueDbName('fresh');
      names.push(fresh);
      (await openDatabase({ name: fresh })).close();

      const storage = await openStorage({ name });
      storages.push(storage);
      const g = generateSession(0, 2, 3);
      const detail = await storage.sessions.getSessionDetail(g.session.id);
      expect(detail?.session).toEqual(g.session);
      expect(detail?.sets).toEqual(g.sets);
      expect(detail?.reps).toEqual(g.reps);
      expect(await storage.journal.listJournal()).toEqual([makeJournal(0)]);
      expect(await storage.programs.listPrograms()).toEqual([makeProgram()]);
      // v2's index covers the records written before it existed.
      const squats = await storage.sessions.repsOfExercise('squat');
      expect(squats.map((r) => r.id)).toEqual(
        g.reps.filter((r) => r.exerciseId === 'squat').map((r) => r.id),
      );
      storage.close();
      expect(await structureOf(name)).toEqual(await structureOf(fresh));
    });
  }

  it('v1 has no by-exercise index (the fixture really is the old schema)', async () => {
    const name = await fixtureAt(1);
    const structure = await structureOf(name);
    expect(structure.version).toBe(1);
    const reps = structure.out.find((s) => s.store === 'reps');
    expect(reps?.indexes.map((i) => i.i).sort()).toEqual(['by-session', 'by-set']);
  });
});

describe('two tabs', () => {
  it('an older connection closes itself and says reload when a newer version opens', async () => {
    const name = await fixtureAt(1);
    const problems: string[] = [];
    const old = await openDatabase({ name, version: 1, onProblem: (e) => problems.push(e.code) });
    const storage = await openStorage({ name });
    storages.push(storage);
    expect(problems).toEqual(['stale_tab']);
    expect(() => old.transaction('sessions')).toThrow(/closing|closed/i);
    expect((await storage.sessions.listSessions()).length).toBe(1);
  });

  it('an upgrade blocked by a connection that does not close says so, and goes on once it closes', async () => {
    const name = await fixtureAt(1);
    const stubborn = await openDB(name, 1); // no versionchange handler, like a frozen old tab
    const problems: string[] = [];
    const opening = openStorage({ name, onProblem: (e) => problems.push(e.code) });
    await expect.poll(() => problems).toEqual(['blocked']);
    stubborn.close();
    const storage = await opening;
    storages.push(storage);
    expect((await storage.sessions.listSessions()).length).toBe(1);
  });
});
