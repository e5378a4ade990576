// The backup file, validated with zod: every field typed and bounded, unknown keys refused, so a
// bad file is rejected with the path of what is wrong. The stored shapes have one source of truth,
// the domain types (src/core/session/types.ts and what it uses, and schema.ts): the check at the
// bottom makes the schema's output exactly those types, in both directions, at every depth,
// optional fields included, so a field added to or removed from a stored type fails the build,
// naming its path, until the schema follows. A field added later is optional here (records
// stored before it have none), so older files of the same version keep importing.
import { z } from '../zod';
import { MAX_AGE_YEARS, MIN_AGE_YEARS } from '../../core/functional-tests/patient-facts';
import {
  FINDING_CODES,
  FUNCTIONAL_TEST_IDS,
  NORM_IDS,
  SEXES,
  STOP_REASONS,
} from '../../core/functional-tests/types';
import type { Degrees, Ms } from '../../core/units';
import type { Drift, ExpectNoDrift } from './backup-schema-drift';
import type { FormCoachDb, StoreName, TraceChunkRecord } from './schema';

export const BACKUP_FORMAT = 'formcoach-backup' as const;
export const BACKUP_VERSION = 1 as const;

const MAX_ID = 200;
const MAX_TEXT = 20_000;
const MAX_RECORDS = 1_000_000;
/** Epoch ms from 1970 to the year 2286. */
const epochMs = z.number().int().min(0).max(9_999_999_999_999);
/**
 * Milliseconds on a set's timeline: a file's media time, or for live sets the page's clock
 * (performance.now(), which runs from the page's start: a tab or installed app left open for weeks
 * is past 1e9). Bounded only to refuse absurd values (±300 years).
 */
const MAX_TIMELINE_MS = 1e13;
const timelineMs = z.number().min(-MAX_TIMELINE_MS).max(MAX_TIMELINE_MS);
const mediaMs = timelineMs.transform((v) => v as Ms);
const deg = z
  .number()
  .min(-1e4)
  .max(1e4)
  .transform((v) => v as Degrees);
const id = z.string().min(1).max(MAX_ID);
const text = z.string().max(MAX_TEXT);
const score0to10 = z.number().min(0).max(10);
const count = z.number().int().min(0).max(1_000_000);
const ratio = z.number().min(0).max(1e6);
const side = z.enum(['left', 'right']);
const severity = z.enum(['info', 'warning', 'safety']);

const formRuleOverride = z.strictObject({
  threshold: z.number().min(-1e6).max(1e6).optional(),
  persistMs: z.number().min(0).max(1e7).optional(),
  cue: text.optional(),
  severity: severity.optional(),
  disabled: z.boolean().optional(),
});

const exerciseOverride = z.strictObject({
  romTargetDeg: z.number().min(0).max(360).optional(),
  holdSeconds: z.number().min(0).max(86_400).optional(),
  holdAtTargetSeconds: z.number().min(0).max(86_400).optional(),
  tempo: z
    .strictObject({
      upSeconds: z.number().min(0).max(600).optional(),
      downSeconds: z.number().min(0).max(600).optional(),
    })
    .optional(),
  rep: z
    .strictObject({
      minExcursion: z.number().min(0).max(1e6).optional(),
      minRomFraction: z.number().min(0).max(10).optional(),
      minRepMs: z.number().min(0).max(1e7).optional(),
      maxRepMs: z.number().min(0).max(1e7).optional(),
    })
    .optional(),
  views: z
    .array(z.enum(['front', 'side', 'oblique']))
    .max(3)
    .optional(),
  setup: text.optional(),
  formRules: z.record(id, formRuleOverride).optional(),
});

const progressionLevel = z.strictObject({
  exerciseId: id.optional(),
  sets: z.number().int().min(0).max(100).optional(),
  reps: z.number().int().min(0).max(10_000).optional(),
  holdSeconds: z.number().min(0).max(86_400).optional(),
  romTargetDeg: z.number().min(0).max(360).optional(),
  notes: text.optional(),
});

const progressionPlan = z.strictObject({
  levels: z.array(progressionLevel).max(20),
  rules: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('two_for_two') }),
        z.strictObject({ kind: z.literal('pain_traffic_light') }),
        z.strictObject({
          kind: z.literal('rom_target_reached'),
          sessions: z.number().int().min(1).max(100),
        }),
      ]),
    )
    .max(10),
});

const prescriptionLoad = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.enum(['kg', 'lb', 'rpe', 'rir']),
    value: z.number().min(0).max(1000),
  }),
  z.strictObject({ kind: z.literal('band'), colour: z.string().min(1).max(MAX_ID) }),
]);

/** Fields after `notes` came with therapist programs (issue #11): optional, older records lack them. */
const prescription = z.strictObject({
  exerciseId: id,
  sets: z.number().int().min(0).max(100),
  reps: z.number().int().min(0).max(10_000).nullable(),
  holdSeconds: z.number().min(0).max(86_400).nullable(),
  restSeconds: z.number().min(0).max(86_400),
  override: exerciseOverride.nullable(),
  notes: text,
  durationSeconds: z.number().min(0).max(86_400).nullable().optional(),
  side: z.enum(['left', 'right', 'both', 'alternating']).optional(),
  load: prescriptionLoad.nullable().optional(),
  progression: progressionPlan.optional(),
  level: z.number().int().min(1).max(21).optional(),
});

const localDate = z.iso.date();

const programSchedule = z.strictObject({
  frequency: z.number().int().min(1).max(24),
  period: z.literal(1),
  periodUnit: z.literal('d'),
  dayOfWeek: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).max(7),
  timeOfDay: z.array(z.iso.time({ precision: 0 })).max(24),
  boundsPeriod: z.strictObject({ start: localDate, end: localDate.nullable() }),
});

/** A program; the version fields came with therapist programs (issue #11), hence optional. */
export const programSchema = z.strictObject({
  id,
  name: text,
  description: text,
  source: z.enum(['builtin', 'therapist']),
  frequencyPerWeek: z.number().int().min(0).max(50),
  exercises: z.array(prescription).max(200),
  createdAt: epochMs,
  updatedAt: epochMs,
  lineageId: id.optional(),
  version: z.number().int().min(1).max(1_000_000).optional(),
  prescribedBy: z
    .strictObject({ displayName: text, keyFingerprint: z.string().min(1).max(MAX_ID) })
    .optional(),
  schedule: programSchedule.optional(),
});

export const sessionSchema = z.strictObject({
  id,
  programId: id.nullable(),
  programVersion: z.number().int().min(1).max(1_000_000).optional(),
  startedAt: epochMs,
  endedAt: epochMs.nullable(),
  status: z.enum(['in_progress', 'completed', 'stopped_pain', 'interrupted']),
  painBefore: score0to10.nullable(),
  painAfter: score0to10.nullable(),
  exertion: score0to10.nullable(),
  ownerId: z.string().max(MAX_ID),
  notes: text,
});

export const repQualitySchema = z.strictObject({
  peakRomDeg: deg.nullable(),
  targetDeg: deg.nullable(),
  romPercent: z.number().min(0).max(1e6).nullable(),
  upMs: mediaMs,
  downMs: mediaMs,
  tempoUpRatio: ratio.nullable(),
  tempoDownRatio: ratio.nullable(),
  symmetryPercent: z.number().min(0).max(100).nullable(),
  velocityPeaks: count,
  smoothness: z.number().min(0).max(1),
  faults: z.array(z.strictObject({ ruleId: id, durationMs: mediaMs })).max(1000),
  score: z.number().min(0).max(100),
  /** Optional: reps stored before these fields existed have neither. */
  targetHoldMs: mediaMs.optional(),
  targetHoldShort: z.boolean().nullable().optional(),
});

const repRecord = z.strictObject({
  index: z.number().int().min(1).max(1_000_000),
  side: side.nullable(),
  startMs: mediaMs,
  peakMs: mediaMs,
  endTimestampMs: mediaMs,
  quality: repQualitySchema,
});

const partialRecord = z.strictObject({
  reason: z.enum([
    'not_deep_enough',
    'too_fast',
    'too_slow',
    'lost_tracking',
    'started_mid_movement',
    'not_completed',
  ]),
  side: side.nullable(),
  startMs: mediaMs,
  endTimestampMs: mediaMs,
  depthFraction: z.number().min(0).max(1e3).nullable(),
});

const balanceMetrics = z.strictObject({
  stanceMs: mediaMs,
  pathLengthTorso: z.number().min(0).max(1e9),
  meanVelocityTorsoPerS: z.number().min(0).max(1e9),
  area95Torso2: z.number().min(0).max(1e9),
  lossCount: count,
  losses: z
    .array(z.strictObject({ timestampMs: mediaMs, kind: z.enum(['foot_down', 'large_sway']) }))
    .max(100_000),
});

const analysisSummary = z.strictObject({
  exerciseId: id,
  reps: z.array(repRecord).max(100_000),
  repCount: count,
  partials: z.array(partialRecord).max(100_000),
  holdSeconds: z.number().min(0).max(1e7).nullable(),
  longestHoldSeconds: z.number().min(0).max(1e7).nullable(),
  balance: balanceMetrics.nullable(),
  faults: z.array(z.strictObject({ ruleId: id, startMs: mediaMs, endMs: mediaMs })).max(100_000),
  meanScore: z.number().min(0).max(100).nullable(),
});

export const setSchema = z.strictObject({
  id,
  sessionId: id,
  exerciseId: id,
  setNumber: z.number().int().min(1).max(1000),
  prescription,
  startedAt: epochMs,
  endedAt: epochMs.nullable(),
  status: z.enum(['in_progress', 'completed', 'stopped_pain', 'skipped', 'interrupted']),
  repCount: count,
  holdSeconds: z.number().min(0).max(1e7).nullable(),
  painBefore: score0to10.nullable(),
  painAfter: score0to10.nullable(),
  exertion: score0to10.nullable(),
  summary: analysisSummary.nullable(),
});

export const repSchema = z.strictObject({
  id,
  sessionId: id,
  setId: id,
  exerciseId: id,
  recordedAt: epochMs,
  rep: repRecord,
});

export const partialSchema = z.strictObject({
  id,
  sessionId: id,
  setId: id,
  recordedAt: epochMs,
  partial: partialRecord,
});

export const cueSchema = z.strictObject({
  id,
  sessionId: id,
  setId: id,
  cue: z.strictObject({
    timestampMs: mediaMs,
    kind: z.enum([
      'form_fault',
      'tracking_lost',
      'reposition',
      'rep_done',
      'target_reached',
      'target_missed',
      'hold_progress',
      'hold_complete',
      'balance_lost',
    ]),
    priority: z.union(
      [0, 1, 2, 3, 4, 5, 6].map((n) => z.literal(n)) as [
        z.ZodLiteral<0>,
        z.ZodLiteral<1>,
        z.ZodLiteral<2>,
        z.ZodLiteral<3>,
        z.ZodLiteral<4>,
        z.ZodLiteral<5>,
        z.ZodLiteral<6>,
      ],
    ),
    text,
    key: z.string().max(MAX_ID),
  }),
});

/** Trace data as base64 (at most 16 MiB of bytes per chunk). */
export const traceSchema = z.strictObject({
  id,
  sessionId: id,
  setId: id,
  chunkIndex: z.number().int().min(0).max(1_000_000),
  startMs: timelineMs,
  endMs: timelineMs,
  frameCount: z.number().int().min(0).max(1_000_000),
  encoding: z.literal('fct1+deflate-raw'),
  data: z.base64().max(Math.ceil((16 * 2 ** 20) / 3) * 4),
});

export const journalSchema = z.strictObject({
  id,
  date: z.iso.date(),
  pain: score0to10.nullable(),
  sleepHours: z.number().min(0).max(24).nullable(),
  sleepQuality: score0to10.nullable(),
  mood: z.number().int().min(1).max(5).nullable(),
  activities: text,
  notes: text,
  updatedAt: epochMs,
});

export const readinessSchema = z.strictObject({
  answeredAt: epochMs,
  answers: z.record(id, z.boolean()),
  clearanceAdvised: z.boolean(),
  disclaimerAcceptedAt: epochMs,
});

const patientFactsSchema = z.strictObject({
  ageYears: z.number().int().min(MIN_AGE_YEARS).max(MAX_AGE_YEARS).nullable(),
  sex: z.enum(SEXES).nullable(),
});

export const profileSchema = z.strictObject({
  id: z.literal('me'),
  displayName: text,
  createdAt: epochMs,
  updatedAt: epochMs,
  /** Added in v3 (backups made before have none). */
  patientFacts: patientFactsSchema.optional(),
});

const MAX_TEST_SECONDS = 86_400;
const testSeconds = z.number().min(0).max(MAX_TEST_SECONDS);

const functionalScoreSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count'), count }),
  z.strictObject({ kind: z.literal('seconds'), seconds: testSeconds.nullable() }),
  z.strictObject({
    kind: z.literal('stages'),
    stages: z.array(z.strictObject({ key: id, seconds: testSeconds })).max(100),
  }),
]);

export const testResultSchema = z.strictObject({
  id,
  recordedAt: epochMs,
  result: z.strictObject({
    testId: z.enum(FUNCTIONAL_TEST_IDS),
    loinc: z.string().max(MAX_ID).nullable(),
    score: functionalScoreSchema,
    stopReason: z.enum(STOP_REASONS).nullable(),
    interpretation: z
      .array(
        z.strictObject({
          norm: z.enum(NORM_IDS),
          code: z.enum(FINDING_CODES),
          threshold: z.number().min(0).max(MAX_TEST_SECONDS),
        }),
      )
      .max(20)
      .nullable(),
  }),
  facts: patientFactsSchema,
  standTimes: z.array(z.strictObject({ startS: testSeconds, endS: testSeconds })).max(10_000),
});

export const settingSchema = z.strictObject({
  key: id,
  value: z.union([z.string().max(MAX_TEXT), z.number(), z.boolean(), z.null()]),
  updatedAt: epochMs,
});

const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_RECORDS);

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: epochMs,
  /** 'full': the whole store; 'session': one session and what belongs to it. */
  scope: z.enum(['full', 'session']),
  data: z.strictObject({
    profile: list(profileSchema),
    settings: list(settingSchema),
    programs: list(programSchema),
    sessions: list(sessionSchema),
    sets: list(setSchema),
    reps: list(repSchema),
    partials: list(partialSchema),
    cues: list(cueSchema),
    traces: list(traceSchema),
    journal: list(journalSchema),
    readiness: list(readinessSchema),
    /**
     * Added with database v3: a backup made before has none (and reads back as it was written,
     * byte for byte); the app's exports since always have it.
     */
    testResults: list(testResultSchema).optional(),
  }),
});

/** A trace chunk in a backup: its bytes as base64. */
export type BackupTrace = Omit<TraceChunkRecord, 'data'> & { readonly data: string };

/** Stores a backup may lack: added after the first backups were written. */
type LaterStore = 'testResults';

/**
 * Every store of the database (schema.ts), record for record; trace bytes as base64. A store added
 * later is optional (an older file has none).
 */
export type BackupData = {
  readonly [S in Exclude<StoreName, LaterStore>]: readonly (S extends 'traces'
    ? BackupTrace
    : FormCoachDb[S]['value'])[];
} & { readonly [S in LaterStore]?: readonly FormCoachDb[S]['value'][] };

/** A store's records in a backup (none when the file is older than the store). */
export const backupRecords = <S extends StoreName>(
  data: BackupData,
  store: S,
): NonNullable<BackupData[S]> => data[store] ?? ([] as unknown as NonNullable<BackupData[S]>);

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly exportedAt: number;
  readonly scope: 'full' | 'session';
  readonly data: BackupData;
}

// Type-level check, both directions, every depth, optional keys included (see
// backup-schema-drift.ts): a field added to or removed from a stored domain type fails the build
// with its path until the schema has it too.
export type BackupSchemaDrift = ExpectNoDrift<Drift<BackupFile, z.output<typeof backupSchema>>>;
