// The clinic workspace's IndexedDB database: a database of its own ('formcoach-clinic'), apart from
// the patient's ('formcoach'), so neither's migrations, backup or deletion touches the other. One
// typed DBSchema; records are the core's types (src/core/clinic), stored as they are. Only
// src/platform/clinic-storage sees this file's idb types.
import type { DBSchema } from 'idb';
import { z } from '../zod';
import type { PatientRecord } from '../../core/clinic/patient';
import type {
  ProgramVersionRecord,
  ReceivedReportRecord,
  TestResultRecord,
  VisitNoteRecord,
} from '../../core/clinic/workspace';
import { SEXES } from '../../core/functional-tests/types';
import type { Drift, ExpectNoDrift } from '../storage/backup-schema-drift';

export const CLINIC_DB_NAME = 'formcoach-clinic';
/** The current schema version; each version is one step in migrations.ts. */
export const CLINIC_DB_VERSION = 1;

export interface ClinicDb extends DBSchema {
  patients: { key: string; value: PatientRecord; indexes: { 'by-updatedAt': number } };
  /** Reserved for the program editor: every saved edit a new record. */
  programVersions: {
    key: string;
    value: ProgramVersionRecord;
    indexes: { 'by-patient': string; 'by-program-version': [string, number] };
  };
  /** Reserved for the report import. */
  reports: {
    key: string;
    value: ReceivedReportRecord;
    indexes: { 'by-patient': string };
  };
  /** Reserved for test results recorded by the clinic. */
  testResults: { key: string; value: TestResultRecord; indexes: { 'by-patient': string } };
  /** Reserved for visit notes. */
  visitNotes: { key: string; value: VisitNoteRecord; indexes: { 'by-patient': [string, string] } };
}

export type ClinicStoreName =
  'patients' | 'programVersions' | 'reports' | 'testResults' | 'visitNotes';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.number().int().nonnegative();

/** A stored patient, as read back (from the database or a future workspace backup). */
export const patientRecordSchema = z
  .object({
    id: z.string().min(1),
    displayName: z.string().min(1),
    dateOfBirth: isoDay.nullable(),
    sex: z.enum(SEXES).nullable(),
    notes: z.string(),
    createdAt: time,
    updatedAt: time,
  })
  .strict();

/** A compile error naming the path if the schema and the core's type ever differ. */
export type PatientSchemaDrift = ExpectNoDrift<
  Drift<PatientRecord, z.output<typeof patientRecordSchema>>
>;
