// The shapes of a prescribed progression: levels per exercise and the clinical rules that move a
// patient between them. Stored inside a Prescription (session/types.ts), so plain data only.

/**
 * A level's dose: what differs from the base prescription (level 1 is the base itself). A harder
 * variant is another library exercise; a deeper target is a ROM target in degrees.
 */
export interface ProgressionLevel {
  readonly exerciseId?: string;
  readonly sets?: number;
  readonly reps?: number;
  readonly holdSeconds?: number;
  readonly romTargetDeg?: number;
  /** The therapist's note for this level, shown instead of the base note. */
  readonly notes?: string;
}

/**
 * A rule from clinical practice, applied after each session of the exercise:
 * - 'two_for_two': two reps or more over the target in the last set, in two consecutive sessions
 *   at the level → next level;
 * - 'pain_traffic_light': NPRS 0–3 continue, 4–5 hold the level, 6 or more step back one level
 *   and tell the patient to contact the clinic;
 * - 'rom_target_reached': the ROM target reached (median rep at 100 % or more) in `sessions`
 *   consecutive sessions at the level → next level.
 */
export type ProgressionRule =
  | { readonly kind: 'two_for_two' }
  | { readonly kind: 'pain_traffic_light' }
  | { readonly kind: 'rom_target_reached'; readonly sessions: number };

export interface ProgressionPlan {
  /** Level 2 onwards (level 1 is the prescription itself); may be empty (rules still hold/step). */
  readonly levels: readonly ProgressionLevel[];
  readonly rules: readonly ProgressionRule[];
}
