// Golden replay, live path, in real Chromium with real IndexedDB: a set stored the way the live
// session stores it (persistent sink, trace recorder, the set run's records) from a real clip's
// landmarks, replayed from storage in the replay worker, gives the stored reps (count, peak ROM
// within 1°, times within a frame). A tampered trace does not; a re-scoring gives new records and
// leaves the stored ones; a bad chunk is a typed error naming it.
//
// The landmarks are the app's own export of squat-side-02.webm, which the clips e2e
// (test/e2e/clips-eval.spec.ts) keeps in .cache/landmarks; without it the tests are skipped with
// that message (a failure under CI=true).
import { afterEach, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { PoseFrame } from '../../src/core/landmarks';
import type { Prescription } from '../../src/core/session/types';
import { setComparisonProblems } from '../helpers/set-comparison';
import { traceDecode } from '../../src/core/trace-codec';
import { ms } from '../../src/core/units';
import { createReplayClient } from '../../src/platform/replay-client';
import { compareStoredSet, replayStoredSet } from '../../src/platform/replay-stored-set';
import { deleteAllData, type Storage } from '../../src/platform/storage';
import { inflateRaw } from '../../src/platform/storage/compression';
import { createStorageConnection } from '../../src/platform/storage/connection';
import { createPersistentSessionSink } from '../../src/platform/storage/persistent-session-sink';
import { traceChunkFromFrames, traceChunkId } from '../../src/platform/storage/traces-repository';
import { storeLiveSet } from '../helpers/live-set';
import { uniqueDbName } from './storage-fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    /** CI=true: data the tests need must be there. */
    isCi: boolean;
  }
}

const CLIP = 'squat-side-02.webm';
const DUMP = `.cache/landmarks/${CLIP}.json`;
const MISSING = `${DUMP} not found: run \`npx playwright test test/e2e/clips-eval.spec.ts\` once (it keeps each clip's landmarks there); skipped.`;

async function readDump(): Promise<PoseFrame[] | null> {
  try {
    return (JSON.parse(await commands.readFile(DUMP)) as { frames: PoseFrame[] }).frames;
  } catch {
    if (inject('isCi')) throw new Error(MISSING);
    return null;
  }
}
const frames = await readDump();
if (frames === null) console.warn(MISSING);

const prescription: Prescription = {
  exerciseId: 'squat',
  sets: 1,
  reps: 8,
  holdSeconds: null,
  restSeconds: 60,
  override: null,
  notes: '',
};

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** The sink the live app uses, on a database of this test's own. */
async function openSink() {
  const name = uniqueDbName('replay');
  const sink = createPersistentSessionSink({
    connection: createStorageConnection({ name }),
    onProblem: () => undefined,
    fallback: () => {
      throw new Error('IndexedDB did not open');
    },
  });
  const storage = await sink.storage();
  if (storage === null) throw new Error('no storage');
  cleanup.push(async () => {
    storage.close();
    await deleteAllData(name);
  });
  return { sink, storage };
}

async function storedSet(): Promise<{ storage: Storage; sessionId: string; setId: string }> {
  const { sink, storage } = await openSink();
  const ids = { sessionId: 'session-1', setId: 'set-1', startedAt: Date.UTC(2026, 0, 5, 9) };
  const stored = await storeLiveSet(sink, frames ?? [], prescription, ids);
  expect(stored.result.summary.repCount).toBeGreaterThanOrEqual(7);
  return { storage, ...ids };
}

function replayClient(useWorker = true) {
  const controller = new AbortController();
  cleanup.push(() => controller.abort());
  return { client: createReplayClient({ signal: controller.signal, useWorker }), controller };
}

describe.skipIf(frames === null)(`golden replay of a live set stored from ${CLIP}`, () => {
  it('replayed in the worker, the stored trace gives the stored reps', async () => {
    const { storage, sessionId, setId } = await storedSet();
    const { client } = replayClient();
    const golden = await compareStoredSet(storage, client, sessionId, setId);
    if (!golden.ok) throw new Error(golden.error.message);
    expect(client.runtime()).toBe('worker');
    expect(setComparisonProblems(golden.value)).toEqual([]);
    expect(golden.value.isSame).toBe(true);
    expect(golden.value.storedCount).toBe(golden.replay.set.repCount);
    const { timing, frameMs } = golden.replay.replay;
    expect(frameMs).toBeCloseTo(1000 / 23.976, 0);
    console.log(
      `golden replay (worker): ${golden.value.replayedCount} reps, ${timing.frames} frames, ${(timing.mediaMs / 1000).toFixed(1)} s of trace in ${timing.wallMs.toFixed(0)} ms; largest |peak ROM Δ| ${Math.max(...golden.value.reps.map((r) => Math.abs(r.peakRomDeltaDeg ?? 0))).toFixed(3)}°`,
    );
  });

  it('fails once a stored chunk is moved two frames later', async () => {
    const { storage, sessionId, setId } = await storedSet();
    const detail = await storage.sessions.getSessionDetail(sessionId);
    const firstPeak = detail?.reps[0]?.rep.peakMs ?? 0;
    const chunks = await storage.traces.readSetChunks(sessionId, setId);
    // The chunk holding the first rep's peak, and every later one, rewritten 2 frames later.
    let index = 0;
    let isShifting = false;
    for (const chunk of chunks) {
      const decoded = traceDecode(await inflateRaw(new Uint8Array(chunk.data)));
      if (!decoded.ok) throw new Error(decoded.error.code);
      isShifting ||= (decoded.value.at(-1)?.timestampMs ?? 0) >= firstPeak;
      if (isShifting) {
        const moved = decoded.value.map((f) => ({ ...f, timestampMs: ms(f.timestampMs + 84) }));
        await storage.traces.saveTraceChunk(
          await traceChunkFromFrames(sessionId, setId, index, moved),
        );
      }
      index += 1;
    }
    const { client } = replayClient();
    const golden = await compareStoredSet(storage, client, sessionId, setId);
    if (!golden.ok) throw new Error(golden.error.message);
    expect(golden.value.isSame).toBe(false);
    expect(setComparisonProblems(golden.value)[0]).toMatch(/^rep 1: /);
  });

  it('re-scoring with a lower ROM target gives new records and writes nothing', async () => {
    const { storage, sessionId, setId } = await storedSet();
    const before = await storage.exportAll(0);
    const { client } = replayClient();
    const rescored = await replayStoredSet(storage, client, sessionId, setId, {
      override: { romTargetDeg: 60 },
    });
    if (!rescored.ok) throw new Error(rescored.error.message);
    const { storedReps, replay } = rescored.value;
    expect(replay.result.summary.reps.length).toBeGreaterThan(0);
    replay.result.summary.reps.forEach((rep, i) => {
      expect(rep.quality.targetDeg).toBe(60);
      expect(rep.quality.romPercent).not.toBe(storedReps[i]?.quality.romPercent);
    });
    expect(await storage.exportAll(0)).toEqual(before);
  });

  it('the main thread gives the same replay when the worker is not used', async () => {
    const { storage, sessionId, setId } = await storedSet();
    const inWorker = await replayStoredSet(storage, replayClient().client, sessionId, setId);
    const { client } = replayClient(false);
    const onMain = await replayStoredSet(storage, client, sessionId, setId);
    if (!inWorker.ok || !onMain.ok) throw new Error('replay failed');
    expect(client.runtime()).toBe('main-thread');
    expect(onMain.value.replay.result).toEqual(inWorker.value.replay.result);
  });
});

describe('replay errors are typed outcomes', () => {
  it('a chunk that is not deflate data is named', async () => {
    const { sink, storage } = await openSink();
    const few: PoseFrame[] = [0, 40, 80].map((t) => ({
      timestampMs: ms(t),
      imageWidth: 640,
      imageHeight: 480,
      landmarks: null,
      worldLandmarks: null,
    }));
    await storeLiveSet(sink, few, prescription, { sessionId: 's', setId: 'x', startedAt: 0 });
    const good = await traceChunkFromFrames('s', 'x', 0, few);
    await storage.traces.saveTraceChunk({
      ...good,
      id: traceChunkId('x', 1),
      chunkIndex: 1,
      data: new Uint8Array([1, 2, 3, 4]).buffer,
    });
    const replayed = await replayStoredSet(storage, replayClient().client, 's', 'x');
    expect(replayed).toEqual({
      ok: false,
      error: {
        stage: 'Replay',
        code: 'bad-chunk',
        chunkId: 'x/00001',
        message: 'trace chunk x/00001 is not valid deflate data',
      },
    });
  });

  it('an aborted client answers aborted', async () => {
    const { client, controller } = replayClient();
    controller.abort();
    const answer = await client.replay({
      chunks: [],
      definition: {} as never,
      protocol: { stages: [] },
    });
    expect(answer.ok === false && answer.error.code).toBe('aborted');
  });
});
