// The benchmark page: the same camera frames through (a) raw detectForVideo on the main thread,
// the way most demos do it, and (b) our worker pipeline, fed from the camera track and from the
// <video> element's frame callback; then file analysis of a real clip.
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import { startLivePump, type FrameSource } from '../../src/platform/live-pump';
import { assetBases, modelOption } from '../../src/platform/models';
import { createPoseClient } from '../../src/platform/pose-client';
import { analyseVideo, openVideoFile } from '../../src/platform/video-file';

export interface LiveFigures {
  readonly frames: number;
  readonly seconds: number;
  readonly latenciesMs: number[];
  readonly longTasks: number;
}

const WARMUP_FRAMES = 30;

async function camera(): Promise<HTMLVideoElement> {
  const video = document.getElementById('camera') as HTMLVideoElement;
  if (video.srcObject === null) {
    video.srcObject = await navigator.mediaDevices.getUserMedia({
      video: { width: 640, height: 480 },
    });
    await video.play();
  }
  return video;
}

function countLongTasks(): { stop: () => number } {
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    count += list.getEntries().length;
  });
  observer.observe({ type: 'longtask' });
  return {
    stop: () => {
      count += observer.takeRecords().length;
      observer.disconnect();
      return count;
    },
  };
}

const model = modelOption('pose_landmarker_lite.task');

/**
 * One measured window: the first WARMUP_FRAMES results are skipped, then `seconds` of results are
 * recorded (latency per frame, long tasks on this thread).
 */
function createMeasurement(seconds: number, onMeasuring: () => Promise<void>) {
  const latencies: number[] = [];
  let warmup = 0;
  let since = 0;
  let stopLongTasks: () => number = () => 0;
  return {
    /** Records one frame's latency; true once the window is over. */
    record(latencyMs: number): boolean {
      if (since === 0) {
        warmup += 1;
        if (warmup === WARMUP_FRAMES) {
          void onMeasuring();
          since = performance.now();
          stopLongTasks = countLongTasks().stop;
        }
        return false;
      }
      latencies.push(latencyMs);
      return performance.now() - since >= seconds * 1000;
    },
    figures(): LiveFigures {
      return {
        frames: latencies.length,
        seconds: (performance.now() - since) / 1000,
        latenciesMs: latencies,
        longTasks: stopLongTasks(),
      };
    },
  };
}

/** Raw: detectForVideo called synchronously in the main thread's video-frame callback. */
async function runRaw(seconds: number, onMeasuring: () => Promise<void>): Promise<LiveFigures> {
  const video = await camera();
  const { wasmBase, modelBase } = assetBases();
  const fileset = await FilesetResolver.forVisionTasks(wasmBase, false);
  const landmarker = await PoseLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: `${modelBase}/${model.file}`, delegate: 'CPU' },
    runningMode: 'VIDEO',
    numPoses: 1,
  });
  const measurement = createMeasurement(seconds, onMeasuring);
  let lastTs = -1;
  await new Promise<void>((resolve) => {
    const onFrame = (now: number, metadata: VideoFrameCallbackMetadata): void => {
      const captured = metadata.captureTime ?? now;
      const ts = Math.max(lastTs + 1, performance.now());
      lastTs = ts;
      landmarker.detectForVideo(video, ts);
      if (measurement.record(performance.now() - captured)) resolve();
      else video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  });
  const figures = measurement.figures();
  landmarker.close();
  return figures;
}

/** Pipeline: the app's pose client and live pump (worker, transferred frames, one in flight). */
async function runPipeline(
  seconds: number,
  onMeasuring: () => Promise<void>,
  source: FrameSource,
): Promise<LiveFigures> {
  const video = await camera();
  const controller = new AbortController();
  const client = createPoseClient({ signal: controller.signal });
  const init = await client.init({ model, delegate: 'CPU', ...assetBases() });
  if (!init.ok) throw new Error(init.error.message);
  const measurement = createMeasurement(seconds, onMeasuring);
  await new Promise<void>((resolve, reject) => {
    startLivePump({
      client,
      video,
      signal: controller.signal,
      source,
      onError: (error) => reject(new Error(error.message)),
      onResult: (result) => {
        if (measurement.record(result.captureToResultMs)) resolve();
      },
    });
  });
  controller.abort();
  return measurement.figures();
}

async function runFile(url: string): Promise<{ frames: number; durationS: number; wallS: number }> {
  const blob = await (await fetch(url)).blob();
  const opened = await openVideoFile(blob);
  if (!opened.ok) throw new Error(opened.error.message);
  const controller = new AbortController();
  const client = createPoseClient({ signal: controller.signal });
  const init = await client.init({ model, delegate: 'CPU', ...assetBases() });
  if (!init.ok) throw new Error(init.error.message);
  const result = await analyseVideo({
    client,
    video: opened.value,
    signal: controller.signal,
    onResult: () => undefined,
  });
  controller.abort();
  if (!result.ok) throw new Error(result.error.message);
  return {
    frames: result.value.framesProcessed,
    durationS: opened.value.info.durationS,
    wallS: result.value.wallMs / 1000,
  };
}

declare global {
  interface Window {
    bench: {
      runRaw: (seconds: number) => Promise<LiveFigures>;
      runPipeline: (seconds: number) => Promise<LiveFigures>;
      runPipelineVideo: (seconds: number) => Promise<LiveFigures>;
      runFile: typeof runFile;
    };
    /** Exposed by the runner: snapshots main-thread metrics when measuring starts. */
    benchMeasuring?: () => Promise<void>;
  }
}
const measuring = async (): Promise<void> => window.benchMeasuring?.();
window.bench = {
  runRaw: (seconds) => runRaw(seconds, measuring),
  runPipeline: (seconds) => runPipeline(seconds, measuring, 'track'),
  runPipelineVideo: (seconds) => runPipeline(seconds, measuring, 'video'),
  runFile,
};
document.body.dataset['ready'] = 'true';
