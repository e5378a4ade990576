// Spoken cues through speechSynthesis. Never talks over itself: while speaking, a new cue waits
// (only the newest waiting one is kept, older ones are stale by then); a more urgent cue (lower
// priority number) cancels what is being said. Switching off stops speech at once.
export interface Speaker {
  say(text: string, priority: number): void;
  setEnabled(isEnabled: boolean): void;
  cancel(): void;
}

export function createSpeaker(isEnabledInitially: boolean): Speaker {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  let isEnabled = isEnabledInitially;
  let speaking: { priority: number } | null = null;
  let waiting: { text: string; priority: number } | null = null;

  const speak = (text: string, priority: number): void => {
    if (synth === null) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 0.95;
    const done = (): void => {
      if (speaking !== current) return;
      speaking = null;
      const next = waiting;
      waiting = null;
      if (next !== null && isEnabled) speak(next.text, next.priority);
    };
    const current = { priority };
    speaking = current;
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    synth.speak(utterance);
  };

  return {
    say(text, priority) {
      if (!isEnabled || synth === null) return;
      if (speaking === null) return speak(text, priority);
      if (priority < speaking.priority) {
        waiting = null;
        speaking = null;
        synth.cancel();
        return speak(text, priority);
      }
      waiting = { text, priority };
    },
    setEnabled(next) {
      isEnabled = next;
      if (!next) this.cancel();
    },
    cancel() {
      waiting = null;
      speaking = null;
      synth?.cancel();
    },
  };
}
