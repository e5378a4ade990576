// Static holds, balance and stretches: a hold timer over data-defined position conditions.
// Tolerances widen a condition once the hold has begun, so a held position is not lost to a
// degree of jitter at its edge.
import {
  distance,
  height,
  jointAngle,
  lineOffset,
  rule,
  segmentAngle,
  trunkLean,
} from './builders';
import type { ExerciseDefinition } from './types';

const footLift = height('foot_lift', 'ankle', 'opposite_ankle', 'both_max');
const pelvisTilt = segmentAngle('pelvis_tilt', 'hip', 'opposite_hip', 'horizontal', 'left');

export const singleLegStance: ExerciseDefinition = {
  id: 'single_leg_stance',
  category: 'balance',
  views: ['front', 'oblique'],
  framing: 'full_body',
  measures: [footLift, pelvisTilt, trunkLean()],
  startPosition: {
    conditions: [{ measure: 'foot_lift', min: 0.15 }],
  },
  posture: 'standing',
  rep: null,
  rom: null,
  hold: {
    conditions: [{ measure: 'foot_lift', min: 0.15, tolerance: 0.07 }],
    targetSeconds: 30,
    graceMs: 400,
  },
  balance: { centre: 'mid_hip', maxSwayTorso: 0.3 },
  holdAtTargetSeconds: 0,
  tempo: null,
  formRules: [
    rule('pelvic_drop', 'pelvis_tilt', 'above', 10, {
      phase: 'hold',
      views: ['front'],
      persistMs: 700,
    }),
    rule('trunk_lean', 'trunk_lean', 'above', 15, {
      phase: 'hold',
      persistMs: 700,
    }),
  ],
};

export const tandemStance: ExerciseDefinition = {
  id: 'tandem_stance',
  category: 'balance',
  views: ['front'],
  framing: 'full_body',
  measures: [
    distance('feet_gap_x', 'ankle', 'opposite_ankle', 'x', 'both_mean'),
    footLift,
    trunkLean(),
  ],
  startPosition: {
    conditions: [{ measure: 'feet_gap_x', max: 0.25 }],
  },
  posture: 'standing',
  rep: null,
  rom: null,
  hold: {
    conditions: [
      { measure: 'feet_gap_x', max: 0.25, tolerance: 0.08 },
      { measure: 'foot_lift', max: 0.12, tolerance: 0.05 },
    ],
    targetSeconds: 30,
    graceMs: 400,
  },
  balance: { centre: 'mid_hip', maxSwayTorso: 0.3 },
  holdAtTargetSeconds: 0,
  tempo: null,
  formRules: [
    rule('trunk_lean', 'trunk_lean', 'above', 15, {
      phase: 'hold',
      persistMs: 700,
    }),
  ],
};

export const plank: ExerciseDefinition = {
  id: 'plank',
  category: 'endurance',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [
    jointAngle('hip_line', ['shoulder', 'hip', 'knee'], 'visible'),
    segmentAngle('trunk_tilt', 'mid_hip', 'mid_shoulder', 'horizontal', 'both_mean'),
    lineOffset('hip_offset', 'mid_hip', 'mid_shoulder', 'mid_knee', 'both_mean'),
  ],
  startPosition: {
    conditions: [{ measure: 'hip_line', min: 150 }],
  },
  posture: 'prone',
  rep: null,
  rom: null,
  hold: {
    conditions: [
      { measure: 'hip_line', min: 145, tolerance: 10 },
      { measure: 'trunk_tilt', max: 35, tolerance: 10 },
    ],
    targetSeconds: 30,
    graceMs: 500,
  },
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: null,
  formRules: [
    rule('hip_sag', 'hip_offset', 'above', 0.15, {
      phase: 'hold',
      severity: 'safety',
      persistMs: 1000,
    }),
    rule('hip_pike', 'hip_offset', 'below', -0.25, {
      phase: 'hold',
      persistMs: 1000,
    }),
  ],
};

export const wallSit: ExerciseDefinition = {
  id: 'wall_sit',
  category: 'endurance',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'visible'), trunkLean()],
  startPosition: {
    conditions: [{ measure: 'knee_angle', max: 120 }],
  },
  posture: 'seated',
  rep: null,
  rom: null,
  hold: {
    conditions: [
      { measure: 'knee_angle', min: 65, max: 120, tolerance: 10 },
      { measure: 'trunk_lean', max: 35, tolerance: 10 },
    ],
    targetSeconds: 30,
    graceMs: 500,
  },
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: null,
  formRules: [
    rule('too_high', 'knee_angle', 'above', 110, {
      phase: 'hold',
      severity: 'info',
      persistMs: 1500,
    }),
  ],
};

export const standingQuadStretch: ExerciseDefinition = {
  id: 'standing_quad_stretch',
  category: 'flexibility',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'both_min'),
    segmentAngle('thigh_angle', 'hip', 'knee', 'down', 'both_max'),
    trunkLean(),
  ],
  startPosition: {
    conditions: [{ measure: 'knee_angle', max: 60 }],
  },
  posture: 'standing',
  rep: null,
  rom: null,
  hold: {
    conditions: [{ measure: 'knee_angle', max: 60, tolerance: 10 }],
    targetSeconds: 30,
    graceMs: 500,
  },
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: null,
  formRules: [
    rule('thigh_forward', 'thigh_angle', 'above', 25, { phase: 'hold', persistMs: 1000 }),
    rule('trunk_lean', 'trunk_lean', 'above', 20, {
      phase: 'hold',
      persistMs: 1000,
    }),
  ],
};

export const HOLDS: readonly ExerciseDefinition[] = [
  singleLegStance,
  tandemStance,
  plank,
  wallSit,
  standingQuadStretch,
];
