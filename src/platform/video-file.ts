// A local video file (MP4, WebM …) decoded with WebCodecs through mediabunny: every frame, once,
// with the file's own frame times, as fast as the pose model keeps up.
// mediabunny is loaded (video-decoder.ts) when a file is first opened: 91 KiB gzip that the first
// paint does not need (most visits never open a file).
import type { Input, InputVideoTrack, VideoSample } from 'mediabunny';
import type { PoseDetection } from '../../workers/pose-types';
import type { AppError, Outcome } from './errors';
import type { PoseClient } from './pose-client';

export interface VideoError extends AppError {
  readonly stage: 'Video';
  readonly code:
    'unsupported-format' | 'no-video-track' | 'unsupported-codec' | 'corrupt' | 'decode-failed';
}

const videoError = (code: VideoError['code'], message: string): VideoError => ({
  stage: 'Video',
  code,
  message,
});

export interface VideoFileInfo {
  readonly name: string;
  readonly codec: string | null;
  readonly width: number;
  readonly height: number;
  readonly durationS: number;
  readonly frameCount: number;
}

export interface OpenedVideo {
  readonly info: VideoFileInfo;
  readonly track: InputVideoTrack;
  readonly input: Input;
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export async function openVideoFile(
  file: Blob & { readonly name?: string },
): Promise<Outcome<OpenedVideo>> {
  const name = file.name ?? 'video';
  const mediabunny = await import('./video-decoder');
  const input = new mediabunny.Input({
    source: new mediabunny.BlobSource(file),
    formats: mediabunny.ALL_FORMATS,
  });
  try {
    try {
      await input.getFormat();
    } catch {
      input.dispose();
      return {
        ok: false,
        error: videoError(
          'unsupported-format',
          `"${name}" is not a video format FormCoach can read. Choose an MP4 or WebM file.`,
        ),
      };
    }
    const track = await input.getPrimaryVideoTrack();
    if (track === null) {
      input.dispose();
      return { ok: false, error: videoError('no-video-track', `"${name}" has no video in it.`) };
    }
    if (!(await track.canDecode())) {
      input.dispose();
      return {
        ok: false,
        error: videoError(
          'unsupported-codec',
          `this browser cannot decode the video in "${name}" (codec ${track.codec ?? 'unknown'}). Convert it to H.264 MP4 or VP9 WebM.`,
        ),
      };
    }
    const stats = await track.computePacketStats();
    const durationS = await track.computeDuration();
    return {
      ok: true,
      value: {
        input,
        track,
        info: {
          name,
          codec: track.codec,
          width: track.displayWidth,
          height: track.displayHeight,
          durationS,
          frameCount: stats.packetCount,
        },
      },
    };
  } catch (error) {
    input.dispose();
    return {
      ok: false,
      error: videoError(
        'corrupt',
        `"${name}" looks damaged and could not be read (${describe(error)}).`,
      ),
    };
  }
}

/** One decoded frame, upright (rotation metadata applied), ready to transfer. */
function frameFromSample(sample: VideoSample): ImageBitmap | VideoFrame {
  if (sample.rotation === 0) return sample.toVideoFrame();
  const canvas = new OffscreenCanvas(sample.displayWidth, sample.displayHeight);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D context for rotating the frame');
  sample.draw(context, 0, 0);
  return canvas.transferToImageBitmap();
}

export interface FileProgress {
  readonly framesDecoded: number;
  readonly framesProcessed: number;
  readonly frameCount: number;
}

export interface FileAnalysis {
  readonly framesDecoded: number;
  readonly framesProcessed: number;
  readonly wallMs: number;
  /** Seconds of video analysed per second of wall time. */
  readonly realtimeFactor: number;
}

export interface AnalyseVideoOptions {
  readonly client: PoseClient;
  readonly video: OpenedVideo;
  readonly signal: AbortSignal;
  /** Called with each frame before it goes to the model (draw it; do not keep or close it). */
  readonly onFrame?: (frame: ImageBitmap | VideoFrame) => void;
  readonly onResult: (detection: PoseDetection, progress: FileProgress) => void;
}

/** Runs every frame of the file through the pose client, in order, one in flight. */
export async function analyseVideo({
  client,
  video,
  signal,
  onFrame,
  onResult,
}: AnalyseVideoOptions): Promise<Outcome<FileAnalysis>> {
  const reset = await client.reset();
  if (!reset.ok) return reset;
  const mediabunny = await import('./video-decoder');
  const sink = new mediabunny.VideoSampleSink(video.track);
  const started = performance.now();
  let decoded = 0;
  let processed = 0;
  try {
    for await (const sample of sink.samples()) {
      if (signal.aborted) {
        sample.close();
        break;
      }
      decoded += 1;
      const timestampMs = sample.timestamp * 1000;
      let frame: ImageBitmap | VideoFrame;
      try {
        frame = frameFromSample(sample);
      } finally {
        sample.close();
      }
      onFrame?.(frame);
      const outcome = await client.detect(frame, timestampMs);
      // A frame lost to a landmarker that failed and was replaced: the next frames go on.
      if (!outcome.ok && outcome.error.code === 'frame-lost') continue;
      if (!outcome.ok) return outcome;
      processed += 1;
      onResult(outcome.value, {
        framesDecoded: decoded,
        framesProcessed: processed,
        frameCount: video.info.frameCount,
      });
    }
  } catch (error) {
    return {
      ok: false,
      error: videoError(
        'decode-failed',
        `"${video.info.name}" could not be decoded after ${decoded} frames (${describe(error)}); the file may be damaged.`,
      ),
    };
  }
  const wallMs = performance.now() - started;
  return {
    ok: true,
    value: {
      framesDecoded: decoded,
      framesProcessed: processed,
      wallMs,
      realtimeFactor: wallMs > 0 ? (video.info.durationS * 1000) / wallMs : 0,
    },
  };
}
