// The replay client when its worker fails mid-replay, in real Chromium with real workers: a crash
// (an uncaught error in the worker) or a hang answers `worker-failed` instead of waiting forever,
// and the next replay starts a new worker that answers.
import { afterEach, describe, expect, it } from 'vitest';
import { getExercise } from '../../src/core/exercises/library';
import { OPEN_PROTOCOL } from '../../src/core/set-run/protocol';
import { createReplayClient } from '../../src/platform/replay-client';
import type { ReplayRequest } from '../../workers/replay-api';

const failing = (mode: 'crash' | 'hang') => () =>
  new Worker(new URL('./workers/failing-replay.worker.ts', import.meta.url), {
    type: 'module',
    name: mode,
  });
const real = () =>
  new Worker(new URL('../../workers/replay.worker.ts', import.meta.url), { type: 'module' });

/** No chunks: the real worker answers `no-trace`, which is an answer (not a failure). */
const request = (): ReplayRequest => ({
  chunks: [],
  definition: getExercise('squat'),
  protocol: OPEN_PROTOCOL,
});

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
});

function client(workers: (() => Worker)[], stallMs = 60_000) {
  const controller = new AbortController();
  controllers.push(controller);
  let started = 0;
  const replay = createReplayClient({
    signal: controller.signal,
    stallMs,
    createWorker: () => {
      const next = workers[Math.min(started, workers.length - 1)];
      started += 1;
      if (next === undefined) throw new Error('no worker given');
      return next();
    },
  });
  return { replay, started: () => started };
}

describe('a replay worker that fails while replaying', () => {
  it('a crash answers worker-failed, and the next replay starts a worker that answers', async () => {
    const { replay, started } = client([failing('crash'), real]);
    const first = await replay.replay(request());
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error.code).toBe('worker-failed');
    expect(first.error.message).toContain('replay worker crashed');
    const second = await replay.replay(request());
    expect(started()).toBe(2);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('no-trace');
    expect(replay.runtime()).toBe('worker');
  });

  it('a hang answers worker-failed after the stall time', async () => {
    const { replay } = client([failing('hang')], 500);
    const startedAt = performance.now();
    const outcome = await replay.replay(request());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('worker-failed');
    expect(outcome.error.message).toContain('no answer in 0.5 s');
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(450);
  });
});
