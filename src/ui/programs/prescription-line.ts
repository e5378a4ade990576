// One prescription's dose in a line, as the patient reads it on home and in a program's preview:
// sets × reps (or hold, or duration), side, load, rest, and the ROM target (the therapist's
// override, else the library's).
import { getExercise } from '../../core/exercises/library';
import type { Prescription } from '../../core/session/types';
import { text } from '../text';

export function prescriptionLine(p: Prescription, withRest = false): string {
  const def = getExercise(p.exerciseId);
  const t = text.home;
  const parts = [
    p.reps !== null
      ? t.setsReps(p.sets, p.reps)
      : p.holdSeconds !== null
        ? t.setsHold(p.sets, p.holdSeconds)
        : text.dose.duration(p.sets, p.durationSeconds ?? 0),
  ];
  if (p.side !== undefined) parts.push(text.dose.side(p.side));
  if (p.load !== undefined && p.load !== null) parts.push(text.dose.load(p.load));
  if (withRest) parts.push(text.dose.rest(p.restSeconds));
  const rom = p.override?.romTargetDeg ?? def.rom?.targetDeg;
  if (rom !== undefined) parts.push(t.romTarget(text.rom.name(def.rom?.movement), rom));
  return parts.join(' · ');
}
