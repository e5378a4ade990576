// The words of the patient's check-up tests area (src/ui/functional-tests): the list, what each
// test needs, the safety words, the start screen's optional age and sex, the countdown, the live
// display and the result screen. Imported by the area alone, so they ride in its lazy chunk; the
// words shared with the therapist's views (names, findings) are in functional-tests.ts.
import type { SetupIssue } from '../../core/coaching/setup-guidance';
import type { Sex } from '../../core/functional-tests/types';
import type { RunnableTestId } from '../functional-tests/catalogue';

interface TestWords {
  readonly summary: string;
  readonly needs: readonly string[];
  readonly how: readonly string[];
}

const TESTS: Readonly<Record<RunnableTestId, TestWords>> = {
  chair_stand_30s: {
    summary: 'How many times you can stand up from a chair in 30 seconds.',
    needs: [
      'A sturdy chair without arm rests, its back against a wall so it cannot slide',
      'The camera to your side, about 2–3 m away, seeing you from head to feet',
      'Someone nearby, in case you need a hand',
    ],
    how: [
      'Sit in the middle of the chair, feet flat on the floor',
      'Cross your arms at the wrists and hold them against your chest',
      'On “Go”, stand up fully, then sit back down; keep going for 30 seconds',
    ],
  },
  five_times_sit_to_stand: {
    summary: 'How long it takes you to stand up from a chair five times.',
    needs: [
      'A sturdy chair without arm rests, its back against a wall so it cannot slide',
      'The camera to your side, about 2–3 m away, seeing you from head to feet',
      'Someone nearby, in case you need a hand',
    ],
    how: [
      'Sit in the middle of the chair, feet flat on the floor',
      'Cross your arms at the wrists and hold them against your chest',
      'On “Go”, stand up fully and sit back down five times, as quickly as you safely can',
    ],
  },
};

export const testsRun = {
  listTitle: 'Check-up tests',
  listIntro:
    'Short standard tests that clinics use to follow strength and balance. The camera counts and times them for you.',
  needsTitle: 'What you need',
  howTitle: 'How it goes',
  safetyTitle: 'Stay safe',
  safety: [
    'Do these tests only on a day you feel well.',
    'Stop at once if you feel pain, dizziness or short of breath — press Stop, or simply sit down.',
    'Have someone nearby while you do them.',
  ],
  readinessNeeded: 'Please answer the safety questions on the Exercises page first.',
  readinessLink: 'Go to the safety questions',
  clearanceNote:
    'Your answers suggest checking with your clinician before exercising. Do these tests only once they have said it is safe.',
  poseInUse:
    'An exercise session is under way. Finish it (or end it) before doing a check-up test.',
  open: (name: string) => `Do the ${name}`,
  summary: (id: RunnableTestId) => TESTS[id].summary,
  needs: (id: RunnableTestId) => TESTS[id].needs,
  how: (id: RunnableTestId) => TESTS[id].how,
  unknownTest: 'There is no check-up test at this address.',
  backToList: 'Back to the check-up tests',
  // Start screen: age and sex, asked once, optional.
  aboutYouTitle: 'About you (optional)',
  aboutYouIntro:
    'With your age and sex, your result is compared with others your age. They stay on this device.',
  age: 'Age in years',
  sex: 'Sex',
  sexes: { female: 'Female', male: 'Male' } as const satisfies Record<Sex, string>,
  preferNotToSay: 'Prefer not to say',
  ageInvalid: 'Enter an age between 18 and 120, or leave it empty.',
  // Setup check and countdown.
  startCamera: 'Start camera',
  retryCamera: 'Try the camera again',
  starting: 'Starting camera…',
  loadingModel: (percent: number) => `Loading movement tracking… ${percent}%`,
  ready: 'Good position. Press Start test when you are ready.',
  issues: {
    'no-person': 'Sit on the chair where the camera can see you.',
    'not-in-frame': 'Move so the camera sees you from head to feet.',
    'step-back': 'Move the camera further away, so it sees you from head to feet.',
    'step-closer': 'Move the camera a little closer.',
    'turn-sideways': 'Turn the chair so the camera sees you from the side.',
    'face-camera': 'Face the camera.',
    'wrong-posture': 'Sit down on the chair to begin.',
    'hold-still': 'Hold still for a moment.',
  } as const satisfies Record<SetupIssue, string>,
  begin: 'Start test',
  countdown: (n: number) => (n === 0 ? 'Go' : String(n)),
  countdownLabel: 'Starting in',
  // Live.
  stands: 'Stands',
  secondsLeft: 'Seconds left',
  elapsed: 'Time',
  secondsValue: (s: number) => `${s} s`,
  stop: 'Stop',
  finishedSaid: 'Stop. Well done — sit and rest.',
  stopHint: 'Stop ends the test at once.',
  finishing: 'Working out your result…',
  // Result.
  resultTitle: (name: string) => `${name}: your result`,
  scoreLabel: 'Your score',
  noScore: 'No score',
  standsTitle: 'Each stand (seconds from “Go”)',
  standLine: (n: number, start: number, end: number) =>
    `Stand ${n}: ${start.toFixed(1)}–${end.toFixed(1)} s`,
  forClinician: 'For your clinician',
  again: 'Do the test again',
  noNormForAge: 'There are no published figures for your age group to compare this result with.',
  noResult: 'The test could not be scored this time. Please try again.',
  resultSaving: 'Saving your result…',
  resultSaved: 'Your result is saved on this device.',
  resultSaveFailed:
    'Your result could not be saved on this device. Write it down, or export your data from Your data.',
  // The results so far, on the list.
  historyTitle: (name: string) => `${name}: your results`,
  historySummary: (name: string, count: number, last: string) =>
    `${name}: ${count} ${count === 1 ? 'result' : 'results'}, the latest ${last}.`,
  historyKey: 'Each dot is one result, oldest on the left.',
  historyLine: 'Your score',
  historyDate: 'Date',
  historyScore: 'Score',
  historyNorm: 'Compared with others your age',
  historyNoNorm: 'No comparison (age or sex not given, or no published figures)',
  historyEndedEarly: 'ended early',
  historyFailed: 'Your earlier results could not be read.',
} as const;
