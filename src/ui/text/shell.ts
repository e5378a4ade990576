// The app's frame: pages that do not exist, lazily loaded areas, the way to the clinic (its own
// screens' words load with it: src/ui/clinic/text.ts).
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
  backToPatient: 'Back to the patient’s app',
} as const;
