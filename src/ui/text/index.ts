// Every user-facing string, in one place so other languages can be added: `text` by area, each
// area in its own module; the core gives codes and numbers, worded here (cueText, the exercises'
// and programs' words by id, validation errors). A lazy area's own words are imported by the area
// alone (clinic, check-up tests), so they ride in its chunk, not in the first paint.
import { cueText } from './cues';
import { data, storageBanner, update } from './data';
import { exercises } from './exercises';
import { history, sessionDetail } from './history';
import { journal } from './journal';
import { poseCheck } from './pose-check';
import { clinicNav, lazyArea, notFound, poseCheckInUse, rolePrompt } from './shell';
import { rom } from './posture';
import { programs } from './programs';
import { dose, programOffer, schedule } from './program-offer';
import { after, away, live, setup, stopped } from './session';
import { appName, home, mainNav, nav, prefs, readiness } from './start';
import { summary } from './summary';
import { validationText } from './validation';

export { cueText } from './cues';
export { exerciseName, exerciseSetup, exerciseStartPosition, ruleCue } from './exercises';
export { validationText } from './validation';

export const text = {
  rom,
  appName,
  nav,
  prefs,
  readiness,
  home,
  setup,
  live,
  away,
  stopped,
  after,
  summary,
  poseCheck,
  mainNav,
  history,
  sessionDetail,
  journal,
  data,
  update,
  storageBanner,
  cue: cueText,
  exercises,
  programs,
  programOffer,
  schedule,
  dose,
  validation: validationText,
  notFound,
  lazyArea,
  poseCheckInUse,
  clinicNav,
  rolePrompt,
} as const;
