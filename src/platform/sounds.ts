// Short sounds made with a WebAudio oscillator (no audio files): a tick for a rep, a rising pair
// for a target reached or a set done. The AudioContext is created on first use, after a gesture.
export type SoundName = 'rep' | 'target' | 'set-done';

const TONES: Record<SoundName, readonly { hz: number; ms: number }[]> = {
  rep: [{ hz: 660, ms: 90 }],
  target: [
    { hz: 660, ms: 90 },
    { hz: 880, ms: 120 },
  ],
  'set-done': [
    { hz: 523, ms: 120 },
    { hz: 659, ms: 120 },
    { hz: 784, ms: 200 },
  ],
};

export interface SoundPlayer {
  /**
   * Creates the AudioContext now. `new AudioContext()` blocks the main thread for tens of
   * milliseconds (~80 ms measured in headless Chromium), so call this from a click before the
   * exercise (which also lets it play), not on the first rep.
   */
  prepare(): void;
  play(name: SoundName): void;
  setEnabled(isEnabled: boolean): void;
}

export function createSoundPlayer(isEnabledInitially: boolean): SoundPlayer {
  let context: AudioContext | null = null;
  let isEnabled = isEnabledInitially;
  const ready = (): AudioContext | null => {
    if (!isEnabled || typeof AudioContext === 'undefined') return null;
    context ??= new AudioContext();
    return context;
  };
  return {
    prepare() {
      ready();
    },
    play(name) {
      const context = ready();
      if (context === null) return;
      let at = context.currentTime;
      for (const tone of TONES[name]) {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = tone.hz;
        gain.gain.setValueAtTime(0.15, at);
        gain.gain.exponentialRampToValueAtTime(0.001, at + tone.ms / 1000);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + tone.ms / 1000);
        at += tone.ms / 1000;
      }
    },
    setEnabled(next) {
      isEnabled = next;
    },
  };
}
