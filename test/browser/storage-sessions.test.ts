// Sessions, sets, reps, history and the live sink, in real Chromium IndexedDB.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAllData, openStorage, type Storage } from '../../src/platform/storage';
import { liveLockName } from '../../src/platform/storage/live-lock';
import {
  generateSession,
  makeJournal,
  makeRep,
  makeSession,
  makeSet,
  uniqueDbName,
} from './storage-fixtures';

const opened: { storage: Storage; name: string }[] = [];
async function freshStorage(label: string): Promise<{ storage: Storage; name: string }> {
  const name = uniqueDbName(label);
  const storage = await openStorage({ name });
  opened.push({ storage, name });
  return { storage, name };
}
afterEach(async () => {
  for (const { storage, name } of opened.splice(0)) {
    storage.close();
    await deleteAllData(name);
  }
});

async function seed(storage: Storage, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const g = generateSession(i, 2, 3);
    await storage.sessions.saveSession(g.session);
    for (const s of g.sets) await storage.sessions.saveSet(s);
    for (const r of g.reps) await storage.sessions.saveRep(r);
  }
}

describe('session repository', () => {
  it('lists sessions newest first with a summary of their sets', async () => {
    const { storage } = await freshStorage('list');
    await seed(storage, 5);
    const list = await storage.sessions.listSessions();
    expect(list.map((s) => s.session.id)).toEqual([4, 3, 2, 1, 0].map((i) => `session-${i}`));
    const first = list[0];
    const sets = generateSession(4, 2, 3).sets;
    expect(first?.setCount).toBe(2);
    expect(first?.repCount).toBe(6);
    expect(first?.exerciseIds).toEqual(['squat', 'bicep_curl']);
    const scores = sets.map((s) => s.summary?.meanScore ?? NaN);
    expect(first?.meanScore).toBeCloseTo((scores[0]! + scores[1]!) / 2, 9);
    expect((await storage.sessions.listSessions(2)).length).toBe(2);
  });

  it('gives a session detail with its reps in order, and null for an unknown id', async () => {
    const { storage } = await freshStorage('detail');
    await seed(storage, 2);
    const detail = await storage.sessions.getSessionDetail('session-1');
    expect(detail?.sets.map((s) => s.id)).toEqual(['session-1-set-0', 'session-1-set-1']);
    expect(detail?.reps).toEqual(generateSession(1, 2, 3).reps);
    expect(await storage.sessions.getSessionDetail('nope')).toBeNull();
  });

  it('patches a session and a set, keeping their ids, and reports unknown ids', async () => {
    const { storage } = await freshStorage('patch');
    const session = makeSession(0, { status: 'in_progress', endedAt: null });
    const set = makeSet(session, 0);
    await storage.sessions.saveSession(session);
    await storage.sessions.saveSet(set);
    expect(
      await storage.sessions.updateSession(session.id, { status: 'completed', endedAt: 5 }),
    ).toBe(true);
    expect(await storage.sessions.updateSet(set.id, { repCount: 7 })).toBe(true);
    expect(await storage.sessions.updateSession('missing', { notes: 'x' })).toBe(false);
    const detail = await storage.sessions.getSessionDetail(session.id);
    expect(detail?.session).toEqual({ ...session, status: 'completed', endedAt: 5 });
    expect(detail?.sets[0]).toEqual({ ...set, repCount: 7 });
  });

  it('queries reps of one exercise over time (the v2 index)', async () => {
    const { storage } = await freshStorage('by-exercise');
    await seed(storage, 3);
    const squats = await storage.sessions.repsOfExercise('squat');
    expect(squats.length).toBe(9);
    expect(squats.every((r) => r.exerciseId === 'squat')).toBe(true);
    expect(squats.map((r) => r.recordedAt)).toEqual(
      [...squats.map((r) => r.recordedAt)].sort((a, b) => a - b),
    );
  });

  it('keeps one journal entry per day', async () => {
    const { storage } = await freshStorage('journal');
    const entry = makeJournal(3);
    await storage.journal.saveJournalEntry(entry);
    const id = await storage.journal.saveJournalEntry({ ...entry, id: 'other-id', pain: 9 });
    expect(id).toBe(entry.id);
    expect(await storage.journal.listJournal()).toEqual([{ ...entry, pain: 9 }]);
  });
});

describe('IndexedDbSessionSink', () => {
  it('commits every rep as it happens: another connection sees it at once', async () => {
    const { storage, name } = await freshStorage('sink');
    const sink = storage.createSessionSink();
    const session = makeSession(0, { status: 'in_progress', endedAt: null });
    const set = makeSet(session, 0, { status: 'in_progress', endedAt: null, repCount: 0 });
    await sink.startSession(session);
    await sink.startSet(set);
    const other = await openDB(name);
    for (let i = 1; i <= 3; i += 1) {
      await sink.saveRep(makeRep(set, i));
      await sink.updateSet(set.id, { repCount: i });
      expect(await other.count('reps')).toBe(i);
      expect((await other.get('sets', set.id))?.repCount).toBe(i);
    }
    other.close();
  });

  it('holds the live lock from start to the final status', async () => {
    const { storage, name } = await freshStorage('lock');
    const sink = storage.createSessionSink();
    const session = makeSession(0, { status: 'in_progress', endedAt: null });
    await sink.startSession(session);
    const held = async () =>
      (await navigator.locks.query()).held?.some((l) => l.name === liveLockName(name, session.id));
    expect(await held()).toBe(true);
    await sink.updateSession(session.id, { painAfter: 2 });
    expect(await held()).toBe(true);
    await sink.updateSession(session.id, { status: 'completed', endedAt: session.startedAt + 1 });
    expect(await held()).toBe(false);
  });

  it('recovers only sessions whose owner is gone, as interrupted, with their sets', async () => {
    const { storage } = await freshStorage('recover');
    // A live session in this page (lock held) and one left by a dead tab (no lock).
    const live = makeSession(1, { status: 'in_progress', endedAt: null });
    await storage.createSessionSink().startSession(live);
    const orphan = makeSession(2, { status: 'in_progress', endedAt: null });
    const orphanSet = makeSet(orphan, 0, { status: 'in_progress', endedAt: null, repCount: 1 });
    await storage.sessions.saveSession(orphan);
    await storage.sessions.saveSet(orphanSet);
    await storage.sessions.saveRep(makeRep(orphanSet, 1));
    await storage.sessions.saveRep(makeRep(orphanSet, 2));

    expect(await storage.recoverInterruptedSessions()).toEqual([orphan.id]);
    const detail = await storage.sessions.getSessionDetail(orphan.id);
    expect(detail?.session.status).toBe('interrupted');
    expect(detail?.session.endedAt).toBe(makeRep(orphanSet, 2).recordedAt);
    expect(detail?.sets[0]?.status).toBe('interrupted');
    expect(detail?.sets[0]?.repCount).toBe(2);
    expect(detail?.reps.length).toBe(2);
    expect((await storage.sessions.getSession(live.id))?.status).toBe('in_progress');
    expect(await storage.recoverInterruptedSessions()).toEqual([]);
  });

  it('keeps the session in memory on QuotaExceededError and reports it once', async () => {
    const { storage, name } = await freshStorage('quota');
    let full = false;
    const errors: string[] = [];
    const quota = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const repo = {
      ...storage.sessions,
      saveRep: (r: Parameters<Storage['sessions']['saveRep']>[0]) =>
        full ? quota() : storage.sessions.saveRep(r),
    };
    const { IndexedDbSessionSink } = await import('../../src/platform/storage');
    const sink = new IndexedDbSessionSink(repo, {
      lockScope: name,
      onError: (e) => errors.push(e.code),
    });
    const session = makeSession(0, { status: 'in_progress', endedAt: null });
    const set = makeSet(session, 0, { status: 'in_progress', endedAt: null });
    await sink.startSession(session);
    await sink.startSet(set);
    await sink.saveRep(makeRep(set, 1));
    full = true;
    await sink.saveRep(makeRep(set, 2));
    await sink.saveRep(makeRep(set, 3));
    await sink.updateSession(session.id, { status: 'completed', endedAt: session.startedAt + 9 });
    expect(errors).toEqual(['quota_exceeded']);
    expect(sink.error?.message).toMatch(/out of storage space.*export/i);
    expect(sink.unsaved().reps.map((r) => r.rep.index)).toEqual([2, 3]);
    expect(sink.unsaved().sessions[0]?.status).toBe('completed');
    // The export offered to the user has everything: stored rep 1 and the kept ones.
    const backup = await storage.exportLiveSession(sink, session.id, 1);
    expect(backup.data.reps.map((r) => r.rep.index).sort()).toEqual([1, 2, 3]);
    expect(backup.data.sessions[0]?.status).toBe('completed');
    // Imported later (space freed), it completes the stored session without duplicates.
    const { backupToJson } = await import('../../src/platform/storage');
    const result = await storage.importBackup(backupToJson(backup));
    expect(result).toEqual({ ok: true, value: { added: 2, replaced: 1, unchanged: 2 } });
    expect((await storage.sessions.getSessionDetail(session.id))?.reps.length).toBe(3);
  });
});

describe('createPersistentSessionSink (what createSessionSink returns)', () => {
  it('opens lazily, recovers orphans before the first session, and writes to IndexedDB', async () => {
    const { createPersistentSessionSink } =
      await import('../../src/platform/storage/persistent-session-sink');
    const { createStorageConnection } = await import('../../src/platform/storage/connection');
    const name = uniqueDbName('persistent');
    const seedStorage = await openStorage({ name });
    const orphan = makeSession(5, { status: 'in_progress', endedAt: null });
    await seedStorage.sessions.saveSession(orphan);
    seedStorage.close();

    let fallbackUsed = false;
    const problems: string[] = [];
    const sink = createPersistentSessionSink({
      connection: createStorageConnection({ name }),
      onProblem: (problem) => problems.push(problem.code),
      fallback: () => {
        fallbackUsed = true;
        throw new Error('not expected');
      },
    });
    const session = makeSession(6, { status: 'in_progress', endedAt: null });
    const set = makeSet(session, 0, { status: 'in_progress', endedAt: null });
    await sink.startSession(session);
    await sink.startSet(set);
    await sink.saveRep(makeRep(set, 1));
    const storage = await sink.storage();
    if (storage === null) throw new Error('IndexedDB did not open');
    opened.push({ storage, name });
    expect(fallbackUsed).toBe(false);
    expect(problems).toEqual([]);
    expect((await storage.sessions.getSession(orphan.id))?.status).toBe('interrupted');
    expect((await storage.sessions.getSessionDetail(session.id))?.reps.length).toBe(1);
    expect((await sink.recentSessions(1))[0]?.session.id).toBe(session.id);
  });
});

describe('the page storage connection (one for the screens and the live sink)', () => {
  it('is shared by the sink, and after close (deleting data) both open it again', async () => {
    const { createPersistentSessionSink } =
      await import('../../src/platform/storage/persistent-session-sink');
    const { createStorageConnection } = await import('../../src/platform/storage/connection');
    const name = uniqueDbName('connection');
    const connection = createStorageConnection({ name });
    const sink = createPersistentSessionSink({
      connection,
      onProblem: (problem) => {
        throw new Error(`unexpected problem ${problem.code}`);
      },
      fallback: () => {
        throw new Error('not expected');
      },
    });
    const session = makeSession(7, { status: 'in_progress', endedAt: null });
    const set = makeSet(session, 0, { status: 'in_progress', endedAt: null });
    await sink.startSession(session);
    await sink.startSet(set);
    const first = await connection.open();
    expect(await sink.storage()).toBe(first);

    await connection.close();
    // The sink's next write opens the connection again and lands there.
    await sink.saveRep(makeRep(set, 1));
    const second = await connection.open();
    opened.push({ storage: second, name });
    expect(second).not.toBe(first);
    expect(await sink.storage()).toBe(second);
    expect((await second.sessions.getSessionDetail(session.id))?.reps.length).toBe(1);
  });
});
