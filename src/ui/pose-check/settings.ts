// The pose check's model and processor choice, remembered on this device.
import { DEFAULT_MODEL_FILE, modelOption } from '../../platform/models';
import type { Delegate } from '../../../workers/pose-types';

const SETTINGS_KEY = 'formcoach.pose-settings';

export interface PoseCheckSettings {
  readonly modelFile: string;
  readonly delegate: Delegate;
}

export function loadSettings(): PoseCheckSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    return {
      modelFile: modelOption(
        typeof raw['modelFile'] === 'string' ? raw['modelFile'] : DEFAULT_MODEL_FILE,
      ).file,
      delegate: raw['delegate'] === 'GPU' ? 'GPU' : 'CPU',
    };
  } catch {
    return { modelFile: DEFAULT_MODEL_FILE, delegate: 'CPU' };
  }
}

export function saveSettings(settings: PoseCheckSettings): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}
