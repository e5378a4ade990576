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
  play(name: SoundName): void;
  setEnabled(isEnabled: boolean): void;
}

export function createSoundPlayer(isEnabledInitially: boolean): SoundPlayer {
  let context: AudioContext | null = null;
  let isEnabled = isEnabledInitially;
  return {
    play(name) {
      if (!isEnabled || typeof AudioContext === 'undefined') return;
      context ??= new AudioContext();
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
