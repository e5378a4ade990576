// The model bundles the app can load (named once, in models/models.json) and where they are served.
import manifest from '../../models/models.json';
import type { ModelChoice } from '../../workers/pose-types';

export interface ModelOption extends ModelChoice {
  readonly label: string;
}

export const MODEL_OPTIONS: readonly ModelOption[] = manifest.models.map((model) => ({
  file: model.file,
  label: model.label,
  bytes: model.bytes,
  sha256: model.sha256,
}));

export const DEFAULT_MODEL_FILE: string = manifest.default;

export function modelOption(file: string): ModelOption {
  const found = MODEL_OPTIONS.find((model) => model.file === file);
  const fallback = MODEL_OPTIONS.find((model) => model.file === DEFAULT_MODEL_FILE);
  if (found) return found;
  if (fallback) return fallback;
  throw new Error('models/models.json names no models');
}

/** Our own origin serves the models and MediaPipe's WASM (see vite.config.ts). */
export const assetBases = (): { modelBase: string; wasmBase: string } => {
  const base = new URL(import.meta.env.BASE_URL, location.href);
  return {
    modelBase: new URL('models', base).href,
    wasmBase: new URL('wasm', base).href,
  };
};
