// The summary after a session.

export const summary = {
  title: 'Session summary',
  status: {
    completed: 'Session complete. Well done!',
    stopped_pain: 'Session stopped because of pain.',
    interrupted: 'Session ended early.',
    in_progress: 'Session in progress.',
  },
  reps: (done: number, prescribed: number) => `${done} of ${prescribed} reps`,
  holds: (done: number, prescribed: number) => `${done} of ${prescribed} s held`,
  sets: (done: number, prescribed: number) => `${done} of ${prescribed} sets`,
  romTitle: (movement: string) => `${movement} per rep`,
  romAlt: (movement: string, values: string, target: number) =>
    `${movement} per rep: ${values}. Target ${target}°.`,
  romTarget: (target: number) => `dashed line: target ${target}°`,
  faultsTitle: 'Form to watch',
  noFaults: 'No form faults seen.',
  faultCount: (cue: string, count: number) => `${cue} — ${count} ${count === 1 ? 'time' : 'times'}`,
  quality: (score: number) => `Quality score ${score} of 100`,
  pain: (before: string, after: string) => `Pain before ${before}, after ${after}`,
  time: (minutes: number, seconds: number) => `Time ${minutes} min ${seconds} s`,
  stoppedPain: 'Stopped because it hurt.',
  tempo: {
    fast: (up: number, down: number, actualUp: number, actualDown: number) =>
      `Pace: too fast — your reps took about ${actualUp} s out and ${actualDown} s back; the prescribed tempo is ${up} s out, ${down} s back.`,
    slow: (up: number, down: number, actualUp: number, actualDown: number) =>
      `Pace: slower than prescribed — your reps took about ${actualUp} s out and ${actualDown} s back; the prescribed tempo is ${up} s out, ${down} s back.`,
    on: (up: number, down: number) => `Pace: on tempo (${up} s out, ${down} s back).`,
  },
  wentWell: {
    'all-done': 'You did every set. Great work.',
    'rom-reached': 'You reached your range-of-motion target on most reps.',
    'clean-form': 'Your form was clean on every rep.',
    'showed-up': 'You showed up and moved — that counts.',
  },
  watchNext: {
    pain: 'Watch your pain: if it is worse after exercising, tell your clinician before the next session.',
    fault: (cue: string) => `Next time: ${cue.charAt(0).toLowerCase()}${cue.slice(1)}.`,
    'rom-short': (percent: number) =>
      `Next time: try to move a little further — you reached about ${percent}% of your target.`,
    tempo: (verdict: 'fast' | 'slow', up: number, down: number) =>
      verdict === 'fast'
        ? `Next time: slow down — take about ${up} s out and ${down} s back.`
        : `Next time: a little quicker — about ${up} s out and ${down} s back.`,
    'keep-going': 'Next time: keep it up just like this.',
  },
  home: 'Back to home',
  storageWarning: 'Some results could not be saved on this device.',
} as const;
