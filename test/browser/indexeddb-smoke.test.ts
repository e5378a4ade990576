import { openDB } from 'idb';
import { expect, it } from 'vitest';

it('runs in a real browser with IndexedDB', async () => {
  expect(navigator.userAgent).toMatch(/Chrome/);
  const db = await openDB('smoke', 1, {
    upgrade(database) {
      database.createObjectStore('things', { keyPath: 'id' });
    },
  });
  await db.put('things', { id: 'a', value: 1 });
  expect(await db.get('things', 'a')).toEqual({ id: 'a', value: 1 });
  db.close();
});
