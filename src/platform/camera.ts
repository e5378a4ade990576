// The webcam: open, list, watch for unplugging; every failure becomes a specific CameraError.
import type { AppError, Outcome } from './errors';

export type CameraErrorCode =
  | 'permission-denied'
  | 'no-camera'
  | 'camera-in-use'
  | 'camera-unplugged'
  | 'insecure-context'
  | 'unsupported'
  | 'failed';

export interface CameraError extends AppError {
  readonly stage: 'Camera';
  readonly code: CameraErrorCode;
}

const cameraError = (code: CameraErrorCode, message: string): CameraError => ({
  stage: 'Camera',
  code,
  message,
});

/** Maps a getUserMedia failure (matched by DOMException name) to what the user should do. */
export function cameraErrorFromException(name: string, detail: string): CameraError {
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return cameraError(
        'permission-denied',
        'permission to use the camera was denied. Allow camera access for this site in the browser (the camera icon in the address bar), then try again.',
      );
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return cameraError(
        'no-camera',
        'no camera was found. Connect a webcam (or pick another camera) and try again, or analyse a video file instead.',
      );
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return cameraError(
        'camera-in-use',
        'the camera could not be started: another app or browser tab is probably using it. Close the other app (video call, camera app), then try again.',
      );
    case 'SecurityError':
      return cameraError(
        'insecure-context',
        'the browser only allows the camera on a secure page (https or localhost). Open FormCoach over https.',
      );
    default:
      return cameraError('failed', `the camera could not be started (${name}: ${detail}).`);
  }
}

export const cameraUnpluggedError = (): CameraError =>
  cameraError(
    'camera-unplugged',
    'the camera stopped sending video (it was unplugged or switched off). Reconnect it and press Start again; nothing recorded so far is lost.',
  );

export interface CameraChoice {
  readonly deviceId: string;
  readonly label: string;
}

export async function listCameras(): Promise<CameraChoice[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'videoinput')
    .map((device, index) => ({
      deviceId: device.deviceId,
      label: device.label || `Camera ${index + 1}`,
    }));
}

export interface OpenCameraOptions {
  readonly deviceId?: string | undefined;
  readonly width?: number;
  readonly height?: number;
}

export async function openCamera(options: OpenCameraOptions = {}): Promise<Outcome<MediaStream>> {
  if (!window.isSecureContext)
    return { ok: false, error: cameraErrorFromException('SecurityError', '') };
  if (!navigator.mediaDevices?.getUserMedia) {
    return {
      ok: false,
      error: cameraError(
        'unsupported',
        'this browser cannot use a camera. Use a current Chrome, Edge, Firefox or Safari.',
      ),
    };
  }
  const { deviceId, width = 640, height = 480 } = options;
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: {
        width: { ideal: width },
        height: { ideal: height },
        ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' }),
      },
    });
    return { ok: true, value: stream };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: cameraErrorFromException(name, detail) };
  }
}

/** Calls `onEnded` once if the camera track ends by itself (unplugged, revoked, switched off). */
export function watchCameraEnded(
  stream: MediaStream,
  signal: AbortSignal,
  onEnded: () => void,
): void {
  for (const track of stream.getVideoTracks()) {
    track.addEventListener('ended', () => onEnded(), { once: true, signal });
  }
}

export function stopCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
