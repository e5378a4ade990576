// Other lower-body rep exercises: bridges, calf raises, hip and knee movements. Heights are in
// torso lengths (shoulder midpoint to hip midpoint, ≈ 0.5 m in an adult), angles in degrees.
import { height, jointAngle, rom, rule, segmentAngle, trunkLean } from './builders';
import type { ExerciseDefinition } from './types';

const hipLevel = segmentAngle('pelvis_tilt', 'hip', 'opposite_hip', 'horizontal', 'left');

export const gluteBridge: ExerciseDefinition = {
  id: 'glute_bridge',
  category: 'strengthening',
  views: ['side'],
  framing: 'full_body',
  measures: [
    jointAngle('hip_angle', ['shoulder', 'hip', 'knee'], 'visible'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'visible'),
    height('hip_above_shoulder', 'mid_hip', 'mid_shoulder', 'both_mean'),
  ],
  startPosition: {
    conditions: [{ measure: 'hip_angle', max: 160 }],
  },
  posture: 'supine',
  rep: {
    measure: 'hip_angle',
    direction: 'increase',
    minExcursion: 15,
    minRomFraction: 0.5,
    minRepMs: 500,
    maxRepMs: 20_000,
    alternating: false,
  },
  rom: rom('hip_angle', 130, 'increase', 45, 'hip_extension_from_flexed'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 1,
  tempo: { upSeconds: 1.5, downSeconds: 1.5 },
  formRules: [
    rule('feet_too_far', 'knee_angle', 'above', 130, {
      severity: 'info',
    }),
    rule('feet_too_close', 'knee_angle', 'below', 50, {
      severity: 'info',
    }),
  ],
};

export const calfRaise: ExerciseDefinition = {
  id: 'calf_raise',
  category: 'strengthening',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [
    height('hip_height', 'mid_hip', 'ground', 'both_mean'),
    jointAngle('ankle_angle', ['knee', 'ankle', 'foot'], 'visible'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'visible'),
  ],
  startPosition: {
    conditions: [{ measure: 'knee_angle', min: 160 }],
  },
  posture: 'standing',
  rep: {
    measure: 'hip_height',
    direction: 'increase',
    minExcursion: 0.06,
    minRomFraction: 0.5,
    minRepMs: 400,
    maxRepMs: 10_000,
    alternating: false,
  },
  rom: rom('ankle_angle', 115, 'increase', 30, 'ankle_plantarflexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 1,
  tempo: { upSeconds: 1, downSeconds: 2 },
  formRules: [rule('knee_bend', 'knee_angle', 'below', 155)],
};

export const hipAbductionStanding: ExerciseDefinition = {
  id: 'hip_abduction_standing',
  category: 'strengthening',
  views: ['front'],
  framing: 'full_body',
  measures: [
    segmentAngle('leg_abduction', 'hip', 'ankle', 'down', 'both_max'),
    trunkLean(),
    hipLevel,
  ],
  startPosition: {
    conditions: [{ measure: 'leg_abduction', max: 15 }],
  },
  posture: 'standing',
  rep: {
    measure: 'leg_abduction',
    direction: 'increase',
    minExcursion: 12,
    minRomFraction: 0.5,
    minRepMs: 400,
    maxRepMs: 10_000,
    alternating: true,
  },
  rom: rom('leg_abduction', 0, 'increase', 35, 'hip_abduction'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 1, downSeconds: 1.5 },
  formRules: [
    rule('trunk_lean', 'trunk_lean', 'above', 15, {
      views: ['front'],
    }),
  ],
};

const kneeRaiseMeasures = [
  height('knee_height', 'knee', 'hip', 'both_max'),
  jointAngle('hip_flexion_angle', ['shoulder', 'hip', 'knee'], 'both_min', 'world'),
  trunkLean(),
];

export const kneeRaiseStanding: ExerciseDefinition = {
  id: 'knee_raise_standing',
  category: 'strengthening',
  views: ['front', 'side', 'oblique'],
  framing: 'full_body',
  measures: kneeRaiseMeasures,
  startPosition: {
    conditions: [{ measure: 'knee_height', max: -0.5 }],
  },
  posture: 'standing',
  rep: {
    measure: 'knee_height',
    direction: 'increase',
    minExcursion: 0.3,
    minRomFraction: 0.5,
    minRepMs: 400,
    maxRepMs: 10_000,
    alternating: true,
  },
  rom: rom('hip_flexion_angle', 180, 'decrease', 90, 'hip_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 1, downSeconds: 1 },
  formRules: [rule('trunk_lean', 'trunk_lean', 'above', 15)],
};

export const marching: ExerciseDefinition = {
  ...kneeRaiseStanding,
  id: 'marching',
  category: 'endurance',
  rep: {
    measure: 'knee_height',
    direction: 'increase',
    minExcursion: 0.2,
    minRomFraction: 0.5,
    minRepMs: 250,
    maxRepMs: 5_000,
    alternating: true,
  },
  rom: rom('hip_flexion_angle', 180, 'decrease', 70, 'hip_flexion'),
  tempo: { upSeconds: 0.5, downSeconds: 0.5 },
};

export const legRaiseSupine: ExerciseDefinition = {
  id: 'leg_raise_supine',
  category: 'strengthening',
  views: ['side'],
  framing: 'full_body',
  measures: [
    segmentAngle('leg_elevation', 'hip', 'ankle', 'horizontal', 'both_max'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'visible'),
  ],
  startPosition: {
    conditions: [{ measure: 'leg_elevation', max: 25 }],
  },
  posture: 'supine',
  rep: {
    measure: 'leg_elevation',
    direction: 'increase',
    minExcursion: 20,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 20_000,
    alternating: false,
  },
  rom: rom('leg_elevation', 0, 'increase', 70, 'hip_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 2, downSeconds: 2 },
  formRules: [rule('knee_bend', 'knee_angle', 'below', 150)],
};

export const kneeExtensionSeated: ExerciseDefinition = {
  id: 'knee_extension_seated',
  category: 'range_of_motion',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'both_max'), trunkLean()],
  startPosition: {
    conditions: [{ measure: 'knee_angle', max: 120 }],
  },
  posture: 'seated',
  rep: {
    measure: 'knee_angle',
    direction: 'increase',
    minExcursion: 25,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 20_000,
    alternating: true,
  },
  rom: rom('knee_angle', 90, 'increase', 85, 'knee_extension_from_90'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 1,
  tempo: { upSeconds: 2, downSeconds: 2 },
  formRules: [
    rule('lean_back', 'trunk_lean', 'above', 25, {
      views: ['side', 'oblique'],
    }),
  ],
};

export const hamstringCurlStanding: ExerciseDefinition = {
  id: 'hamstring_curl_standing',
  category: 'strengthening',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'both_min'),
    segmentAngle('thigh_angle', 'hip', 'knee', 'down', 'both_max'),
    trunkLean(),
  ],
  startPosition: {
    conditions: [{ measure: 'knee_angle', min: 150 }],
  },
  posture: 'standing',
  rep: {
    measure: 'knee_angle',
    direction: 'decrease',
    minExcursion: 25,
    minRomFraction: 0.5,
    minRepMs: 500,
    maxRepMs: 15_000,
    alternating: true,
  },
  rom: rom('knee_angle', 180, 'decrease', 90, 'knee_flexion'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 0,
  tempo: { upSeconds: 1.5, downSeconds: 1.5 },
  formRules: [
    rule('thigh_drift', 'thigh_angle', 'above', 25),
    rule('trunk_lean', 'trunk_lean', 'above', 20),
  ],
};
/**
 * Standing hip extension holding a chair: the straight leg goes back and is held there. Measured
 * as hip extension in the goniometric convention: the thigh behind the line of the trunk, 0°
 * standing straight (segment reference behind_trunk). Normal active range is about 10–20° (AAOS
 * 0–20°; less in older adults), so the target is 15° and 8° is the smallest rep. The trunk tipping
 * forward as the leg goes back does not add to it (people often swing the whole body like a
 * see-saw), and the lean gets a cue. The rep itself is the leg taken back and held: the thigh's
 * angle from straight down (the moving leg is the one further from it, both_max), whose pause at
 * the top is the hold the patient makes; a leg brought forward instead reads as negative hip
 * extension and gets a cue.
 */
export const hipExtensionStanding: ExerciseDefinition = {
  id: 'hip_extension_standing',
  category: 'strengthening',
  views: ['side', 'oblique'],
  framing: 'full_body',
  measures: [
    segmentAngle('thigh_angle', 'hip', 'knee', 'down', 'both_max'),
    segmentAngle('hip_extension', 'hip', 'knee', 'behind_trunk', 'both_max'),
    jointAngle('knee_angle', ['hip', 'knee', 'ankle'], 'both_min'),
    trunkLean(),
  ],
  startPosition: {
    conditions: [{ measure: 'thigh_angle', max: 10 }],
  },
  posture: 'standing',
  rep: {
    measure: 'thigh_angle',
    direction: 'increase',
    minExcursion: 8,
    minRomFraction: 0.5,
    minRepMs: 600,
    maxRepMs: 20_000,
    alternating: true,
  },
  rom: rom('hip_extension', 0, 'increase', 15, 'hip_extension'),
  hold: null,
  balance: null,
  holdAtTargetSeconds: 1,
  tempo: { upSeconds: 1.5, downSeconds: 1.5 },
  formRules: [
    rule('knee_bend', 'knee_angle', 'below', 150, {
      severity: 'info',
    }),
    rule('leg_forward', 'hip_extension', 'below', -15, {
      severity: 'info',
    }),
    rule('trunk_lean', 'trunk_lean', 'above', 20),
  ],
};

export const LOWER_BODY: readonly ExerciseDefinition[] = [
  gluteBridge,
  calfRaise,
  hipAbductionStanding,
  kneeRaiseStanding,
  marching,
  legRaiseSupine,
  kneeExtensionSeated,
  hamstringCurlStanding,
  hipExtensionStanding,
];
