// The one runner of the voice effects both live flows emit.
import { describe, expect, it } from 'vitest';
import { performVoiceEffect, type Voice } from '../../../src/ui/session/voice-effects';

function recordingVoice(): { voice: Voice; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    voice: {
      speak: (text, priority) => calls.push(`speak ${text} ${priority}`),
      silence: () => calls.push('silence'),
      sound: (name) => calls.push(`sound ${name}`),
    },
  };
}

describe('performVoiceEffect', () => {
  it('says, hushes and plays what each effect asks, in order', () => {
    const { voice, calls } = recordingVoice();
    performVoiceEffect(voice, { type: 'speak', text: 'Go', priority: 10 });
    performVoiceEffect(voice, { type: 'sound', name: 'rep' });
    performVoiceEffect(voice, { type: 'silence' });
    expect(calls).toEqual(['speak Go 10', 'sound rep', 'silence']);
  });
});
