// The words of a program from the clinic: its preview, what it changes, the refusals (what
// happened and what to do, for a patient), the schedule, and the prescribed dose on home.
import type { PrescriptionField } from '../../core/programs/program-changes';
import type { DayOfWeek, PrescriptionLoad, PrescriptionSide } from '../../core/session/types';
import type { ProgramLinkError } from '../../platform/share/program-link';

const DAY_NAMES: Readonly<Record<DayOfWeek, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const ASK_AGAIN = 'Ask your clinic to send you the link again. Nothing on this device was changed.';

export const programOffer = {
  title: 'A program from your clinic',
  reading: 'Checking the program…',
  prescribedBy: (clinic: string) => `Prescribed by ${clinic}`,
  fingerprint: (fp: string) => `Clinic key ${fp}`,
  versionLine: (version: number) => `Version ${version}`,
  exercisesTitle: 'Exercises',
  scheduleTitle: 'When',
  changesTitle: 'What changes',
  newProgram:
    'This is a new program: it replaces the program you follow now. Your history stays as it is.',
  noChanges: 'The exercises and doses are the same as in the program you follow now.',
  sameVersion: 'You already follow this version of the program.',
  added: (name: string) => `Added: ${name}`,
  removed: (name: string) => `Removed: ${name}`,
  changed: (name: string, fields: string) => `Changed: ${name} (${fields})`,
  scheduleChanged: 'The schedule changed.',
  field: {
    sets: 'sets',
    reps: 'reps',
    hold: 'hold time',
    duration: 'duration',
    rest: 'rest',
    side: 'side',
    load: 'load',
    romTarget: 'movement target',
    form: 'form and tempo',
    notes: 'note',
    level: 'level',
  } satisfies Record<PrescriptionField, string>,
  notesLabel: 'Note from your therapist',
  accept: 'Accept this program',
  notNow: 'Not now',
  accepting: 'Saving…',
  saveFailed:
    'The program could not be saved on this device (storage problem). Nothing was changed; try again, or see “Your data”.',
  storageFailed:
    'This device’s storage could not be opened, so the program was not checked. Nothing was changed; reload the page and try the link again.',
  refused: 'This program was not opened',
  refusal: {
    wrong_format: `This is not a FormCoach program link, or it is incomplete (copied only in part?). ${ASK_AGAIN}`,
    tampered: `This link was changed after your clinic made it, so it cannot be trusted. ${ASK_AGAIN}`,
    invalid_program: `This program cannot be read by this version of FormCoach (it may need an update). ${ASK_AGAIN}`,
    key_mismatch: `This link does not come from the clinic it names. ${ASK_AGAIN}`,
    other_clinic:
      'This program was sent by a different clinic than the one that prescribed your current program. Ask your clinic about it. Nothing on this device was changed.',
    replay: `This is an older version of your program; you already follow a newer one. If your clinic meant to send it, ask them to send it again as a new version. Nothing on this device was changed.`,
  } satisfies Record<ProgramLinkError['code'], string>,
  replayDetail: (installed: number, link: string | number) =>
    `You follow version ${installed}; this link has version ${link}.`,
  backHome: 'Go to your exercises',
  openTitle: 'Open a program from your clinic',
  openHint: 'Paste the link your clinic sent you (by e-mail or a message).',
  openLabel: 'Program link',
  openSubmit: 'Open the program',
  openEntry: 'Open a program from your clinic',
} as const;

export const schedule = {
  days: (days: readonly DayOfWeek[]) =>
    days.length === 0 ? 'every day' : days.map((d) => DAY_NAMES[d]).join(', '),
  timesPerDay: (n: number) => (n === 1 ? 'once a day' : `${n} times a day`),
  at: (times: readonly string[]) =>
    times.length === 0 ? '' : ` at ${times.map((t) => t.slice(0, 5)).join(', ')}`,
  from: (start: string, end: string | null) =>
    end === null ? `from ${start}` : `from ${start} to ${end}`,
  dueToday: (times: number) =>
    times === 1 ? 'Scheduled today.' : `Scheduled ${times} times today.`,
  restDay: (days: string) => `No session scheduled today. Your days: ${days}.`,
  notStarted: (start: string) => `Your program starts on ${start}.`,
  ended: (end: string) => `Your program ended on ${end}. Ask your clinic what comes next.`,
  todayTitle: 'Today’s exercises',
  programTitle: 'Your program',
} as const;

const SIDE_WORDS: Readonly<Record<PrescriptionSide, string>> = {
  left: 'left side',
  right: 'right side',
  both: 'both sides',
  alternating: 'alternating sides',
};

export const dose = {
  side: (s: PrescriptionSide) => SIDE_WORDS[s],
  load: (l: PrescriptionLoad) =>
    l.kind === 'band'
      ? `${l.colour} band`
      : l.kind === 'kg' || l.kind === 'lb'
        ? `${l.value} ${l.kind}`
        : l.kind === 'rpe'
          ? `effort ${l.value}/10`
          : `${l.value} reps in reserve`,
  rest: (s: number) => `rest ${s} s`,
  duration: (sets: number, s: number) => `${sets} × ${s} s`,
} as const;
