// Words for postures and movements: what the tracker sees, what an exercise needs, and the
// clinical name of each range-of-motion movement.
import type { Posture, RomMovement } from '../../core/exercises/types';
import type { ObservedPosture } from '../../core/posture';

/** "You look to be …" for each posture the tracker can see. */
export const POSTURE_SEEN: Readonly<Record<ObservedPosture, string>> = {
  standing: 'You look to be standing',
  seated: 'You look to be sitting',
  upright: 'You look to be upright',
  supine: 'You look to be lying on your back',
  prone: 'You look to be lying face down',
  side_lying: 'You look to be lying on your side',
  kneeling: 'You look to be kneeling',
  quadruped: 'You look to be on your hands and knees',
  crouching: 'You look to be squatting, with no seat under you',
};
/** What the exercise needs instead. */
export const POSTURE_NEEDED: Readonly<Record<Posture, string>> = {
  standing: 'this exercise is done standing',
  seated: 'this exercise starts sitting down',
  upright: 'this exercise is done sitting or standing upright',
  supine: 'this exercise is done lying on your back',
  prone: 'this exercise is done facing the floor',
  side_lying: 'this exercise is done lying on your side',
  kneeling: 'this exercise is done kneeling',
  quadruped: 'this exercise is done on your hands and knees',
};
export const postureAdvice = (seen: ObservedPosture, needed: Posture, start: string): string =>
  `${POSTURE_SEEN[seen]} — ${POSTURE_NEEDED[needed]}. Start position: ${start}.`;
/** The clinical name of each ROM movement (goniometric convention, see exercises/types.ts). */
export const movementNames: Record<RomMovement, string> = {
  knee_flexion: 'Knee flexion',
  knee_extension_from_90: 'Knee straightening from 90° bent',
  hip_flexion: 'Hip flexion',
  hip_extension_from_flexed: 'Hip lift from bent',
  hip_extension: 'Hip extension',
  hip_abduction: 'Hip abduction',
  ankle_plantarflexion: 'Ankle plantarflexion',
  shoulder_flexion: 'Shoulder flexion',
  shoulder_abduction: 'Shoulder abduction',
  elbow_flexion: 'Elbow flexion',
};

export const rom = {
  movement: movementNames,
  /** The movement's name; a ROM whose definition does not name one is "Range of motion". */
  name: (movement: RomMovement | null | undefined): string =>
    movement === null || movement === undefined ? 'Range of motion' : movementNames[movement],
} as const;
