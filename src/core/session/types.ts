// The data of a coaching session, shared by the coaching UI (which produces it), the storage layer
// (which keeps it in IndexedDB, exports and imports it) and therapist review (which reads it).
// Plain, structured-cloneable data with stable string ids; times are epoch milliseconds
// (`...At`) or milliseconds on the set's own media timeline (`...Ms`), as named.
import type { AnalysisSummary, RepRecord, PartialRecord } from '../analysis-types';
import type { SpokenCue } from '../cues';
import type { ExerciseOverride } from '../exercises/override';
import type { PoseFrame } from '../landmarks';
import type { ProgressionPlan } from '../programs/progression-types';

/** 0–10 numeric pain rating scale (NPRS). */
export type PainScore = number;
/** Borg CR10 rating of perceived exertion, 0–10. */
export type BorgCr10 = number;

/** Which side a unilateral exercise is done on; 'alternating' switches every rep. */
export type PrescriptionSide = 'left' | 'right' | 'both' | 'alternating';

/** External load: a weight, a band by its colour, or an effort target (RPE 0–10, reps in reserve). */
export type PrescriptionLoad =
  | { readonly kind: 'kg' | 'lb' | 'rpe' | 'rir'; readonly value: number }
  | { readonly kind: 'band'; readonly colour: string };

/**
 * One exercise of a program, as prescribed (FITT: frequency on the program, the rest here). The
 * tempo, ROM target, start position (setup words, camera views) and form tweaks live in `override`,
 * the one shape the analyzer applies and the exercise validator checks. Fields added after the first
 * release are optional: prescriptions stored before them have none (no migration needed).
 */
export interface Prescription {
  readonly exerciseId: string;
  readonly sets: number;
  /** Reps per set; null for holds and timed exercises. */
  readonly reps: number | null;
  /** Seconds per hold (holds, stretches, balance); null for rep exercises. */
  readonly holdSeconds: number | null;
  /** Seconds per set of a timed exercise (e.g. marching for 60 s); absent or null otherwise. */
  readonly durationSeconds?: number | null;
  readonly restSeconds: number;
  /** Absent: as the exercise is defined (both sides, or the side it names). */
  readonly side?: PrescriptionSide;
  readonly load?: PrescriptionLoad | null;
  /** Per-patient changes to the library definition (ROM target, tempo, form rules …). */
  readonly override: ExerciseOverride | null;
  /** The therapist's note to the patient. */
  readonly notes: string;
  /** The therapist's levels and rules for this exercise (progression.ts). */
  readonly progression?: ProgressionPlan;
  /** The level this dose is (1-based, of `progression.levels`); absent: level 1. */
  readonly level?: number;
}

/** Days of the week as FHIR's `days-of-week` codes. */
export type DayOfWeek = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * When the program is done, in the shape of FHIR R4 `Timing.repeat` (so an export maps it field for
 * field): `frequency` times every `period` day(s), on `dayOfWeek` (all days when empty), at
 * `timeOfDay` (HH:MM:SS, local; may be empty), within `boundsPeriod` (local dates YYYY-MM-DD).
 */
export interface ProgramSchedule {
  readonly frequency: number;
  readonly period: 1;
  readonly periodUnit: 'd';
  readonly dayOfWeek: readonly DayOfWeek[];
  readonly timeOfDay: readonly string[];
  readonly boundsPeriod: { readonly start: string; readonly end: string | null };
}

/** Who prescribed a program: the clinic's name and the fingerprint of its public signing key. */
export interface Prescriber {
  readonly displayName: string;
  readonly keyFingerprint: string;
}

/**
 * A program. A therapist's program is versioned: every saved edit is a new record with the same
 * `lineageId` and the next `version` (never edited in place; see programs/versions.ts). Built-in
 * programs and programs stored before versions existed have neither: each is version 1 of its
 * own lineage (`programVersionOf`).
 */
export interface Program {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** 'builtin' starter programs until therapist-made programs exist. */
  readonly source: 'builtin' | 'therapist';
  /** Sessions a week; a scheduled program's is its schedule's (`programFromEdit` keeps them in step). */
  readonly frequencyPerWeek: number;
  readonly exercises: readonly Prescription[];
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly lineageId?: string;
  readonly version?: number;
  readonly prescribedBy?: Prescriber;
  readonly schedule?: ProgramSchedule;
}

export type SessionStatus = 'in_progress' | 'completed' | 'stopped_pain' | 'interrupted';
export type SetStatus = 'in_progress' | 'completed' | 'stopped_pain' | 'skipped' | 'interrupted';

export interface SessionRecord {
  readonly id: string;
  /** null for a single exercise started outside a program. */
  readonly programId: string | null;
  /** The version of the program this session followed; absent before versions existed. */
  readonly programVersion?: number;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly status: SessionStatus;
  readonly painBefore: PainScore | null;
  readonly painAfter: PainScore | null;
  readonly exertion: BorgCr10 | null;
  /** The tab/device that owns a live session (for recovery and multi-tab safety). */
  readonly ownerId: string;
  readonly notes: string;
}

export interface ExerciseSetRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly exerciseId: string;
  /** 1-based set number within this exercise of the session. */
  readonly setNumber: number;
  readonly prescription: Prescription;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly status: SetStatus;
  readonly repCount: number;
  readonly holdSeconds: number | null;
  readonly painBefore: PainScore | null;
  readonly painAfter: PainScore | null;
  readonly exertion: BorgCr10 | null;
  /** The analyzer's summary once the set ends. */
  readonly summary: AnalysisSummary | null;
}

/** A completed rep, stored as it happens, with every quality metric of the core. */
export interface StoredRep {
  readonly id: string;
  readonly sessionId: string;
  readonly setId: string;
  readonly exerciseId: string;
  readonly recordedAt: number;
  readonly rep: RepRecord;
}

export interface StoredPartial {
  readonly id: string;
  readonly sessionId: string;
  readonly setId: string;
  readonly recordedAt: number;
  readonly partial: PartialRecord;
}

export interface StoredCue {
  readonly id: string;
  readonly sessionId: string;
  readonly setId: string;
  readonly cue: SpokenCue;
}

/** Answers of the first-run safety readiness check (PAR-Q+ in spirit). */
export interface ReadinessRecord {
  readonly answeredAt: number;
  /** Question id → answered "yes". */
  readonly answers: Readonly<Record<string, boolean>>;
  /** Any "yes": medical clearance advised before starting. */
  readonly clearanceAdvised: boolean;
  readonly disclaimerAcceptedAt: number;
}

export interface JournalEntry {
  readonly id: string;
  /** Local calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly pain: PainScore | null;
  /** Hours slept, or a 0–10 quality rating; see `sleepQuality`. */
  readonly sleepHours: number | null;
  readonly sleepQuality: number | null;
  /** 1 (very low) … 5 (very good). */
  readonly mood: number | null;
  readonly activities: string;
  readonly notes: string;
  readonly updatedAt: number;
}

/**
 * Collects one live set's pose frames and stores them compactly in chunks every few seconds, so a
 * crash loses at most the last chunk. `push` is cheap and never throws.
 */
export interface SetTraceRecorder {
  push(frame: PoseFrame): void;
  /** Stores the frames not yet stored; resolves when every chunk so far is written. */
  flush(): Promise<void>;
}

/**
 * What the coaching session hands to storage, as things happen. The storage issue implements it
 * on IndexedDB; until then an in-memory implementation keeps the session for this page's life.
 */
export interface SessionSink {
  startSession(session: SessionRecord): Promise<void>;
  updateSession(id: string, patch: Partial<Omit<SessionRecord, 'id'>>): Promise<void>;
  startSet(set: ExerciseSetRecord): Promise<void>;
  updateSet(id: string, patch: Partial<Omit<ExerciseSetRecord, 'id' | 'sessionId'>>): Promise<void>;
  saveRep(rep: StoredRep): Promise<void>;
  savePartial(partial: StoredPartial): Promise<void>;
  saveCue(cue: StoredCue): Promise<void>;
  saveReadiness(readiness: ReadinessRecord): Promise<void>;
  getReadiness(): Promise<ReadinessRecord | null>;
  /** The most recent sessions, newest first, with their sets. */
  recentSessions(limit: number): Promise<{ session: SessionRecord; sets: ExerciseSetRecord[] }[]>;
  /** Records a live set's pose trace; sinks that keep no traces leave it out. */
  startTrace?(sessionId: string, setId: string): SetTraceRecorder;
}
