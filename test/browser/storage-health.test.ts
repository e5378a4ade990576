import { expect, it } from 'vitest';
import {
  deleteAllData,
  openStorage,
  requestPersistentStorage,
  storageHealth,
} from '../../src/platform/storage';
import { generateSession, uniqueDbName } from './storage-fixtures';

it('reports space used, which grows with stored data, and asks for persistence', async () => {
  const name = uniqueDbName('health');
  const before = await storageHealth();
  expect(before.quotaBytes).toBeGreaterThan(0);
  const storage = await openStorage({ name });
  for (let i = 0; i < 50; i += 1) {
    const g = generateSession(i, 3, 10);
    await storage.sessions.saveSession(g.session);
    for (const r of g.reps) await storage.sessions.saveRep(r);
  }
  const after = await storageHealth();
  expect(after.usageBytes!).toBeGreaterThan(before.usageBytes!);
  expect(typeof (await requestPersistentStorage())).toBe('boolean');
  storage.close();
  expect(await deleteAllData(name)).toEqual({ ok: true, value: undefined });
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
});

it('deleting waits for another open connection, says so, and finishes when it closes', async () => {
  const name = uniqueDbName('delete-blocked');
  const other = indexedDB.open(name, 1);
  const db = await new Promise<IDBDatabase>(
    (resolve) => (other.onsuccess = () => resolve(other.result)),
  );
  const messages: string[] = [];
  const deleting = deleteAllData(name, (m) => messages.push(m));
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toMatch(/another tab/);
  db.close();
  expect((await deleting).ok).toBe(true);
});
