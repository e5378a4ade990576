// Fetches a model bundle from our origin with progress and verifies its size and SHA-256.
import type { ModelChoice, ModelProgress, PoseOutcome } from './pose-types';

const toHex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

export async function loadModelBytes(
  model: ModelChoice,
  url: string,
  onProgress: (progress: ModelProgress) => void,
): Promise<PoseOutcome<Uint8Array>> {
  const fix = 'Fix: run `npm run models` on the server (it fetches and verifies the bundles).';
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return {
      ok: false,
      error: {
        stage: 'Model',
        code: 'model-missing',
        message: `could not fetch ${model.file} (${error instanceof Error ? error.message : String(error)}). ${fix}`,
      },
    };
  }
  if (!response.ok || response.body === null) {
    return {
      ok: false,
      error: {
        stage: 'Model',
        code: 'model-missing',
        message: `${model.file} is missing on the server (HTTP ${response.status}). ${fix}`,
      },
    };
  }
  const bytes = new Uint8Array(model.bytes);
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.byteLength > bytes.byteLength) {
      await reader.cancel();
      loaded += value.byteLength;
      break;
    }
    bytes.set(value, loaded);
    loaded += value.byteLength;
    onProgress({ file: model.file, loadedBytes: loaded, totalBytes: model.bytes });
  }
  if (loaded !== model.bytes) {
    return {
      ok: false,
      error: {
        stage: 'Model',
        code: 'model-corrupt',
        message: `${model.file} has the wrong size (${loaded} bytes${loaded > model.bytes ? ' or more' : ''}, expected ${model.bytes}): it is damaged. ${fix}`,
      },
    };
  }
  const digest = toHex(await crypto.subtle.digest('SHA-256', bytes));
  if (digest !== model.sha256) {
    return {
      ok: false,
      error: {
        stage: 'Model',
        code: 'model-corrupt',
        message: `${model.file} failed its SHA-256 check (got ${digest.slice(0, 12)}…, expected ${model.sha256.slice(0, 12)}…): it is damaged. ${fix}`,
      },
    };
  }
  return { ok: true, value: bytes };
}
