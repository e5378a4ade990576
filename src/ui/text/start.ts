// The app's frame and first run: name, navigation, settings, the safety readiness check and home.

export const appName = 'FormCoach';

export const nav = {
  poseCheck: 'Camera & pose check',
  backToCoach: 'Back to FormCoach',
  footerNote: 'FormCoach complements, and does not replace, your clinician.',
} as const;

export const mainNav = {
  label: 'Main',
  coach: 'Exercises',
  history: 'History',
  tests: 'Check-up tests',
  journal: 'Journal',
  data: 'Your data',
} as const;

export const prefs = {
  label: 'Settings',
  speech: 'Spoken coaching',
  sounds: 'Sounds',
  largeText: 'Large text',
} as const;

export const readiness = {
  title: 'Before you start: a safety check',
  intro:
    'A few questions to check it is safe for you to exercise on your own. Answer yes or no to each.',
  questions: [
    {
      id: 'heart',
      text: 'Has a doctor ever said you have a heart condition or high blood pressure?',
    },
    { id: 'chest_pain', text: 'Do you feel pain in your chest at rest, or when you are active?' },
    {
      id: 'dizziness',
      text: 'Do you lose your balance because of dizziness, or have you lost consciousness in the last 12 months?',
    },
    {
      id: 'chronic',
      text: 'Have you been diagnosed with another long-term medical condition (other than heart disease or high blood pressure)?',
    },
    {
      id: 'medication',
      text: 'Do you take medication for a long-term medical condition, such as blood pressure medicine?',
    },
    {
      id: 'bone_joint',
      text: 'Do you have a bone, joint or soft-tissue problem that could be made worse by being more active?',
    },
    { id: 'pregnancy', text: 'Are you pregnant, or have you given birth in the last 6 months?' },
    {
      id: 'supervision',
      text: 'Has a doctor said you should only do physical activity under medical supervision?',
    },
  ],
  yes: 'Yes',
  no: 'No',
  disclaimerTitle: 'About FormCoach',
  disclaimer:
    'FormCoach complements, and does not replace, your physical therapist or doctor. Follow the program your clinician gave you. Stop at once if you feel sharp or increasing pain, dizziness or shortness of breath.',
  privacyTitle: 'Your camera and your privacy',
  privacy:
    'FormCoach uses your camera to see how you move. The video is analysed on this device and never leaves it: nothing is uploaded. Your browser will ask for permission to use the camera when you start an exercise.',
  accept: 'I understand that FormCoach does not replace my clinician',
  unanswered: (count: number) =>
    `Please answer every question (${count} still ${count === 1 ? 'needs' : 'need'} an answer) and tick the box above.`,
  submit: 'Continue',
  clearanceTitle: 'Please talk to your doctor first',
  clearance:
    'You answered yes to at least one question. Before starting these exercises, get clearance from your doctor or physical therapist. If you already have it, you can continue.',
} as const;

export const home = {
  title: 'Today’s exercises',
  programLabel: 'Program',
  perWeek: (n: number) => (n === 1 ? 'Once a week' : `${n} times a week`),
  setsReps: (sets: number, reps: number) => `${sets} sets × ${reps} reps`,
  setsHold: (sets: number, seconds: number) => `${sets} × hold ${seconds} s`,
  romTarget: (movement: string, deg: number) => `${movement.toLowerCase()} target ${deg}°`,
  startSession: 'Start session',
  startOne: (name: string) => `Start ${name} only`,
  lastSession: 'Last session',
  noLastSession: 'No sessions yet. Your results will show here.',
  lastSessionLine: (date: string, exercises: string, status: string, sets: number, done: string) =>
    `${date}: ${exercises} — ${status}, ${sets} ${sets === 1 ? 'set' : 'sets'}, ${done}`,
  painStop: (exercise: string, pain: string) =>
    `Last time you stopped ${exercise} because of pain (${pain}). If it was sharp pain, contact your clinician before doing it again.`,
  painStopRated: (pain: number) => `${pain}/10`,
  painStopUnrated: 'pain not rated',
  painStopItem:
    'You stopped this last time because of pain — see the note above before you start it.',
  sessionStatus: {
    in_progress: 'in progress',
    completed: 'completed',
    stopped_pain: 'stopped because of pain',
    interrupted: 'ended early',
  },
  clearanceReminder:
    'You told us about a health condition. Check with your doctor or physical therapist that these exercises are right for you.',
} as const;
