// Camera + pose model start-up shared by every live screen: a lazily created, memoised pose client
// (init once per model choice), and a camera opened onto a <video> that stops when its signal
// aborts and reports unplugging.
import {
  cameraUnpluggedError,
  listCameras,
  openCamera,
  stopCamera,
  watchCameraEnded,
  type CameraChoice,
} from './camera';
import type { AppError, Outcome } from './errors';
import { assetBases, modelOption } from './models';
import { createPoseClient, type PoseClient } from './pose-client';
import type { Delegate, PoseInfo } from '../../workers/pose-types';

export interface PoseSettings {
  readonly modelFile: string;
  readonly delegate: Delegate;
}

export interface PoseService {
  /** The client, initialised with these settings (init runs again only when they change). */
  ready(
    settings: PoseSettings,
    onProgress?: (percent: number) => void,
  ): Promise<Outcome<{ client: PoseClient; info: PoseInfo }>>;
  /** The client if one was created (its runtime and note), without starting anything. */
  current(): PoseClient | null;
  dispose(): void;
}

export function createPoseService(): PoseService {
  let client: PoseClient | null = null;
  const controller = new AbortController();
  let initialised: { key: string; info: PoseInfo } | null = null;
  return {
    async ready(settings, onProgress) {
      client ??= createPoseClient({ signal: controller.signal });
      // A client whose worker died starts a new one on its next init.
      if (!client.isAlive()) initialised = null;
      const key = `${settings.modelFile}|${settings.delegate}`;
      if (initialised?.key === key) return { ok: true, value: { client, info: initialised.info } };
      const outcome = await client.init(
        { model: modelOption(settings.modelFile), delegate: settings.delegate, ...assetBases() },
        onProgress &&
          ((progress) =>
            onProgress(Math.round((100 * progress.loadedBytes) / progress.totalBytes))),
      );
      if (!outcome.ok) return outcome;
      initialised = { key, info: outcome.value };
      return { ok: true, value: { client, info: outcome.value } };
    },
    current: () => client,
    dispose: () => controller.abort(),
  };
}

export interface LiveCameraOptions {
  readonly video: HTMLVideoElement;
  readonly signal: AbortSignal;
  readonly deviceId?: string | undefined;
  /** Called once if the camera stops by itself (unplugged, revoked). */
  readonly onEnded: (error: AppError) => void;
}

/** Opens the camera onto `video` and plays it; the camera stops when `signal` aborts. */
export async function startLiveCamera({
  video,
  signal,
  deviceId,
  onEnded,
}: LiveCameraOptions): Promise<Outcome<{ cameras: CameraChoice[] }>> {
  const camera = await openCamera({ deviceId });
  if (!camera.ok) return camera;
  const stream = camera.value;
  if (signal.aborted) {
    stopCamera(stream);
    return { ok: false, error: { stage: 'Camera', code: 'aborted', message: 'stopped.' } };
  }
  signal.addEventListener('abort', () => stopCamera(stream), { once: true });
  watchCameraEnded(stream, signal, () => onEnded(cameraUnpluggedError()));
  video.srcObject = stream;
  await video.play().catch(() => undefined);
  return { ok: true, value: { cameras: await listCameras() } };
}
