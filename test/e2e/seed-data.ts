// Data shared by the specs that seed IndexedDB through a backup import.
import type { Prescription } from '../../src/core/session/types';

/** Squats: 2 sets × 8 reps, 30 s rest, no override, no notes. */
export const SQUAT_2X8: Prescription = {
  exerciseId: 'squat',
  sets: 2,
  reps: 8,
  holdSeconds: null,
  restSeconds: 30,
  override: null,
  notes: '',
};
