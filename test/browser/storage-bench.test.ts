// Measurements (printed): history open time with 365 sessions, write cost per rep.
import { openDB } from 'idb';
import { afterAll, expect, it } from 'vitest';
import { deleteAllData, openStorage, type Storage } from '../../src/platform/storage';
import { generateSession, makeRep, makeSession, makeSet, uniqueDbName } from './storage-fixtures';

const name = uniqueDbName('bench');
let storage: Storage | null = null;
afterAll(async () => {
  storage?.close();
  await deleteAllData(name);
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

it('opens the history of 365 sessions and writes reps one by one', async () => {
  storage = await openStorage({ name });
  // Seed a year of sessions (3 sets × 10 reps each) in one bulk transaction.
  const raw = await openDB(name);
  const tx = raw.transaction(['sessions', 'sets', 'reps', 'partials', 'cues'], 'readwrite');
  for (let i = 0; i < 365; i += 1) {
    const g = generateSession(i, 3, 10);
    void tx.objectStore('sessions').put(g.session);
    for (const s of g.sets) void tx.objectStore('sets').put(s);
    for (const r of g.reps) void tx.objectStore('reps').put(r);
    for (const p of g.partials) void tx.objectStore('partials').put(p);
    for (const c of g.cues) void tx.objectStore('cues').put(c);
  }
  await tx.done;
  raw.close();

  const listTimes: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const t0 = performance.now();
    const list = await storage.sessions.listSessions();
    listTimes.push(performance.now() - t0);
    expect(list.length).toBe(365);
  }
  const detailTimes: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const t0 = performance.now();
    const detail = await storage.sessions.getSessionDetail(`session-${run * 50}`);
    detailTimes.push(performance.now() - t0);
    expect(detail?.reps.length).toBe(30);
  }

  // A live session: the sink writes each rep as it happens, as the coaching UI does.
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  const sink = storage.createSessionSink();
  const session = makeSession(1000, { status: 'in_progress', endedAt: null });
  const set = makeSet(session, 0, { status: 'in_progress', endedAt: null, repCount: 0 });
  await sink.startSession(session);
  await sink.startSet(set);
  const repTimes: number[] = [];
  for (let i = 1; i <= 300; i += 1) {
    const t0 = performance.now();
    await sink.saveRep(makeRep(set, i));
    await sink.updateSet(set.id, { repCount: i });
    repTimes.push(performance.now() - t0);
  }
  await sink.updateSession(session.id, { status: 'completed', endedAt: session.startedAt + 1 });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  observer.disconnect();
  expect(sink.error).toBeNull();

  const mean = repTimes.reduce((a, b) => a + b, 0) / repTimes.length;
  console.log(
    [
      `history: listSessions() of 365 sessions (1,095 sets, 10,950 reps stored): median ${median(listTimes).toFixed(1)} ms, max ${Math.max(...listTimes).toFixed(1)} ms over ${listTimes.length} runs`,
      `session detail (3 sets, 30 reps): median ${median(detailTimes).toFixed(1)} ms`,
      `per rep (saveRep + updateSet, each its own committed transaction): mean ${mean.toFixed(2)} ms, p95 ${quantile(repTimes, 0.95).toFixed(2)} ms, max ${Math.max(...repTimes).toFixed(2)} ms over ${repTimes.length} reps`,
      `main-thread long tasks (>50 ms) during those writes: ${longTasks.length}${longTasks.length ? ` (${longTasks.map((d) => d.toFixed(0)).join(', ')} ms)` : ''}`,
    ].join('\n'),
  );
}, 120_000);
