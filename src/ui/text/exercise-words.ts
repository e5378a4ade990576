// The words of each library exercise, by exercise id: its name, how to set up for it, its start
// position ("Start position: …"), and what each form rule says when it fires, by rule id. The
// definitions in src/core/exercises keep only the ids; a unit test checks that both sides match.

export interface ExerciseWords {
  readonly name: string;
  readonly setup: string;
  readonly startPosition: string;
  /** By form rule id. */
  readonly cues: Readonly<Record<string, string>>;
}

export const EXERCISE_WORDS: Readonly<Record<string, ExerciseWords>> = {
  squat: {
    name: 'Squat',
    setup:
      'Stand side-on (or facing the camera) 2–3 m away so your whole body, feet included, is in view.',
    startPosition: 'Standing tall, feet hip-width apart',
    cues: {
      knee_valgus: 'Push your knees out over your toes',
      trunk_lean: 'Chest up — keep your back more upright',
    },
  },
  jump_squat: {
    name: 'Jump squat',
    setup:
      'Stand side-on (or facing the camera) 2–3 m away so your whole body, feet included, is in view.',
    startPosition: 'Standing tall, feet hip-width apart',
    cues: {
      knee_valgus: 'Land with your knees over your toes',
      trunk_lean: 'Keep your chest up as you land',
    },
  },
  sit_to_stand: {
    name: 'Sit to stand',
    setup:
      'Sit on a firm chair side-on to the camera, arms crossed on your chest, feet flat, whole body in view.',
    startPosition: 'Seated, feet flat, arms crossed',
    cues: {
      knee_valgus: 'Push your knees out over your toes',
      trunk_lean: 'Lean forward less — push up through your heels',
    },
  },
  lunge: {
    name: 'Reverse lunge',
    setup:
      'Stand 2–3 m from the camera with your whole body in view; step back into each lunge, alternating legs.',
    startPosition: 'Standing tall, feet together',
    cues: {
      trunk_lean: 'Keep your chest up and trunk upright',
      pelvis_tilt: 'Keep your hips level',
    },
  },
  glute_bridge: {
    name: 'Glute bridge',
    setup:
      'Lie on your back side-on to the camera, knees bent, feet flat; the camera at floor level or low.',
    startPosition: 'Lying on your back, knees bent, hips down',
    cues: {
      feet_too_far: 'Walk your feet closer to your hips',
      feet_too_close: 'Move your feet a little further away',
    },
  },
  calf_raise: {
    name: 'Calf raise',
    setup:
      'Stand side-on to the camera near a wall or chair for balance, feet hip-width, feet in view.',
    startPosition: 'Standing, heels down',
    cues: {
      knee_bend: 'Keep your knees straight — rise onto your toes',
    },
  },
  hip_abduction_standing: {
    name: 'Standing hip abduction',
    setup:
      'Face the camera, whole body in view, a hand on a chair if needed; lift each leg out to the side.',
    startPosition: 'Standing, feet together',
    cues: {
      trunk_lean: "Keep your trunk upright — don't lean",
    },
  },
  knee_raise_standing: {
    name: 'Standing knee raise',
    setup: 'Stand 2–3 m from the camera, whole body in view; raise one knee towards hip height.',
    startPosition: 'Standing on both feet',
    cues: {
      trunk_lean: 'Stand tall — keep your trunk upright',
    },
  },
  marching: {
    name: 'Marching on the spot',
    setup: 'Stand 2–3 m from the camera, whole body in view; march on the spot, knees up.',
    startPosition: 'Standing on both feet',
    cues: {
      trunk_lean: 'Stand tall — keep your trunk upright',
    },
  },
  leg_raise_supine: {
    name: 'Supine straight-leg raise',
    setup:
      'Lie on your back side-on to the camera, legs straight; raise the leg(s) with the knee straight.',
    startPosition: 'Lying on your back, legs straight',
    cues: {
      knee_bend: 'Keep the knee straight',
    },
  },
  knee_extension_seated: {
    name: 'Seated knee extension',
    setup: 'Sit on a chair side-on to the camera; straighten one knee at a time.',
    startPosition: 'Seated, knees bent about 90°',
    cues: {
      lean_back: 'Sit tall — do not lean back',
    },
  },
  hamstring_curl_standing: {
    name: 'Standing hamstring curl',
    setup:
      'Stand side-on to the camera holding a chair; bend one knee to bring the heel towards your buttock.',
    startPosition: 'Standing on both feet',
    cues: {
      thigh_drift: 'Keep your thigh in line with your body',
      trunk_lean: 'Stand tall — do not lean forward',
    },
  },
  hip_extension_standing: {
    name: 'Standing hip extension',
    setup:
      'Stand side-on to the camera holding the back of a chair, whole body in view; take one straight leg back, hold, and bring it back.',
    startPosition: 'Standing on both feet, holding the chair',
    cues: {
      knee_bend: 'Keep the leg straight as it goes back',
      leg_forward: 'Take the leg back behind you',
      trunk_lean: 'Stand tall — take the leg back, not the trunk forward',
    },
  },
  shoulder_flexion: {
    name: 'Shoulder flexion',
    setup:
      'Stand side-on to the camera, arms by your sides; raise your arms forwards and up, thumbs up.',
    startPosition: 'Arms by your sides',
    cues: {
      back_arch: 'Keep your back straight — do not lean back',
      elbow_bend: 'Keep your elbows straight',
    },
  },
  shoulder_abduction: {
    name: 'Shoulder abduction',
    setup:
      'Face the camera, arms by your sides, upper body in view; raise your arms out to the sides and up.',
    startPosition: 'Arms by your sides',
    cues: {
      shoulder_hiking: 'Relax your shoulders down, away from your ears',
      trunk_side_lean: "Keep your trunk upright — don't lean to the side",
    },
  },
  lateral_raise: {
    name: 'Lateral raise',
    setup:
      'Face the camera holding light weights, arms by your sides; raise them out to shoulder height.',
    startPosition: 'Arms by your sides',
    cues: {
      shoulder_hiking: 'Relax your shoulders down, away from your ears',
      trunk_side_lean: "Keep your trunk upright — don't lean to the side",
      too_high: 'Stop at shoulder height',
    },
  },
  bicep_curl: {
    name: 'Biceps curl',
    setup: 'Stand facing the camera (or side-on), arms by your sides, upper body in view.',
    startPosition: 'Arms straight by your sides',
    cues: {
      elbow_drift: 'Keep your elbows by your sides',
      trunk_swing: "Don't swing your body — keep still",
    },
  },
  elbow_flexion: {
    name: 'Elbow flexion (range of motion)',
    setup: 'Stand facing the camera (or side-on), arms by your sides, upper body in view.',
    startPosition: 'Arms straight by your sides',
    cues: {
      elbow_drift: 'Keep your elbows by your sides',
      trunk_swing: "Don't swing your body — keep still",
    },
  },
  push_up: {
    name: 'Push-up',
    setup: 'Side-on or at an angle to the camera, whole body in view, hands under your shoulders.',
    startPosition: 'Top of a push-up, arms straight',
    cues: {
      hip_sag: 'Tighten your core — your hips are sagging',
      hip_pike: 'Lower your hips into a straight line',
    },
  },
  wall_push_up: {
    name: 'Wall push-up',
    setup:
      'Stand side-on to the camera, an arm’s length from a wall, hands on the wall at shoulder height.',
    startPosition: 'Arms straight, hands on the wall',
    cues: {
      body_bend: 'Keep your body in a straight line from head to heels',
    },
  },
  jumping_jack: {
    name: 'Jumping jack',
    setup: 'Face the camera 3 m away with your whole body in view and space around you.',
    startPosition: 'Standing, arms by your sides, feet together',
    cues: {
      trunk_lean: 'Stay upright as you jump',
      stiff_landing: 'Land softly with slightly bent knees',
    },
  },
  single_leg_stance: {
    name: 'Single-leg stance',
    setup:
      'Face the camera with your whole body in view, near a wall or chair; lift one foot off the floor.',
    startPosition: 'Standing on one leg',
    cues: {
      pelvic_drop: 'Keep your hips level',
      trunk_lean: 'Stand tall over your standing foot',
    },
  },
  tandem_stance: {
    name: 'Tandem stance',
    setup:
      'Face the camera, whole body in view; place one foot directly in front of the other, heel to toe.',
    startPosition: 'Heel to toe, both feet down',
    cues: {
      trunk_lean: 'Stand tall and look ahead',
    },
  },
  plank: {
    name: 'Forearm plank',
    setup:
      'Side-on to the camera, whole body in view; forearms under your shoulders, body in a straight line.',
    startPosition: 'Forearms and toes down, body straight',
    cues: {
      hip_sag: 'Lift your hips — keep a straight line',
      hip_pike: 'Lower your hips into line',
    },
  },
  wall_sit: {
    name: 'Wall sit',
    setup:
      'Side-on to the camera, back against a wall, slide down until your knees are bent about 90°.',
    startPosition: 'Back on the wall, knees bent',
    cues: {
      too_high: 'Slide a little lower, towards 90° at the knee',
    },
  },
  standing_quad_stretch: {
    name: 'Standing quadriceps stretch',
    setup: 'Side-on to the camera holding a chair; bend one knee and hold the ankle behind you.',
    startPosition: 'Standing on one leg, other knee bent, ankle in hand',
    cues: {
      thigh_forward: 'Bring your knee back in line with the other',
      trunk_lean: 'Stand tall — do not lean forward',
    },
  },
};
