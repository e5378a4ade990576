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
const valgusRule = rule('knee_valgus', 'knee_width_ratio', 'below', 0.75, {
  views: ['front', 'oblique'],
});
const hipLevel = segmentAngle('pelvis_tilt', 'hip', 'opposite_hip', 'horizontal', 'left');

const squatBase = {
  category: 'strengthening',
  views: ['side', 'front', 'oblique'],
  framing: 'full_body',
  measures: [
    height('hip_height', 'mid_hip', 'mid_knee', 'both_mean'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'auto', 'world'),
    trunkLean(),
    kneeValgus,
  ],
  startPosition: {
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
    rule('trunk_lean', 'trunk_lean', 'above', 50, {
      views: ['side', 'oblique'],
    }),
  ],
};

export const jumpSquat: ExerciseDefinition = {
  ...squatBase,
  id: 'jump_squat',
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
      severity: 'safety',
      persistMs: 150,
    },
    rule('trunk_lean', 'trunk_lean', 'above', 55, {
      views: ['side', 'oblique'],
    }),
  ],
};

export const sitToStand: ExerciseDefinition = {
  id: 'sit_to_stand',
  category: 'functional',
  views: ['side', 'oblique', 'front'],
  framing: 'full_body',
  measures: [
    height('hip_height', 'mid_hip', 'mid_knee', 'both_mean'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'auto', 'world'),
    trunkLean(),
    kneeValgus,
  ],
  startPosition: {
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
    rule('trunk_lean', 'trunk_lean', 'above', 60, {
      views: ['side', 'oblique'],
    }),
  ],
};

export const lunge: ExerciseDefinition = {
  id: 'lunge',
  category: 'strengthening',
  views: ['front', 'side', 'oblique'],
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
    rule('trunk_lean', 'trunk_lean', 'above', 30, {
      views: ['side', 'oblique'],
    }),
    rule('pelvis_tilt', 'pelvis_tilt', 'above', 12, { views: ['front'] }),
  ],
};

export const SQUAT_FAMILY: readonly ExerciseDefinition[] = [squat, jumpSquat, sitToStand, lunge];
