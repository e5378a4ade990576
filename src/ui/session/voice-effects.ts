// The effects both live flows (the coach's and a check-up test's) ask of the voice: say a line,
// hush, play a sound. One type in both flows' effect unions and one runner in both shells, so the
// two cannot drift in how they speak.
import type { SoundName } from '../../platform/sounds';

export type VoiceEffect =
  | { readonly type: 'speak'; readonly text: string; readonly priority: number }
  | { readonly type: 'silence' }
  | { readonly type: 'sound'; readonly name: SoundName };

/** What carries the voice out (the live run). */
export interface Voice {
  speak(text: string, priority: number): void;
  silence(): void;
  sound(name: SoundName): void;
}

export function performVoiceEffect(run: Voice, effect: VoiceEffect): void {
  switch (effect.type) {
    case 'speak':
      return run.speak(effect.text, effect.priority);
    case 'silence':
      return run.silence();
    case 'sound':
      return run.sound(effect.name);
  }
}
