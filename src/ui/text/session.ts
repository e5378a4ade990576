// The exercise itself: getting set up, the live panel, pausing away, a pain stop, the questions after.
import type { NotCountingReason } from '../../core/not-counting';
import { exerciseStartPosition } from './exercises';
import { postureAdvice } from './posture';

export const setup = {
  title: (name: string) => `Get ready: ${name}`,
  progress: (index: number, total: number) => `Exercise ${index} of ${total}`,
  howTo: 'How to do it',
  startPosition: (description: string) => `Start position: ${description}.`,
  moveTo: (movement: string, target: number) =>
    `Move to about ${target}° of ${movement.toLowerCase()} and back, slowly and under control.`,
  holdFor: (seconds: number) => `Hold the position for ${seconds} seconds.`,
  tempo: (down: number, up: number) => `Tempo: about ${down} s one way, ${up} s back.`,
  startCamera: 'Start camera',
  retryCamera: 'Try the camera again',
  starting: 'Starting the camera…',
  loadingModel: (percent: number) => `Preparing the movement tracker… ${percent}%`,
  issues: {
    'no-person': 'I can’t see you yet. Step into view of the camera.',
    'not-in-frame': 'Move so that your whole body is in the picture.',
    'step-back': 'Step back a little: part of you is outside the picture.',
    'step-closer': 'Come a little closer to the camera.',
    'turn-sideways': 'Turn sideways to the camera.',
    'face-camera': 'Turn to face the camera.',
    'wrong-posture': 'Get into the start position shown above.',
    'hold-still': 'Stand still for a moment while I find you.',
  },
  /** The wrong-posture issue when the posture seen is known. */
  wrongPosture: postureAdvice,
  ready: 'Ready — you are in a good position.',
  painLegend: 'Pain right now (0 = no pain, 10 = worst pain imaginable)',
  painNeeded: 'Choose your pain level now to start.',
  painReused: (pain: number) =>
    `Your answer after the last exercise (${pain}) is filled in. Change it if your pain has changed.`,
  begin: 'Start exercise',
  backHome: 'Back to home',
  cameraHelp: {
    'permission-denied':
      'To allow the camera: click the camera icon in the address bar, choose “Allow”, then press “Try the camera again”.',
    'no-camera':
      'Connect a webcam, or use a phone or laptop with a built-in camera, then press “Try the camera again”.',
    'camera-in-use':
      'Close other apps that use the camera (video calls, camera apps), then press “Try the camera again”.',
    other: 'Press “Try the camera again”. If it keeps failing, restart the browser.',
  },
  /**
   * What a failure of the movement tracker (or of reading a frame) says, by its code: never the
   * library's own text. Shown after the stage ("Pose: …").
   */
  trackerErrors: {
    'inference-failed':
      'the movement tracker kept failing, so it was stopped. Every rep it counted is saved.',
    'worker-died':
      'the movement tracker stopped responding, so it was shut down. Start the camera again to restart it; if this keeps happening, reload the page.',
    'frame-failed': 'a camera frame could not be read.',
    'not-initialised': 'the movement tracker was not ready.',
    'wasm-failed': 'the movement tracker could not be loaded. Reload the page.',
    'model-missing': 'the movement tracker’s model could not be loaded. Reload the page.',
    'model-corrupt': 'the movement tracker’s model could not be loaded. Reload the page.',
    'model-rejected': 'the movement tracker’s model could not be loaded. Reload the page.',
    other: 'the movement tracker stopped working.',
  },
} as const;

export const live = {
  setOf: (set: number, sets: number) => `Set ${set} of ${sets}`,
  reps: 'Reps',
  repsOf: (count: number, target: number) => `${count} of ${target}`,
  held: 'Held',
  holdOf: (seconds: number, target: number) => `${seconds} of ${target} s`,
  holdRemaining: (seconds: number) => `${seconds} s to go`,
  angle: (movement: string, deg: number, target: number) =>
    `${movement} ${deg}° of ${target}° target`,
  gaugeLabel: 'Range of motion towards your target',
  gaugeValue: (percent: number) => `${percent}% of target`,
  targetReached: '✓ Target reached',
  tempo: (down: number, up: number) => `Tempo: ${down} s one way, ${up} s back`,
  phase: {
    waiting: 'Get into the start position',
    rest: 'Start position — begin when ready',
    out: 'Moving to the target',
    back: 'Coming back',
  },
  pause: 'Pause',
  resume: 'Resume',
  pausedNote: 'Paused. Press Resume (or the space bar) to carry on.',
  cameraComingBack: 'Turning the camera back on…',
  keyHint: 'Space bar: pause or resume',
  endSet: 'End this set',
  stopPain: 'Stop — it hurts',
  encourage: {
    halfway: 'Halfway there — keep it up!',
    oneMore: 'One more!',
    setDone: 'Set done — well done!',
  },
  repAnnouncement: (count: number, target: number) => `Rep ${count} of ${target}`,
  rest: 'Rest',
  restRemaining: (seconds: number) => `Next set in ${seconds} s`,
  skipRest: 'Start next set now',
  nextSetStarting: 'Starting the next set…',
  videoLabel: 'Your camera, mirrored',
  skeletonLabel: 'Tracked skeleton',
  tracking: {
    tracking: 'Tracking you',
    occluded: 'Partly out of view',
    lost: 'Can’t see you',
  },
  /** Why nothing has counted for a few seconds (shown and spoken). */
  notCounting: (reason: NotCountingReason, exerciseId: string): string => {
    const startDescription = exerciseStartPosition(exerciseId);
    switch (reason.code) {
      case 'other_person':
        return 'Someone else is in view — counting paused until you are back.';
      case 'out_of_view':
        return 'Not counting: move so your whole body is in view.';
      case 'posture':
        return `Not counting. ${postureAdvice(reason.observed, reason.required, startDescription)}`;
      case 'start_position':
        return `Not counting yet: get into the start position — ${startDescription}.`;
    }
  },
} as const;

export const away = {
  note: 'Your exercise session is paused while you are on this page.',
  back: 'Back to your session',
} as const;

export const stopped = {
  title: 'Exercise stopped',
  recorded: 'We have stopped the exercise and recorded that it hurt.',
  guidance: [
    'Rest now. Do not continue this exercise today.',
    'If the pain is sharp or keeps increasing, or you feel dizzy or short of breath, stop exercising and contact your clinician.',
    'In an emergency — chest pain, severe shortness of breath, fainting — call your emergency number.',
  ],
  painLegend: 'How much does it hurt now? (0 = no pain, 10 = worst imaginable)',
  painOptional:
    'Your answer is saved with this session on this device only. Your clinician sees it if you show them your history or give them a backup (under “Your data”). You can skip it.',
  painRecorded: (pain: number) => `Recorded: pain ${pain} of 10.`,
  toSummary: 'See the summary',
  home: 'Back to home',
} as const;

export const after = {
  title: (name: string) => `How was that? ${name}`,
  exertionLegend: 'How hard was that? (0–10)',
  /** The scale's word anchors (Borg CR10), shown beside their numbers. */
  exertionScale: [
    { value: 0, label: 'Nothing at all' },
    { value: 0.5, label: 'Very, very light' },
    { value: 1, label: 'Very light' },
    { value: 2, label: 'Light' },
    { value: 3, label: 'Moderate' },
    { value: 4, label: 'Somewhat hard' },
    { value: 5, label: 'Hard' },
    { value: 6, label: '' },
    { value: 7, label: 'Very hard' },
    { value: 8, label: '' },
    { value: 9, label: '' },
    { value: 10, label: 'Maximal' },
  ],
  painLegend: 'Pain right now (0 = no pain, 10 = worst pain imaginable)',
  needed: 'Answer both questions to continue.',
  next: 'Next exercise',
  finish: 'See the summary',
} as const;
