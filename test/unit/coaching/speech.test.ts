import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpeaker } from '../../../src/platform/speech';

class FakeUtterance extends EventTarget {
  constructor(readonly text: string) {
    super();
  }
  rate = 1;
}

function fakeSynth() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    cancelled: 0,
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel() {
      this.cancelled += 1;
    },
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  const finish = (u: FakeUtterance | undefined) => u?.dispatchEvent(new Event('end'));
  return { spoken, synth, finish };
}

afterEach(() => vi.unstubAllGlobals());

describe('speaker', () => {
  it('never talks over itself: a cue waits, only the newest waiting one is said', () => {
    const { spoken, finish } = fakeSynth();
    const speaker = createSpeaker(true);
    speaker.say('Rep 1', 4);
    speaker.say('Rep 2', 4);
    speaker.say('Rep 3', 4);
    expect(spoken.map((u) => u.text)).toEqual(['Rep 1']);
    finish(spoken[0]);
    expect(spoken.map((u) => u.text)).toEqual(['Rep 1', 'Rep 3']);
  });
  it('an urgent cue cuts in; switching speech off stops it and says nothing more', () => {
    const { spoken, synth } = fakeSynth();
    const speaker = createSpeaker(true);
    speaker.say('Rep 1', 4);
    speaker.say('Push your knees out', 0);
    expect(synth.cancelled).toBe(1);
    expect(spoken.map((u) => u.text)).toEqual(['Rep 1', 'Push your knees out']);
    speaker.setEnabled(false);
    speaker.say('Rep 2', 4);
    expect(spoken).toHaveLength(2);
  });
});
