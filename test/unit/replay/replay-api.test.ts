// The replay API on its own thread's terms (Node has DecompressionStream too): chunks inflated,
// decoded and run through the set run give what the set run gives the frames; every bad input is
// a typed outcome naming what is wrong.
import { describe, expect, it } from 'vitest';
import { getExercise } from '../../../src/core/exercises/library';
import type { PoseFrame } from '../../../src/core/landmarks';
import { OPEN_PROTOCOL, protocolOfSet, setRunReplay } from '../../../src/core/set-run';
import { traceDecode, traceEncode } from '../../../src/core/trace-codec';
import { ms } from '../../../src/core/units';
import { deflateRaw } from '../../../src/platform/storage/compression';
import { TRACE_CHUNK_MS, traceChunkFrames } from '../../../src/platform/storage/trace-chunks';
import { createReplayApi, type ReplayChunk } from '../../../workers/replay-api';
import { repSet, SQUAT_BOTTOM } from '../../helpers/exercise-sets';
import { STANDING } from '../../helpers/stick-body';

const squat = getExercise('squat');
const { frames } = repSet(
  STANDING,
  [SQUAT_BOTTOM],
  { leadMs: 1000, count: 4, outMs: 1200, backMs: 1200, restMs: 700, holdMs: 300 },
  { view: 'side', seed: 9 },
);

async function chunksOf(all: readonly PoseFrame[]): Promise<ReplayChunk[]> {
  return Promise.all(
    traceChunkFrames(all, TRACE_CHUNK_MS).map(async (chunk, i) => {
      const bytes = await deflateRaw(traceEncode(chunk));
      return { id: `set/${i}`, data: bytes.slice().buffer };
    }),
  );
}

describe('the replay API', () => {
  it('gives the set run of the decoded frames, with the trace timing', async () => {
    const chunks = await chunksOf(frames);
    expect(chunks.length).toBeGreaterThan(1);
    const protocol = protocolOfSet(squat, 3);
    const outcome = await createReplayApi().replay({ chunks, definition: squat, protocol });
    if (!outcome.ok) throw new Error(outcome.error.message);
    // Decoded chunk by chunk (each chunk's times are kept relative to its own first frame).
    const decoded = traceChunkFrames(frames, TRACE_CHUNK_MS).flatMap((chunk) => {
      const d = traceDecode(traceEncode(chunk));
      if (!d.ok) throw new Error(d.error.code);
      return d.value;
    });
    expect(outcome.value.result).toEqual(setRunReplay(squat, protocol, decoded));
    expect(outcome.value.result.summary.repCount).toBe(3);
    expect(outcome.value.timing.frames).toBe(frames.length);
    expect(outcome.value.frameMs).toBe(34);
  });

  it('keeps the reps shown when told', async () => {
    const chunks = await chunksOf(frames);
    const outcome = await createReplayApi().replay({
      chunks,
      definition: squat,
      protocol: OPEN_PROTOCOL,
      keepReps: 2,
    });
    expect(outcome.ok && outcome.value.result.summary.repCount).toBe(2);
  });

  it('names the bad chunk, the bad definition, the bad protocol and a missing trace', async () => {
    const api = createReplayApi();
    const [first, second] = await chunksOf(frames);
    if (first === undefined || second === undefined) throw new Error('two chunks expected');
    const request = { definition: squat, protocol: OPEN_PROTOCOL };
    const garbage = { id: 'set/1', data: new Uint8Array([9, 9, 9]).buffer };
    const truncated = {
      id: 'set/1',
      data: (await deflateRaw(traceEncode(frames.slice(200, 260)).slice(0, 30))).slice().buffer,
    };
    const early = await chunksOf(
      frames.map((f) => ({ ...f, timestampMs: ms(f.timestampMs - 9000) })),
    );
    const code = async (r: Parameters<typeof api.replay>[0]) => {
      const outcome = await api.replay(r);
      return outcome.ok ? 'ok' : [outcome.error.code, outcome.error.chunkId ?? null];
    };
    expect(await code({ ...request, chunks: [first, garbage] })).toEqual(['bad-chunk', 'set/1']);
    expect(await code({ ...request, chunks: [first, truncated] })).toEqual(['bad-chunk', 'set/1']);
    expect(await code({ ...request, chunks: [second, { ...early[0]!, id: 'set/9' }] })).toEqual([
      'bad-chunk',
      'set/9',
    ]);
    expect(await code({ ...request, chunks: [] })).toEqual(['no-trace', null]);
    expect(
      await code({
        chunks: [first],
        definition: { ...squat, rep: null, hold: null },
        protocol: OPEN_PROTOCOL,
      }),
    ).toEqual(['bad-exercise', null]);
    expect(await code({ ...request, chunks: [first], protocol: { stages: [] } })).toEqual([
      'bad-protocol',
      null,
    ]);
  });
});
