// The vocabulary exercise definitions are written in. Everything exercise-specific lives in data
// of these types; the analyzer only interprets it.
export const CATEGORIES = [
  'range_of_motion',
  'strengthening',
  'flexibility',
  'balance',
  'endurance',
  'functional',
] as const;
export type ExerciseCategory = (typeof CATEGORIES)[number];

export const CAMERA_VIEWS = ['front', 'side', 'oblique'] as const;
export type CameraView = (typeof CAMERA_VIEWS)[number];

/** Which landmark set a measure reads: image (pixels after aspect correction) or world (metres). */
export const SPACES = ['image', 'world'] as const;
export type MeasureSpace = (typeof SPACES)[number];

/**
 * How a measure made of side-relative points becomes one value:
 * left/right: that side; both_mean: mean of the sides seen; both_max/both_min: the larger/smaller
 * (alternating limbs: the moving one); visible: the side facing the camera; auto: both_mean when
 * the camera sees the person from the front, else the visible side (side-on, the far limb is a
 * guess behind the body and would only add its error to the mean).
 */
export const SIDE_RULES = [
  'left',
  'right',
  'both_mean',
  'both_max',
  'both_min',
  'visible',
  'auto',
] as const;
export type SideRule = (typeof SIDE_RULES)[number];

export const BODY_PARTS = [
  'shoulder',
  'elbow',
  'wrist',
  'hip',
  'knee',
  'ankle',
  'heel',
  'foot',
  'ear',
] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/**
 * A point on the body: a side-relative part ("knee" = the knee of the side being evaluated),
 * the other side's part ("opposite_knee"), the midpoint of both ("mid_knee"; the one seen when the
 * other is hidden, as side-on), the nose, or
 * "ground": the lowest visible foot point (heel, ankle or toe of either foot).
 */
export type PointRef = BodyPart | `opposite_${BodyPart}` | `mid_${BodyPart}` | 'nose' | 'ground';
export const POINT_REFS: readonly PointRef[] = [
  ...BODY_PARTS,
  ...BODY_PARTS.map((p) => `opposite_${p}` as const),
  ...BODY_PARTS.map((p) => `mid_${p}` as const),
  'nose',
  'ground',
];

/**
 * up/down/vertical/horizontal: directions of the image. behind_trunk: the trunk's line continued
 * downwards (mid-shoulder → mid-hip), signed: positive when the segment points behind the body
 * (away from the way the nose points, side-on), negative in front — for the thigh, hip extension
 * (+) and flexion (−) in the goniometric convention.
 */
export const SEGMENT_REFERENCES = ['up', 'down', 'vertical', 'horizontal', 'behind_trunk'] as const;
export type SegmentReference = (typeof SEGMENT_REFERENCES)[number];

/** x or y alone, the image-plane distance (xy), or the full 3D distance (xyz). */
export const AXES = ['x', 'y', 'xy', 'xyz'] as const;
export type Axis = (typeof AXES)[number];

interface MeasureBase {
  readonly id: string;
  readonly space: MeasureSpace;
  readonly side: SideRule;
}
/** Interior angle at the middle point (degrees). */
export interface JointAngleMeasure extends MeasureBase {
  readonly kind: 'joint_angle';
  readonly points: readonly [PointRef, PointRef, PointRef];
}
/** Angle of the segment from→to against a reference direction, in the image plane (degrees). */
export interface SegmentAngleMeasure extends MeasureBase {
  readonly kind: 'segment_angle';
  readonly from: PointRef;
  readonly to: PointRef;
  readonly reference: SegmentReference;
}
/** How far `point` is above `base`, in torso lengths (negative when below). */
export interface HeightMeasure extends MeasureBase {
  readonly kind: 'height';
  readonly point: PointRef;
  readonly base: PointRef;
}
/** Distance between two points along an axis, in torso lengths. */
export interface DistanceMeasure extends MeasureBase {
  readonly kind: 'distance';
  readonly a: PointRef;
  readonly b: PointRef;
  readonly axis: Axis;
}
/** Distance a1–a2 divided by distance b1–b2 along an axis (e.g. knee width / ankle width). */
export interface DistanceRatioMeasure extends MeasureBase {
  readonly kind: 'distance_ratio';
  readonly a: readonly [PointRef, PointRef];
  readonly b: readonly [PointRef, PointRef];
  readonly axis: Axis;
}
/** Signed offset of `point` from the line from→to in torso lengths; positive = below the line. */
export interface LineOffsetMeasure extends MeasureBase {
  readonly kind: 'line_offset';
  readonly point: PointRef;
  readonly from: PointRef;
  readonly to: PointRef;
}
export type MeasureSpec =
  | JointAngleMeasure
  | SegmentAngleMeasure
  | HeightMeasure
  | DistanceMeasure
  | DistanceRatioMeasure
  | LineOffsetMeasure;
export type MeasureKind = MeasureSpec['kind'];

/** A value range on a measure; either bound may be absent. */
export interface MeasureRange {
  readonly measure: string;
  readonly min?: number;
  readonly max?: number;
}

/** Its words ("Standing tall, feet hip-width apart") are the UI's, by exercise id. */
export interface StartPosition {
  readonly conditions: readonly MeasureRange[];
}

export type Direction = 'increase' | 'decrease';

/** How repetitions are counted on one measure (see rep-counter.ts for the algorithm). */
export interface RepSpec {
  readonly measure: string;
  /** Which way the measure moves from the start position towards the target. */
  readonly direction: Direction;
  /** Smallest excursion (measure units) that can be a repetition at all. */
  readonly minExcursion: number;
  /** A rep must reach this fraction of the person's own typical excursion, else it is partial. */
  readonly minRomFraction: number;
  readonly minRepMs: number;
  readonly maxRepMs: number;
  /** Left and right take turns (lunges, marching): each rep is attributed to the moving side. */
  readonly alternating: boolean;
}

/**
 * The clinical movement a ROM is reported as (goniometric convention: 0° is the anatomical
 * position — knee or elbow straight, arm at the side, thigh in line with the trunk). Two start
 * from a bent joint instead and say so in their names: knee extension from 90° sitting, and the
 * bridge's hip lift from about 50° of hip flexion lying.
 */
export const ROM_MOVEMENTS = [
  'knee_flexion',
  'knee_extension_from_90',
  'hip_flexion',
  'hip_extension_from_flexed',
  'hip_extension',
  'hip_abduction',
  'ankle_plantarflexion',
  'shoulder_flexion',
  'shoulder_abduction',
  'elbow_flexion',
] as const;
export type RomMovement = (typeof ROM_MOVEMENTS)[number];

/**
 * Range of motion in clinical degrees: rom = value − zeroDeg (direction increase) or
 * zeroDeg − value (decrease) on the `measure` (an angle), as `movement` names it. Definitions are
 * data read from JSON, so their units are in the field names; the analyzer's outputs carry the
 * Degrees brand. See rom.ts for the one formula.
 */
export interface RomSpec {
  readonly measure: string;
  readonly zeroDeg: number;
  readonly direction: Direction;
  readonly targetDeg: number;
  /** Absent in definitions written before it existed: the ROM is then shown without a name. */
  readonly movement?: RomMovement;
}

export interface HoldSpec {
  /** All must hold. `tolerance` widens the range once the hold has started (hysteresis). */
  readonly conditions: readonly (MeasureRange & { readonly tolerance: number })[];
  readonly targetSeconds: number;
  /** Dropouts shorter than this (noise, a blink of occlusion) do not pause the timer. */
  readonly graceMs: number;
}

export interface BalanceSpec {
  readonly centre: PointRef;
  /** Sway of the centre from its mean, in torso lengths, that counts as a loss of balance. */
  readonly maxSwayTorso: number;
}

export interface TempoSpec {
  readonly upSeconds: number;
  readonly downSeconds: number;
}

export const SEVERITIES = ['info', 'warning', 'safety'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const RULE_PHASES = ['any', 'rep', 'hold'] as const;
export type RulePhase = (typeof RULE_PHASES)[number];

export interface FormRule {
  readonly id: string;
  readonly measure: string;
  readonly comparison: 'above' | 'below';
  readonly threshold: number;
  readonly persistMs: number;
  /**
   * The therapist's own words for this rule (a program's override); absent in the library, whose
   * words the UI keeps by exercise and rule id.
   */
  readonly cue?: string;
  readonly severity: Severity;
  readonly phase: RulePhase;
  /** Views in which the rule's measure means what it says; absent = all. */
  readonly views?: readonly CameraView[];
}

/**
 * The body posture an exercise starts from (and, for a hold, is held in): lying on the back
 * (supine), on the front or in a front support (prone: plank, push-up), on one side, on hands and
 * knees (quadruped), kneeling, seated on a chair, standing, or either of the last two (upright). See posture.ts.
 */
export const POSTURES = [
  'standing',
  'seated',
  /** Seated or standing: the trunk upright (arm exercises done either way). */
  'upright',
  'supine',
  'prone',
  'side_lying',
  'kneeling',
  'quadruped',
] as const;
export type Posture = (typeof POSTURES)[number];

export const FRAMINGS = ['full_body', 'upper_body', 'lower_body'] as const;
export type Framing = (typeof FRAMINGS)[number];

/**
 * An exercise as data. Its words (name, setup, start position, form cues) are not here: the UI's
 * text module keeps them by `id` (and rule id), so the core holds no English. A therapist's
 * program may add its own free-text setup note and rule cues, which are the therapist's words.
 */
export interface ExerciseDefinition {
  readonly id: string;
  readonly category: ExerciseCategory;
  readonly views: readonly CameraView[];
  /** The therapist's own setup note (a program's override); absent in the library. */
  readonly setup?: string;
  readonly framing: Framing;
  readonly measures: readonly MeasureSpec[];
  readonly startPosition: StartPosition;
  /** The posture the start position is in: a rep counts only if it starts from it, a hold only
   * runs in it. */
  readonly posture: Posture;
  readonly rep: RepSpec | null;
  readonly rom: RomSpec | null;
  readonly hold: HoldSpec | null;
  readonly balance: BalanceSpec | null;
  /** Seconds to pause at the target of each rep (0 = none). */
  readonly holdAtTargetSeconds: number;
  readonly tempo: TempoSpec | null;
  readonly formRules: readonly FormRule[];
}
