// Bytes per minute of stored pose trace, from real MediaPipe output of the clips (the dumps the
// eval writes to .cache/landmarks). Encodes each clip in 5-second chunks exactly as the trace
// recorder does (trace-codec v1, then deflate-raw via CompressionStream) and scales the bytes per
// frame to 30 fps. Run: npx tsx test/bench/storage-trace-size.ts
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PoseFrame } from '../../src/core/landmarks';
import { traceEncode } from '../../src/core/trace-codec';
import { TRACE_CHUNK_MS, traceChunkFrames } from '../../src/platform/storage/trace-chunks';
import { deflateRaw } from '../../src/platform/storage/compression';

const dir = resolve(import.meta.dirname, '../../.cache/landmarks');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
if (files.length === 0) throw new Error(`no landmark dumps in ${dir}: run npm run eval first`);
let totalFrames = 0;
let totalBytes = 0;
let totalRaw = 0;
for (const file of files) {
  const dump = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as {
    fps: number;
    frames: PoseFrame[];
  };
  let bytes = 0;
  let raw = 0;
  for (const chunk of traceChunkFrames(dump.frames, TRACE_CHUNK_MS)) {
    const encoded = traceEncode(chunk);
    raw += encoded.byteLength;
    bytes += (await deflateRaw(encoded)).byteLength;
  }
  const perFrame = bytes / dump.frames.length;
  console.log(
    `${file.padEnd(44)} ${String(dump.fps).padStart(3)} fps ${String(dump.frames.length).padStart(5)} frames ` +
      `${perFrame.toFixed(1).padStart(6)} B/frame (codec only ${(raw / dump.frames.length).toFixed(1)}) ` +
      `→ ${((perFrame * 30 * 60) / 1000).toFixed(1)} KB/min at 30 fps`,
  );
  totalFrames += dump.frames.length;
  totalBytes += bytes;
  totalRaw += raw;
}
const perFrame = totalBytes / totalFrames;
console.log(
  `ALL ${totalFrames} frames: ${perFrame.toFixed(1)} B/frame, codec only ${(totalRaw / totalFrames).toFixed(1)} B/frame; ` +
    `${((perFrame * 1800) / 1000).toFixed(1)} KB per minute at 30 fps (target ≤ 250)`,
);
