// Time to open a report of 30 sessions with traces (issue #11, Measure): seal it to a clinic's
// key, then time reportOpen (decrypt, inflate, parse, validate the whole backup file). The traces
// are synthetic (a squat set of the test helpers: 10 reps, 30 fps, 1 px noise, trace-codec v1 and
// deflate-raw in 5-s chunks as the recorder stores them), the session shape a typical program's:
// 4 exercises × 3 sets per session. Real MediaPipe traces compress differently; the README's bound
// is under 200 KB per minute, and the per-minute figure printed here can be set against it.
// Run: npm run bench:report
import { performance } from 'node:perf_hooks';
import type { ExerciseSetRecord, SessionRecord } from '../../src/core/session/types';
import { traceEncode } from '../../src/core/trace-codec';
import { reportOpen, reportSeal } from '../../src/platform/share/clinic-report';
import { clinicKeysGenerate, clinicPublicKeys } from '../../src/platform/share/clinic-keys';
import { backupFile, emptyBackupData } from '../../src/platform/storage/backup';
import { deflateRaw } from '../../src/platform/storage/compression';
import { TRACE_CHUNK_MS, traceChunkFrames } from '../../src/platform/storage/trace-chunks';
import { repSet, SQUAT_BOTTOM } from '../helpers/exercise-sets';
import { STANDING } from '../helpers/stick-body';

const SESSIONS = 30;
const EXERCISES = 4;
const SETS = 3;
const RUNS = 5;

const { frames } = repSet(
  STANDING,
  [SQUAT_BOTTOM],
  { leadMs: 1500, count: 10, outMs: 1300, backMs: 1300, restMs: 500, tailMs: 1500 },
  { view: 'side', seed: 7 },
);
const chunks = await Promise.all(
  traceChunkFrames(frames, TRACE_CHUNK_MS).map(async (c) => ({
    frames: c,
    data: await deflateRaw(traceEncode(c)),
  })),
);
const setMinutes = frames.length / 30 / 60;
const setBytes = chunks.reduce((n, c) => n + c.data.length, 0);

const data = emptyBackupData();
const sessions: SessionRecord[] = [];
const sets: ExerciseSetRecord[] = [];
const traces: (typeof data.traces)[number][] = [];
for (let s = 0; s < SESSIONS; s += 1) {
  const session: SessionRecord = {
    id: `session-${s}`,
    programId: 'L@v1',
    programVersion: 1,
    startedAt: 1_796_000_000_000 + s * 86_400_000,
    endedAt: 1_796_000_000_000 + s * 86_400_000 + 900_000,
    status: 'completed',
    painBefore: 2,
    painAfter: 3,
    exertion: 5,
    ownerId: 'tab',
    notes: '',
  };
  sessions.push(session);
  for (let e = 0; e < EXERCISES; e += 1) {
    for (let n = 1; n <= SETS; n += 1) {
      const id = `${session.id}-e${e}-s${n}`;
      sets.push({
        id,
        sessionId: session.id,
        exerciseId: 'squat',
        setNumber: n,
        prescription: {
          exerciseId: 'squat',
          sets: SETS,
          reps: 10,
          holdSeconds: null,
          restSeconds: 60,
          override: null,
          notes: '',
        },
        startedAt: session.startedAt + (e * SETS + n) * 60_000,
        endedAt: session.startedAt + (e * SETS + n) * 60_000 + 40_000,
        status: 'completed',
        repCount: 10,
        holdSeconds: null,
        painBefore: null,
        painAfter: 3,
        exertion: 5,
        summary: null,
      });
      chunks.forEach((c, i) =>
        traces.push({
          id: `${id}/${i}`,
          sessionId: session.id,
          setId: id,
          chunkIndex: i,
          startMs: c.frames[0]?.timestampMs ?? 0,
          endMs: c.frames[c.frames.length - 1]?.timestampMs ?? 0,
          frameCount: c.frames.length,
          encoding: 'fct1+deflate-raw',
          data: btoa(String.fromCharCode(...c.data)),
        }),
      );
    }
  }
}
data.sessions = sessions;
data.sets = sets;
data.traces = traces;
const report = backupFile('session', data, 1_796_100_000_000);
const keys = await clinicKeysGenerate();
const sealed = await reportSeal(report, (await clinicPublicKeys(keys)).receivingRaw);

const times: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const t0 = performance.now();
  const opened = await reportOpen(sealed, keys);
  times.push(performance.now() - t0);
  if (!opened.ok) throw new Error(`report did not open: ${JSON.stringify(opened.error)}`);
}
times.sort((a, b) => a - b);
const traceMinutes = setMinutes * SESSIONS * EXERCISES * SETS;
console.log(
  `Synthetic trace: ${(setBytes / setMinutes / 1024).toFixed(0)} KiB per minute (${frames.length} frames a set).`,
);
console.log(
  `Report: ${SESSIONS} sessions, ${sets.length} sets, ${traces.length} trace chunks, ${traceMinutes.toFixed(0)} min of trace; sealed ${(sealed.length / 2 ** 20).toFixed(2)} MiB.`,
);
console.log(
  `reportOpen over ${RUNS} runs: median ${times[Math.floor(RUNS / 2)]?.toFixed(0)} ms, min ${times[0]?.toFixed(0)} ms, max ${times[RUNS - 1]?.toFixed(0)} ms (Node ${process.version}).`,
);
