// Squat-family rep exercises: the hip's height above the knee, in torso lengths (shoulder
// midpoint to hip midpoint, ≈ 0.5 m in an adult), counts them from front, side and oblique alike
// (a knee angle seen from the front barely moves), and needs no feet, which phone clips often cut
// off (their guessed positions drag any "height above the floor"). Angles in degrees.
import {
  distance,
  distanceRatio,
  height,
  jointAngle,
  rom,
  rule,
  segmentAngle,
  trunkLean,
} from './builders';
import type { ExerciseDefinition } from './types';

const kneeValgus = distanceRatio(
  'knee_width_ratio',
  ['knee', 'opposite_knee'],
  ['ankle', 'opposite_ankle'],
  'x',
);
const valgusRule = rule(
  'knee_valgus',
  'knee_width_ratio',
  'below',
  0.75,
  'Push your knees out over your toes',
  {
    views: ['front', 'oblique'],
  },
);
const hipLevel = segmentAngle('pelvis_tilt', 'hip', 'opposite_hip', 'horizontal', 'left');

const squatBase = {
  category: 'strengthening',
  views: ['side', 'front', 'oblique'],
  setup:
    'Stand side-on (or facing the camera) 2–3 m away so your whole body, feet included, is in view.',
  framing: 'full_body',
  measures: [
    height('hip_height', 'mid_hip', 'mid_knee', 'both_mean'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'auto', 'world'),
    trunkLean(),
    kneeValgus,
  ],
  startPosition: {
    description: 'Standing tall, feet hip-width apart',
    conditions: [{ measure: 'hip_height', min: 0.45 }],
  },
  posture: 'standing',
  rom: rom('knee_angle', 180, 'decrease', 90, 'knee_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
} as const;

export const squat: ExerciseDefinition = {
  ...squatBase,
  id: 'squat',
  name: 'Squat',
  rep: {
    measure: 'hip_height',
    direction: 'decrease',
    minExcursion: 0.3,
    minRomFraction: 0.5,
    minRepMs: 500,
    maxRepMs: 15_000,
    alternating: false,
  },
  tempo: { upSeconds: 2, downSeconds: 2 },
  formRules: [
    valgusRule,
    rule('trunk_lean', 'trunk_lean', 'above', 50, 'Chest up — keep your back more upright', {
      views: ['side', 'oblique'],
    }),
  ],
};

export const jumpSquat: ExerciseDefinition = {
  ...squatBase,
  id: 'jump_squat',
  name: 'Jump squat',
  category: 'endurance',
  rep: {
    measure: 'hip_height',
    direction: 'decrease',
    minExcursion: 0.3,
    minRomFraction: 0.5,
    minRepMs: 500,
    maxRepMs: 10_000,
    alternating: false,
  },
  tempo: { upSeconds: 0.8, downSeconds: 0.8 },
  formRules: [
    {
      ...valgusRule,
      cue: 'Land with your knees over your toes',
      severity: 'safety',
      persistMs: 150,
    },
    rule('trunk_lean', 'trunk_lean', 'above', 55, 'Keep your chest up as you land', {
      views: ['side', 'oblique'],
    }),
  ],
};

export const sitToStand: ExerciseDefinition = {
  id: 'sit_to_stand',
  name: 'Sit to stand',
  category: 'functional',
  views: ['side', 'oblique', 'front'],
  setup:
    'Sit on a firm chair side-on to the camera, arms crossed on your chest, feet flat, whole body in view.',
  framing: 'full_body',
  measures: [
    height('hip_height', 'mid_hip', 'mid_knee', 'both_mean'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'auto', 'world'),
    trunkLean(),
    kneeValgus,
  ],
  startPosition: {
    description: 'Seated, feet flat, arms crossed',
    conditions: [{ measure: 'hip_height', max: 0.35 }],
  },
  posture: 'seated',
  rep: {
    measure: 'hip_height',
    direction: 'increase',
    minExcursion: 0.3,
    minRomFraction: 0.5,
    minRepMs: 800,
    maxRepMs: 20_000,
    alternating: false,
  },
  rom: rom('knee_angle', 90, 'increase', 85, 'knee_extension_from_90'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 2, downSeconds: 3 },
  formRules: [
    valgusRule,
    rule(
      'trunk_lean',
      'trunk_lean',
      'above',
      60,
      'Lean forward less — push up through your heels',
      {
        views: ['side', 'oblique'],
      },
    ),
  ],
};

export const lunge: ExerciseDefinition = {
  id: 'lunge',
  name: 'Reverse lunge',
  category: 'strengthening',
  views: ['front', 'side', 'oblique'],
  setup:
    'Stand 2–3 m from the camera with your whole body in view; step back into each lunge, alternating legs.',
  framing: 'full_body',
  measures: [
    height('hip_height', 'mid_hip', 'knee', 'both_min'),
    // Feet together vs split, in 3D so that a split seen straight from the front still shows.
    { ...distance('ankle_gap', 'ankle', 'opposite_ankle', 'xyz', 'both_mean'), space: 'world' },
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'both_min', 'world'),
    trunkLean(),
    hipLevel,
  ],
  startPosition: {
    description: 'Standing tall, feet together',
    conditions: [
      { measure: 'hip_height', min: 0.45 },
      { measure: 'ankle_gap', max: 0.55 },
    ],
  },
  posture: 'standing',
  rep: {
    measure: 'hip_height',
    direction: 'decrease',
    minExcursion: 0.25,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 15_000,
    alternating: true,
  },
  rom: rom('knee_angle', 180, 'decrease', 90, 'knee_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 2, downSeconds: 2 },
  formRules: [
    rule('trunk_lean', 'trunk_lean', 'above', 30, 'Keep your chest up and trunk upright', {
      views: ['side', 'oblique'],
    }),
    rule('pelvis_tilt', 'pelvis_tilt', 'above', 12, 'Keep your hips level', { views: ['front'] }),
  ],
};

export const SQUAT_FAMILY: readonly ExerciseDefinition[] = [squat, jumpSquat, sitToStand, lunge];
