// The app's frame: pages that do not exist, lazily loaded areas, who uses the device and the way
// between the patient's app and the clinic (its own screens' words load with it: src/ui/clinic/).
export const notFound = {
  title: 'Page not found',
  body: (address: string) => `FormCoach has no page at “${address}”.`,
  home: 'Go to your exercises',
} as const;

export const lazyArea = {
  loading: 'Loading…',
  failed: 'This part of FormCoach could not be loaded. Check your connection and try again.',
  retry: 'Try again',
} as const;

export const poseCheckInUse =
  'Your exercise session is paused and is using the camera and the pose model. Go back to it and finish or end it to use the pose check.';

export const clinicNav = {
  link: 'Therapist: review sessions',
  label: 'Clinic workspace',
  patients: 'Patients',
  sessions: 'Sessions on this device',
  toTherapist: 'Switch to the therapist’s workspace',
  toPatient: 'Switch to the patient’s app',
} as const;

/** The first run's question: who uses this device (answering it is not needed to go on). */
export const rolePrompt = {
  question: 'Who uses FormCoach on this device?',
  patient: 'I’m a patient',
  therapist: 'I’m a therapist (clinic workspace)',
} as const;
