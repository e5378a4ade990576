// Trace chunks through the real CompressionStream and IndexedDB.
import { afterEach, expect, it } from 'vitest';
import type { PoseFrame, PoseLandmark } from '../../src/core/landmarks';
import { TRACE_MAX_ERROR } from '../../src/core/trace-codec';
import { ms } from '../../src/core/units';
import { deleteAllData, openStorage, type Storage } from '../../src/platform/storage';
import { TRACE_CHUNK_MS } from '../../src/platform/storage/trace-chunks';
import { uniqueDbName } from './storage-fixtures';

const opened: { storage: Storage; name: string }[] = [];
afterEach(async () => {
  for (const { storage, name } of opened.splice(0)) {
    storage.close();
    await deleteAllData(name);
  }
});

const landmarks = (t: number, world: boolean): PoseLandmark[] =>
  Array.from({ length: 33 }, (_, i) => ({
    x: (world ? -0.4 : 0.2) + 0.01 * i + 0.05 * Math.sin(t / 400 + i),
    y: (world ? -0.8 : 0.1) + 0.02 * i + 0.05 * Math.cos(t / 500 + i),
    z: -0.3 + 0.01 * Math.sin(t / 300),
    visibility: 0.5 + 0.49 * Math.sin(i + t / 1000),
    presence: 0.99,
  }));

const frameAt = (i: number): PoseFrame => {
  const t = i * 33.3667;
  const missing = i % 50 === 7;
  return {
    timestampMs: ms(t),
    imageWidth: 640,
    imageHeight: 480,
    landmarks: missing ? null : landmarks(t, false),
    worldLandmarks: missing ? null : landmarks(t, true),
  };
};

it('a set recorded frame by frame reads back within the quantisation error, chunk by chunk', async () => {
  const name = uniqueDbName('traces');
  const storage = await openStorage({ name });
  opened.push({ storage, name });
  const frames = Array.from({ length: 600 }, (_, i) => frameAt(i)); // 20 s at ~30 fps
  const recorder = storage.createTraceRecorder('s1', 'set1');
  for (const f of frames) recorder.push(f);
  await recorder.flush();

  const detail = await storage.sessions.getSessionDetail('s1');
  expect(detail).toBeNull(); // traces alone make no session
  const read = await storage.traces.readSetTrace('s1', 'set1');
  if (!read.ok) throw new Error(read.error);
  expect(read.value.length).toBe(frames.length);
  read.value.forEach((got, i) => {
    const want = frames[i]!;
    expect(Math.abs(got.timestampMs - want.timestampMs)).toBeLessThanOrEqual(
      TRACE_MAX_ERROR.timeMs + 1e-9,
    );
    expect(got.landmarks === null).toBe(want.landmarks === null);
    want.landmarks?.forEach((lm, l) => {
      const g = got.landmarks![l]!;
      expect(Math.abs(g.x - lm.x)).toBeLessThanOrEqual(TRACE_MAX_ERROR.image + 1e-12);
      expect(Math.abs(g.z - lm.z)).toBeLessThanOrEqual(TRACE_MAX_ERROR.imageZ + 1e-12);
      expect(Math.abs(g.visibility - lm.visibility)).toBeLessThanOrEqual(
        TRACE_MAX_ERROR.confidence + 1e-12,
      );
    });
    want.worldLandmarks?.forEach((lm, l) => {
      expect(Math.abs(got.worldLandmarks![l]!.y - lm.y)).toBeLessThanOrEqual(
        TRACE_MAX_ERROR.world + 1e-12,
      );
    });
  });
  const chunks = await storage.exportSession('s1', 0);
  expect(chunks).toBeNull();
  const all = await storage.exportAll(0);
  const expectedChunks = Math.ceil((frames.at(-1)!.timestampMs + 1) / TRACE_CHUNK_MS);
  expect(all.data.traces.map((t) => t.chunkIndex)).toEqual(
    Array.from({ length: expectedChunks }, (_, i) => i),
  );
});
