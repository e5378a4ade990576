// Live frames from the camera to the pose client: one frame in flight, the newest frame wins,
// frames that never got sent are counted as dropped.
//
// Two ways to get the frames, the first one the browser has:
// - 'track': the camera's own frames, as they are captured (MediaStreamTrackProcessor on a clone
//   of the video track). No waiting for the <video> element to show a frame.
// - 'video': requestVideoFrameCallback on the <video> element, which fires when a frame is shown
//   (in step with the display, so up to one display refresh after capture); frames whose media
//   time did not move are skipped.
// Measured side by side by `npm run bench` (capture → result latency, main-thread time per frame).
import type { PoseDetection } from '../../workers/pose-types';
import type { AppError } from './errors';
import { epochNow, type PoseClient } from './pose-client';

export interface LiveResult {
  readonly detection: PoseDetection;
  /** From posting the frame to its result arriving back on this thread. */
  readonly roundTripMs: number;
  /** From the camera's capture time (or the frame's arrival, if the camera gives none) to here. */
  readonly captureToResultMs: number;
}

export interface PumpStats {
  readonly framesSeen: number;
  readonly framesProcessed: number;
  readonly framesDropped: number;
}

export type FrameSource = 'track' | 'video';

export interface LivePumpOptions {
  readonly client: PoseClient;
  readonly video: HTMLVideoElement;
  readonly signal: AbortSignal;
  readonly onResult: (result: LiveResult) => void;
  readonly onError: (error: AppError) => void;
  /** Where frames come from; by default 'track' where the browser can, else 'video'. */
  readonly source?: FrameSource;
}

/** One camera frame waiting to be sent. */
interface PendingFrame {
  /** Capture time on this page's performance clock. */
  readonly capturedAtMs: number;
  /** The frame as a bitmap to transfer to the worker; releases whatever else held it. */
  toBitmap(): Promise<ImageBitmap>;
  /** The frame is dropped unsent. */
  release(): void;
}

/** The part of MediaStreamTrackProcessor used here (TypeScript's DOM library lacks it). */
type TrackProcessorConstructor = new (init: { track: MediaStreamTrack }) => {
  readonly readable: ReadableStream<VideoFrame>;
};
const trackProcessor = (): TrackProcessorConstructor | undefined =>
  (globalThis as { MediaStreamTrackProcessor?: TrackProcessorConstructor })
    .MediaStreamTrackProcessor;

const videoTrackOf = (video: HTMLVideoElement): MediaStreamTrack | undefined =>
  video.srcObject instanceof MediaStream ? video.srcObject.getVideoTracks()[0] : undefined;

/** The source a pump on `video` uses when none is asked for. */
export const defaultFrameSource = (video: HTMLVideoElement): FrameSource =>
  trackProcessor() !== undefined && videoTrackOf(video) !== undefined ? 'track' : 'video';

export function startLivePump({
  client,
  video,
  signal,
  onResult,
  onError,
  source = defaultFrameSource(video),
}: LivePumpOptions): { stats: () => PumpStats; source: FrameSource } {
  let seen = 0;
  let processed = 0;
  let inFlight = false;
  /** The newest frame that arrived while another was in flight. */
  let waiting: PendingFrame | null = null;

  const frameFailed = (error: unknown): void => {
    if (signal.aborted) return;
    onError({
      stage: 'Camera',
      code: 'frame-failed',
      message: `a camera frame could not be read (${error instanceof Error ? error.message : String(error)}).`,
    });
  };

  const send = async (frame: PendingFrame): Promise<void> => {
    inFlight = true;
    try {
      const bitmap = await frame.toBitmap();
      if (signal.aborted) {
        bitmap.close();
        return;
      }
      const postedAt = epochNow();
      const outcome = await client.detect(bitmap, frame.capturedAtMs);
      if (signal.aborted) return;
      if (!outcome.ok) {
        // A frame lost to a landmarker that failed and was replaced: counted as dropped, the
        // frames (and the set) go on.
        if (outcome.error.code !== 'frame-lost') onError(outcome.error);
        return;
      }
      processed += 1;
      onResult({
        detection: outcome.value,
        roundTripMs: epochNow() - postedAt,
        captureToResultMs: performance.now() - frame.capturedAtMs,
      });
    } catch (error) {
      frameFailed(error);
    } finally {
      inFlight = false;
    }
    const next = waiting;
    waiting = null;
    // send catches its own failures (frameFailed, onError): it never rejects.
    if (next !== null && !signal.aborted) void send(next);
  };

  const offer = (frame: PendingFrame): void => {
    if (signal.aborted) return frame.release();
    seen += 1;
    if (!inFlight) return void send(frame);
    waiting?.release();
    waiting = frame;
  };
  signal.addEventListener('abort', () => {
    waiting?.release();
    waiting = null;
  });

  if (source === 'track') pullFromTrack(video, signal, offer, frameFailed);
  else pullFromVideo(video, signal, offer);

  return {
    source,
    stats: () => ({
      framesSeen: seen,
      framesProcessed: processed,
      framesDropped: Math.max(0, seen - processed - (inFlight ? 1 : 0) - (waiting ? 1 : 0)),
    }),
  };
}

/** Frames as the <video> element shows them. */
function pullFromVideo(
  video: HTMLVideoElement,
  signal: AbortSignal,
  offer: (frame: PendingFrame) => void,
): void {
  let lastMediaTimeMs = -Infinity;
  const onFrame = (now: number, metadata: VideoFrameCallbackMetadata): void => {
    if (signal.aborted) return;
    video.requestVideoFrameCallback(onFrame);
    const mediaTimeMs = metadata.mediaTime * 1000;
    if (mediaTimeMs === lastMediaTimeMs) return;
    lastMediaTimeMs = mediaTimeMs;
    offer({
      capturedAtMs: metadata.captureTime ?? now,
      // An ImageBitmap, not `new VideoFrame(video)`: measured side by side in the bench (20 s,
      // lite, CPU), wrapping a VideoFrame cut main-thread time (1.6 vs 3.1 ms per frame) but the
      // worker's conversion raised capture-to-result latency (p50 43 vs 37 ms, p95 59 vs 44 ms).
      // The element's current frame is taken when it is sent: the newest there is by then.
      toBitmap: () => createImageBitmap(video),
      release: () => undefined,
    });
  };
  video.requestVideoFrameCallback(onFrame);
}

/**
 * The camera's frames as captured, read from a clone of its track (stopping the clone leaves the
 * camera and the <video> element running). A frame's timestamp is on the capture clock; it is put
 * on this page's clock by the smallest (timestamp → arrival) gap seen so far, so a frame that
 * arrives late still counts its wait in the latency.
 */
function pullFromTrack(
  video: HTMLVideoElement,
  signal: AbortSignal,
  offer: (frame: PendingFrame) => void,
  onFailure: (error: unknown) => void,
): void {
  const Processor = trackProcessor();
  const track = videoTrackOf(video)?.clone();
  if (Processor === undefined || track === undefined) {
    onFailure(new Error('the camera track cannot be read'));
    return;
  }
  const reader = new Processor({ track }).readable.getReader();
  // On abort the clone is stopped and the reader drained, not cancelled: frames the processor
  // had queued then come through `offer`, which closes them. Cancelling dropped them unclosed
  // ("A VideoFrame was garbage collected without being closed", seen in the model-faults e2e).
  signal.addEventListener('abort', () => track.stop(), { once: true });
  let clockOffsetMs = Infinity;
  const read = async (): Promise<void> => {
    for (;;) {
      const { value: frame, done } = await reader.read();
      if (done) return;
      const timestampMs = frame.timestamp / 1000;
      clockOffsetMs = Math.min(clockOffsetMs, performance.now() - timestampMs);
      offer({
        capturedAtMs: timestampMs + clockOffsetMs,
        async toBitmap() {
          try {
            return await createImageBitmap(frame);
          } finally {
            frame.close();
          }
        },
        release: () => frame.close(),
      });
    }
  };
  read().catch((error: unknown) => {
    if (!signal.aborted) onFailure(error);
  });
}
