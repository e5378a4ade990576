// The IndexedDB schema of FormCoach: one typed DBSchema for every store. Records are the domain
// types of src/core/session/types.ts, stored as they are (plain, structured-cloneable), plus the
// few storage-only records defined here. Only src/platform/storage sees this file's idb types.
import type { DBSchema } from 'idb';
import type { PatientFacts, StoredTestResult } from '../../core/functional-tests/types';
import type {
  ExerciseSetRecord,
  JournalEntry,
  Program,
  ReadinessRecord,
  SessionRecord,
  StoredCue,
  StoredPartial,
  StoredRep,
} from '../../core/session/types';

export const DB_NAME = 'formcoach';
/** The current schema version; each version is one step in migrations.ts. */
export const DB_VERSION = 3;

/** The person using this device (one record, id 'me'). */
export interface ProfileRecord {
  readonly id: 'me';
  readonly displayName: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Age and sex for the check-up tests' norms (v3; absent until first said). */
  readonly patientFacts?: PatientFacts;
}

export type SettingValue = string | number | boolean | null;

export interface SettingRecord {
  readonly key: string;
  readonly value: SettingValue;
  readonly updatedAt: number;
}

/**
 * A few seconds of one set's pose trace, encoded by src/core/trace-codec.ts and then compressed
 * (see `encoding`). Chunks of a set are numbered from 0; the id is `${setId}/${chunkIndex}`.
 */
export interface TraceChunkRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly setId: string;
  readonly chunkIndex: number;
  /** Media time of the chunk's first and last frames. */
  readonly startMs: number;
  readonly endMs: number;
  readonly frameCount: number;
  /** 'fct1+deflate-raw': trace-codec v1 bytes, deflate-raw compressed (CompressionStream). */
  readonly encoding: 'fct1+deflate-raw';
  readonly data: ArrayBuffer;
}

export interface FormCoachDb extends DBSchema {
  profile: { key: string; value: ProfileRecord };
  settings: { key: string; value: SettingRecord };
  programs: { key: string; value: Program };
  sessions: {
    key: string;
    value: SessionRecord;
    indexes: { 'by-startedAt': number; 'by-status': string };
  };
  sets: {
    key: string;
    value: ExerciseSetRecord;
    /** by-exercise: added in v2. */
    indexes: { 'by-session': string; 'by-exercise': [string, number] };
  };
  reps: {
    key: string;
    value: StoredRep;
    /** by-exercise: added in v2. */
    indexes: { 'by-session': string; 'by-set': string; 'by-exercise': [string, number] };
  };
  partials: { key: string; value: StoredPartial; indexes: { 'by-session': string } };
  cues: { key: string; value: StoredCue; indexes: { 'by-session': string } };
  traces: { key: string; value: TraceChunkRecord; indexes: { 'by-session': string } };
  journal: { key: string; value: JournalEntry; indexes: { 'by-date': string } };
  /** Keyed by answeredAt: every readiness check answered is kept. */
  readiness: { key: number; value: ReadinessRecord };
  /** Check-up test results (v3), by test and time. */
  testResults: {
    key: string;
    value: StoredTestResult;
    indexes: { 'by-test': [string, number] };
  };
}

export type StoreName =
  | 'profile'
  | 'settings'
  | 'programs'
  | 'sessions'
  | 'sets'
  | 'reps'
  | 'partials'
  | 'cues'
  | 'traces'
  | 'journal'
  | 'readiness'
  | 'testResults';

/** Every store, in the order a backup lists them. */
export const STORE_NAMES: readonly StoreName[] = [
  'profile',
  'settings',
  'programs',
  'sessions',
  'sets',
  'reps',
  'partials',
  'cues',
  'traces',
  'journal',
  'readiness',
  'testResults',
];
