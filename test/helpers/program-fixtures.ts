// A therapist's program for the sharing tests and the link-size bench: `n` library exercises with
// the dose fields a clinician fills in (ROM target, tempo, load, side, a note, levels, schedule).
import { EXERCISES } from '../../src/core/exercises/library';
import { programFromEdit } from '../../src/core/programs/versions';
import type { Prescription, Program } from '../../src/core/session/types';

/** Twelve different notes, as a therapist writes them (repeated notes would flatter compression). */
const NOTES = [
  'Keep your knee over your second toe.',
  'Breathe out as you lift; stop if the pain goes above 5.',
  'Slow on the way down, count three.',
  'Hold on to the kitchen counter if you feel unsteady.',
  'Do not arch your lower back; squeeze your glutes at the top.',
  'Shoulders down and back before each rep.',
  'Only go as far as it feels like a stretch, never sharp pain.',
  'Use the red band this week, green from week 3 if it is easy.',
  'Rest a full minute between sets, sit if you need to.',
  'Look ahead, not at your feet.',
  'Push through the heel, not the toes.',
  'Ice for 10 minutes afterwards if the knee is swollen.',
];

export function prescriptionFor(exerciseId: string, i: number): Prescription {
  const def = EXERCISES.find((e) => e.id === exerciseId);
  const isHold = def?.hold !== null && def?.hold !== undefined;
  const hasRom = def?.rom !== null && def?.rom !== undefined;
  return {
    exerciseId,
    sets: 3,
    reps: isHold ? null : 10,
    holdSeconds: isHold ? 30 : null,
    restSeconds: 60,
    side: i % 2 === 0 ? 'both' : 'alternating',
    load: i % 3 === 0 ? { kind: 'band', colour: 'red' } : { kind: 'rpe', value: 6 },
    override: {
      ...(hasRom && def?.rom ? { romTargetDeg: Math.round(def.rom.targetDeg * 0.9) } : {}),
      ...(isHold ? {} : { tempo: { downSeconds: 3, upSeconds: 1 } }),
    },
    notes: NOTES[i % NOTES.length] ?? '',
    progression: {
      levels: isHold ? [{ holdSeconds: 45 }] : [{ reps: 12 }, { reps: 15 }],
      rules: [{ kind: 'pain_traffic_light' }, { kind: 'two_for_two' }],
    },
  };
}

export function programWith(
  n: number,
  fingerprint: string,
  opts: { lineageId?: string; previous?: Program | null } = {},
): Program {
  const ids = EXERCISES.map((e) => e.id).slice(0, n);
  if (ids.length < n) throw new Error(`the library has fewer than ${n} exercises`);
  return programFromEdit(
    {
      name: 'Knee rehab after ACL reconstruction, phase 2',
      description: 'Three times a week, morning. Ice after if swollen.',
      frequencyPerWeek: 0,
      exercises: ids.map(prescriptionFor),
      schedule: {
        frequency: 1,
        period: 1,
        periodUnit: 'd',
        dayOfWeek: ['mon', 'wed', 'fri'],
        timeOfDay: ['08:00:00'],
        boundsPeriod: { start: '2026-12-07', end: '2027-02-28' },
      },
    },
    {
      lineageId: opts.lineageId ?? 'f3a9c2e1-5b7d-4e0a-9c1f-2d8e6b4a7c30',
      prescribedBy: { displayName: 'Physio Clinic Example', keyFingerprint: fingerprint },
      atMs: 1_796_000_000_000,
      previous: opts.previous ?? null,
    },
  );
}
