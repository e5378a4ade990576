// The words of the built-in starter programs, by program id: name, description, and the note for
// each exercise in it (by exercise id). A therapist's program carries its own words.

export interface ProgramWords {
  readonly name: string;
  readonly description: string;
  /** By exercise id; absent = no note. */
  readonly notes: Readonly<Record<string, string>>;
}

export const PROGRAM_WORDS: Readonly<Record<string, ProgramWords>> = {
  'builtin-knee': {
    name: 'Knee',
    description: 'Strength and range of motion for the knee.',
    notes: {
      squat: 'Go only as low as is comfortable.',
      hamstring_curl_standing: 'Hold a chair for balance.',
    },
  },
  'builtin-shoulder': {
    name: 'Shoulder',
    description: 'Range of motion and strength for the shoulder.',
    notes: {},
  },
  'builtin-back': {
    name: 'Back',
    description: 'Core and hip strength for a stronger back.',
    notes: {
      plank: 'Knees down if your back sags.',
      hip_abduction_standing: 'Hold a chair for balance.',
      hip_extension_standing: 'Hold a chair; keep your trunk upright.',
    },
  },
  'builtin-balance': {
    name: 'Balance',
    description: 'Steadiness on your feet, to prevent falls.',
    notes: {
      tandem_stance: 'Stand next to a counter you can hold.',
      single_leg_stance: 'Stand next to a counter you can hold.',
    },
  },
};
