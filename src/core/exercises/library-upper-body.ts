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
  name: 'Shoulder flexion',
  category: 'range_of_motion',
  views: ['side', 'oblique', 'front'],
  setup:
    'Stand side-on to the camera, arms by your sides; raise your arms forwards and up, thumbs up.',
  framing: 'upper_body',
  measures: [
    jointAngle('shoulder_angle', ['hip', 'shoulder', 'elbow'], 'auto', 'world'),
    armElevation,
    jointAngle('elbow_angle', ['shoulder', 'elbow', 'wrist'], 'auto', 'world'),
    trunkLean(),
  ],
  startPosition: {
    description: 'Arms by your sides',
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
    rule('back_arch', 'trunk_lean', 'above', 15, 'Keep your back straight — do not lean back', {
      views: ['side', 'oblique'],
    }),
    rule('elbow_bend', 'elbow_angle', 'below', 140, 'Keep your elbows straight', {
      severity: 'info',
    }),
  ],
};

export const shoulderAbduction: ExerciseDefinition = {
  id: 'shoulder_abduction',
  name: 'Shoulder abduction',
  category: 'range_of_motion',
  views: ['front'],
  setup:
    'Face the camera, arms by your sides, upper body in view; raise your arms out to the sides and up.',
  framing: 'upper_body',
  measures: [armElevation, shoulderHike, trunkSideLean],
  startPosition: {
    description: 'Arms by your sides',
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
    rule(
      'shoulder_hiking',
      'ear_shoulder_ratio',
      'below',
      0.2,
      'Relax your shoulders down, away from your ears',
      {
        views: ['front'],
      },
    ),
    rule(
      'trunk_side_lean',
      'trunk_side_lean',
      'above',
      12,
      "Keep your trunk upright — don't lean to the side",
      {
        views: ['front'],
      },
    ),
  ],
};

export const lateralRaise: ExerciseDefinition = {
  ...shoulderAbduction,
  id: 'lateral_raise',
  name: 'Lateral raise',
  category: 'strengthening',
  setup:
    'Face the camera holding light weights, arms by your sides; raise them out to shoulder height.',
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
    rule('too_high', 'arm_elevation', 'above', 110, 'Stop at shoulder height', {
      severity: 'info',
    }),
  ],
};

const curlBase = {
  views: ['front', 'side', 'oblique'],
  setup: 'Stand facing the camera (or side-on), arms by your sides, upper body in view.',
  framing: 'upper_body',
  measures: [elbowAngle, armElevation, trunkLean()],
  startPosition: {
    description: 'Arms straight by your sides',
    conditions: [{ measure: 'elbow_angle', min: 130 }],
  },
  posture: 'upright',
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
} as const;

const curlRules = [
  rule('elbow_drift', 'arm_elevation', 'above', 30, 'Keep your elbows by your sides'),
  rule('trunk_swing', 'trunk_lean', 'above', 12, "Don't swing your body — keep still"),
];

export const bicepCurl: ExerciseDefinition = {
  ...curlBase,
  id: 'bicep_curl',
  name: 'Biceps curl',
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
  name: 'Elbow flexion (range of motion)',
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
  name: 'Push-up',
  category: 'strengthening',
  views: ['side', 'oblique'],
  setup: 'Side-on or at an angle to the camera, whole body in view, hands under your shoulders.',
  framing: 'full_body',
  measures: [
    height('shoulder_height', 'shoulder', 'wrist', 'visible'),
    jointAngle('elbow_angle', ['shoulder', 'elbow', 'wrist'], 'auto', 'world'),
    ...bodyLineMeasures,
  ],
  startPosition: {
    description: 'Top of a push-up, arms straight',
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
    rule('hip_sag', 'hip_offset', 'above', 0.2, 'Tighten your core — your hips are sagging', {
      severity: 'safety',
    }),
    rule('hip_pike', 'hip_offset', 'below', -0.35, 'Lower your hips into a straight line', {
      severity: 'info',
    }),
  ],
};

export const wallPushUp: ExerciseDefinition = {
  id: 'wall_push_up',
  name: 'Wall push-up',
  category: 'strengthening',
  views: ['side'],
  setup:
    'Stand side-on to the camera, an arm’s length from a wall, hands on the wall at shoulder height.',
  framing: 'full_body',
  measures: [
    jointAngle('elbow_angle', ['shoulder', 'elbow', 'wrist'], 'visible'),
    ...bodyLineMeasures,
  ],
  startPosition: {
    description: 'Arms straight, hands on the wall',
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
  formRules: [
    rule(
      'body_bend',
      'body_line',
      'below',
      155,
      'Keep your body in a straight line from head to heels',
    ),
  ],
};

export const jumpingJack: ExerciseDefinition = {
  id: 'jumping_jack',
  name: 'Jumping jack',
  category: 'endurance',
  views: ['front'],
  setup: 'Face the camera 3 m away with your whole body in view and space around you.',
  framing: 'full_body',
  measures: [
    armElevation,
    distanceRatio('feet_to_hips', ['ankle', 'opposite_ankle'], ['hip', 'opposite_hip'], 'x'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'auto'),
    trunkLean(),
  ],
  startPosition: {
    description: 'Standing, arms by your sides, feet together',
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
    rule('trunk_lean', 'trunk_lean', 'above', 20, 'Stay upright as you jump'),
    rule('stiff_landing', 'knee_angle', 'above', 178, 'Land softly with slightly bent knees', {
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
