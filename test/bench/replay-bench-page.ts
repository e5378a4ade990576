// The replay benchmark page: a real clip analysed once by the app's file path (worker, MediaPipe)
// gives real landmarks; they are repeated with shifted times into a one-minute set, stored the way
// the live session stores a set (IndexedDB, trace chunks, the set run's records), then replayed
// from storage through the replay client, in the worker and on the main thread, in turns.
import type { PoseFrame } from '../../src/core/landmarks';
import type { Prescription } from '../../src/core/session/types';
import { ms } from '../../src/core/units';
import { assetBases, modelOption } from '../../src/platform/models';
import { createPoseClient } from '../../src/platform/pose-client';
import { createReplayClient, type ReplayRuntime } from '../../src/platform/replay-client';
import { replayStoredSet } from '../../src/platform/replay-stored-set';
import { deleteAllData } from '../../src/platform/storage';
import { createStorageConnection } from '../../src/platform/storage/connection';
import { createPersistentSessionSink } from '../../src/platform/storage/persistent-session-sink';
import { analyseVideo, openVideoFile } from '../../src/platform/video-file';
import { storeLiveSet } from '../helpers/live-set';

export interface ReplayRun {
  readonly runtime: ReplayRuntime;
  /** The replay call as the page sees it: reading the chunks from IndexedDB to the result. */
  readonly callMs: number;
  /** Inflate, decode and set run, on the thread that ran them (the API's own clock). */
  readonly apiMs: number;
  /** Main-thread long tasks (> 50 ms) during the call, and their total time. */
  readonly longTasks: number;
  readonly longTaskMs: number;
}

export interface ReplayBenchFigures {
  readonly clipFrames: number;
  readonly frames: number;
  readonly mediaMs: number;
  readonly chunks: number;
  readonly traceBytes: number;
  readonly reps: number;
  /** The first replay of each client (worker start or module load included). */
  readonly cold: readonly ReplayRun[];
  readonly runs: readonly ReplayRun[];
}

async function clipFrames(url: string): Promise<PoseFrame[]> {
  const opened = await openVideoFile(await (await fetch(url)).blob());
  if (!opened.ok) throw new Error(opened.error.message);
  const controller = new AbortController();
  const client = createPoseClient({ signal: controller.signal });
  const model = modelOption('pose_landmarker_lite.task');
  const init = await client.init({ model, delegate: 'CPU', ...assetBases() });
  if (!init.ok) throw new Error(init.error.message);
  const frames: PoseFrame[] = [];
  const result = await analyseVideo({
    client,
    video: opened.value,
    signal: controller.signal,
    onResult: (d) =>
      frames.push({
        timestampMs: ms(d.timestampMs),
        imageWidth: d.imageWidth,
        imageHeight: d.imageHeight,
        landmarks: d.landmarks,
        worldLandmarks: d.worldLandmarks,
      }),
  });
  controller.abort();
  if (!result.ok) throw new Error(result.error.message);
  return frames;
}

/** The clip's frames again and again, each pass one frame after the last, cut at `seconds`. */
function repeatedTo(frames: readonly PoseFrame[], seconds: number): PoseFrame[] {
  const first = frames[0]?.timestampMs ?? 0;
  const last = frames.at(-1)?.timestampMs ?? 0;
  const step = (last - first) / Math.max(1, frames.length - 1);
  const out: PoseFrame[] = [];
  for (let pass = 0; ; pass += 1) {
    for (const f of frames) {
      const t = f.timestampMs - first + pass * (last - first + step);
      if (t > seconds * 1000) return out;
      out.push({ ...f, timestampMs: ms(t) });
    }
  }
}

/** Main-thread long tasks (> 50 ms) from now until the returned stop: their count and time. */
function watchLongTasks(): () => Promise<{ count: number; ms: number }> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return async () => {
    // A long task is reported once it has ended: let the task that ran the replay end first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    entries.push(...observer.takeRecords());
    observer.disconnect();
    return { count: entries.length, ms: entries.reduce((n, e) => n + e.duration, 0) };
  };
}

async function run(url: string, seconds: number, rounds: number): Promise<ReplayBenchFigures> {
  const clip = await clipFrames(url);
  const minute = repeatedTo(clip, seconds);
  const name = `formcoach-replay-bench-${Date.now()}`;
  const sink = createPersistentSessionSink({
    connection: createStorageConnection({ name }),
    onProblem: () => undefined,
    fallback: () => {
      throw new Error('IndexedDB did not open');
    },
  });
  const storage = await sink.storage();
  if (storage === null) throw new Error('no storage');
  const prescription: Prescription = {
    exerciseId: 'squat',
    sets: 1,
    reps: 100,
    holdSeconds: null,
    restSeconds: 60,
    override: null,
    notes: '',
  };
  const ids = { sessionId: 'bench', setId: 'bench-set', startedAt: Date.now() };
  const stored = await storeLiveSet(sink, minute, prescription, ids);
  const chunks = await storage.traces.readSetChunks(ids.sessionId, ids.setId);
  const controller = new AbortController();
  const clients = [
    createReplayClient({ signal: controller.signal }),
    createReplayClient({ signal: controller.signal, useWorker: false }),
  ];
  const once = async (client: (typeof clients)[number]): Promise<ReplayRun> => {
    const stop = watchLongTasks();
    const started = performance.now();
    const replayed = await replayStoredSet(storage, client, ids.sessionId, ids.setId);
    const callMs = performance.now() - started;
    const longTasks = await stop();
    if (!replayed.ok) throw new Error(replayed.error.message);
    if (replayed.value.replay.result.summary.repCount !== stored.result.summary.repCount) {
      throw new Error('the replay counted another number of reps than was stored');
    }
    return {
      runtime: client.runtime(),
      callMs,
      apiMs: replayed.value.replay.timing.wallMs,
      longTasks: longTasks.count,
      longTaskMs: longTasks.ms,
    };
  };
  const cold = [await once(clients[0]!), await once(clients[1]!)];
  const runs: ReplayRun[] = [];
  for (let i = 0; i < rounds; i += 1) for (const client of clients) runs.push(await once(client));
  controller.abort();
  storage.close();
  await deleteAllData(name);
  return {
    clipFrames: clip.length,
    frames: minute.length,
    mediaMs: (minute.at(-1)?.timestampMs ?? 0) - (minute[0]?.timestampMs ?? 0),
    chunks: chunks.length,
    traceBytes: chunks.reduce((n, c) => n + c.data.byteLength, 0),
    reps: stored.result.summary.repCount,
    cold,
    runs,
  };
}

declare global {
  interface Window {
    replayBench: { run: typeof run };
  }
}
window.replayBench = { run };
document.body.dataset['ready'] = 'true';
