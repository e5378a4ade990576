// Playback of an analysed file: the file plays in the video element (with its controls) and the
// skeleton of the nearest analysed frame is drawn over it as it plays or is scrubbed.
import type { PoseFrame } from '../../core/landmarks';
import { drawSkeleton } from '../draw-skeleton';

export interface PlaybackView {
  readonly video: HTMLVideoElement;
  readonly canvas: HTMLCanvasElement;
}

/** The trace frame nearest a media time (the trace is in the file's own frame times). */
export function traceFrameAt(trace: readonly PoseFrame[], timeMs: number): PoseFrame | null {
  let lo = 0;
  let hi = trace.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((trace[mid]?.timestampMs ?? 0) < timeMs) lo = mid + 1;
    else hi = mid;
  }
  const after = trace[lo];
  const before = trace[lo - 1];
  if (before !== undefined && after !== undefined) {
    return timeMs - before.timestampMs <= after.timestampMs - timeMs ? before : after;
  }
  return after ?? null;
}

/** Plays `file` in the view with the trace's skeleton; the returned function ends it. */
export function startPlayback(
  { video, canvas }: PlaybackView,
  file: File,
  trace: readonly PoseFrame[],
): () => void {
  const stop = new AbortController();
  const url = URL.createObjectURL(file);
  const draw = (): void => {
    const frame = traceFrameAt(trace, video.currentTime * 1000);
    if (frame === null) return;
    if (canvas.width !== frame.imageWidth || canvas.height !== frame.imageHeight) {
      canvas.width = frame.imageWidth;
      canvas.height = frame.imageHeight;
    }
    const context = canvas.getContext('2d');
    if (context === null) return;
    context.clearRect(0, 0, canvas.width, canvas.height);
    const drawn =
      frame.landmarks === null
        ? 0
        : drawSkeleton(context, frame.landmarks, canvas.width, canvas.height);
    canvas.dataset['landmarks'] = String(drawn);
    canvas.dataset['frameTime'] = String(frame.timestampMs);
  };
  const onFrame = (): void => {
    if (stop.signal.aborted) return;
    draw();
    video.requestVideoFrameCallback(onFrame);
  };
  for (const name of ['loadeddata', 'seeked', 'timeupdate'] as const) {
    video.addEventListener(name, draw, { signal: stop.signal });
  }
  video.requestVideoFrameCallback(onFrame);
  video.src = url;
  return () => {
    stop.abort();
    URL.revokeObjectURL(url);
    video.removeAttribute('src');
    video.load();
  };
}
