// Upper-body and whole-body rep exercises. Arm elevation is the upper arm's angle from hanging
// straight down, which needs no hip landmarks (clips framed head-to-waist still work).
import {
  distanceRatio,
  height,
  jointAngle,
  lineOffset,
  rom,
  rule,
  segmentAngle,
  trunkLean,
} from './builders';
import type { ExerciseDefinition } from './types';

const armElevation = segmentAngle('arm_elevation', 'shoulder', 'elbow', 'down', 'auto');
const shoulderHike = distanceRatio(
  'ear_shoulder_ratio',
  ['ear', 'shoulder'],
  ['shoulder', 'opposite_shoulder'],
  'y',
);
const elbowAngle = jointAngle('elbow_angle', ['shoulder', 'elbow', 'wrist'], 'auto');
const trunkSideLean = segmentAngle('trunk_side_lean', 'mid_hip', 'mid_shoulder', 'up', 'both_mean');

export const shoulderFlexion: ExerciseDefinition = {
  id: 'shoulder_flexion',
  category: 'range_of_motion',
  views: ['side', 'oblique', 'front'],
  framing: 'upper_body',
  measures: [
    jointAngle('shoulder_angle', ['hip', 'shoulder', 'elbow'], 'auto', 'world'),
    armElevation,
    jointAngle('elbow_angle', ['shoulder', 'elbow', 'wrist'], 'auto', 'world'),
    trunkLean(),
  ],
  startPosition: {
    conditions: [{ measure: 'arm_elevation', max: 40 }],
  },
  posture: 'upright',
  rep: {
    measure: 'shoulder_angle',
    direction: 'increase',
    minExcursion: 40,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 20_000,
    alternating: false,
  },
  rom: rom('shoulder_angle', 0, 'increase', 150, 'shoulder_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 2, downSeconds: 2 },
  formRules: [
    rule('back_arch', 'trunk_lean', 'above', 15, {
      views: ['side', 'oblique'],
    }),
    rule('elbow_bend', 'elbow_angle', 'below', 140, {
      severity: 'info',
    }),
  ],
};

export const shoulderAbduction: ExerciseDefinition = {
  id: 'shoulder_abduction',
  category: 'range_of_motion',
  views: ['front'],
  framing: 'upper_body',
  measures: [armElevation, shoulderHike, trunkSideLean],
  startPosition: {
    conditions: [{ measure: 'arm_elevation', max: 40 }],
  },
  posture: 'upright',
  rep: {
    measure: 'arm_elevation',
    direction: 'increase',
    minExcursion: 40,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 20_000,
    alternating: false,
  },
  rom: rom('arm_elevation', 0, 'increase', 150, 'shoulder_abduction'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 2, downSeconds: 2 },
  formRules: [
    rule('shoulder_hiking', 'ear_shoulder_ratio', 'below', 0.2, {
      views: ['front'],
    }),
    rule('trunk_side_lean', 'trunk_side_lean', 'above', 12, {
      views: ['front'],
    }),
  ],
};

export const lateralRaise: ExerciseDefinition = {
  ...shoulderAbduction,
  id: 'lateral_raise',
  category: 'strengthening',
  rep: {
    measure: 'arm_elevation',
    direction: 'increase',
    minExcursion: 35,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 15_000,
    alternating: false,
  },
  rom: rom('arm_elevation', 0, 'increase', 90, 'shoulder_abduction'),
  tempo: { upSeconds: 1.5, downSeconds: 2 },
  formRules: [
    ...shoulderAbduction.formRules,
    rule('too_high', 'arm_elevation', 'above', 110, {
      severity: 'info',
    }),
  ],
};

const curlBase = {
  views: ['front', 'side', 'oblique'],
  framing: 'upper_body',
  measures: [elbowAngle, armElevation, trunkLean()],
  startPosition: {
    conditions: [{ measure: 'elbow_angle', min: 130 }],
  },
  posture: 'upright',
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
} as const;

const curlRules = [
  rule('elbow_drift', 'arm_elevation', 'above', 30),
  rule('trunk_swing', 'trunk_lean', 'above', 12),
];

export const bicepCurl: ExerciseDefinition = {
  ...curlBase,
  id: 'bicep_curl',
  category: 'strengthening',
  rep: {
    measure: 'elbow_angle',
    direction: 'decrease',
    minExcursion: 40,
    minRomFraction: 0.5,
    minRepMs: 500,
    maxRepMs: 15_000,
    alternating: false,
  },
  rom: rom('elbow_angle', 180, 'decrease', 120, 'elbow_flexion'),
  tempo: { upSeconds: 1.5, downSeconds: 2 },
  formRules: curlRules,
};

export const elbowFlexion: ExerciseDefinition = {
  ...curlBase,
  id: 'elbow_flexion',
  category: 'range_of_motion',
  rep: {
    measure: 'elbow_angle',
    direction: 'decrease',
    minExcursion: 40,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 20_000,
    alternating: false,
  },
  rom: rom('elbow_angle', 180, 'decrease', 140, 'elbow_flexion'),
  tempo: { upSeconds: 2, downSeconds: 2 },
  formRules: curlRules,
};

const bodyLineMeasures = [
  lineOffset('hip_offset', 'mid_hip', 'mid_shoulder', 'mid_ankle', 'both_mean'),
  jointAngle('body_line', ['shoulder', 'hip', 'ankle'], 'visible'),
];

export const pushUp: ExerciseDefinition = {
  id: 'push_up',
  category: 'strengthening',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [
    height('shoulder_height', 'shoulder', 'wrist', 'visible'),
    jointAngle('elbow_angle', ['shoulder', 'elbow', 'wrist'], 'auto', 'world'),
    ...bodyLineMeasures,
  ],
  startPosition: {
    conditions: [{ measure: 'elbow_angle', min: 130 }],
  },
  posture: 'prone',
  rep: {
    measure: 'shoulder_height',
    direction: 'decrease',
    minExcursion: 0.25,
    minRomFraction: 0.5,
    minRepMs: 500,
    maxRepMs: 15_000,
    alternating: false,
  },
  rom: rom('elbow_angle', 180, 'decrease', 90, 'elbow_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 1.5, downSeconds: 1.5 },
  formRules: [
    rule('hip_sag', 'hip_offset', 'above', 0.2, {
      severity: 'safety',
    }),
    rule('hip_pike', 'hip_offset', 'below', -0.35, {
      severity: 'info',
    }),
  ],
};

export const wallPushUp: ExerciseDefinition = {
  id: 'wall_push_up',
  category: 'strengthening',
  views: ['side'],
  framing: 'full_body',
  measures: [
    jointAngle('elbow_angle', ['shoulder', 'elbow', 'wrist'], 'visible'),
    ...bodyLineMeasures,
  ],
  startPosition: {
    conditions: [{ measure: 'elbow_angle', min: 130 }],
  },
  posture: 'standing',
  rep: {
    measure: 'elbow_angle',
    direction: 'decrease',
    minExcursion: 30,
    minRomFraction: 0.5,
    minRepMs: 500,
    maxRepMs: 15_000,
    alternating: false,
  },
  rom: rom('elbow_angle', 180, 'decrease', 80, 'elbow_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 1.5, downSeconds: 1.5 },
  formRules: [rule('body_bend', 'body_line', 'below', 155)],
};

export const jumpingJack: ExerciseDefinition = {
  id: 'jumping_jack',
  category: 'endurance',
  views: ['front'],
  framing: 'full_body',
  measures: [
    armElevation,
    distanceRatio('feet_to_hips', ['ankle', 'opposite_ankle'], ['hip', 'opposite_hip'], 'x'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'auto'),
    trunkLean(),
  ],
  startPosition: {
    conditions: [{ measure: 'arm_elevation', max: 50 }],
  },
  posture: 'standing',
  rep: {
    measure: 'arm_elevation',
    direction: 'increase',
    minExcursion: 60,
    minRomFraction: 0.5,
    minRepMs: 400,
    maxRepMs: 5_000,
    alternating: false,
  },
  rom: rom('arm_elevation', 0, 'increase', 150, 'shoulder_abduction'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 0.6, downSeconds: 0.6 },
  formRules: [
    rule('trunk_lean', 'trunk_lean', 'above', 20),
    rule('stiff_landing', 'knee_angle', 'above', 178, {
      severity: 'info',
      persistMs: 1500,
    }),
  ],
};

export const UPPER_BODY: readonly ExerciseDefinition[] = [
  shoulderFlexion,
  shoulderAbduction,
  lateralRaise,
  bicepCurl,
  elbowFlexion,
  pushUp,
  wallPushUp,
  jumpingJack,
];
