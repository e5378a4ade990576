// The clinic workspace's other records, each under one patient (`patientId`). The clinic database
// (src/platform/clinic-storage) creates their stores in its first version, so the work that first
// writes them (program editor, sharing, report import, visits) needs no migration just to start;
// until then no screen writes them and no zod schema reads them.
import type { FunctionalTestId } from '../functional-tests/types';
import type { Program } from '../session/types';

/** A note of one visit (YYYY-MM-DD), as the therapist writes it. Reserved: written by later work. */
export interface VisitNoteRecord {
  readonly id: string;
  readonly patientId: string;
  readonly date: string;
  readonly text: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/**
 * One saved version of a patient's program: every saved edit is a new record (never edited in
 * place); `version` counts from 1 within `programId`. Reserved: written by the program editor.
 */
export interface ProgramVersionRecord {
  readonly id: string;
  readonly patientId: string;
  readonly programId: string;
  readonly version: number;
  readonly savedAt: number;
  readonly program: Program;
}

/**
 * A report the patient sent and the clinic imported: which sessions it held and when it came.
 * Reserved: written by the report import (its contents' shape is that work's).
 */
export interface ReceivedReportRecord {
  readonly id: string;
  readonly patientId: string;
  readonly receivedAt: number;
  readonly sessionIds: readonly string[];
}

/** A check-up test's result recorded for a patient. Reserved: written by later work. */
export interface TestResultRecord {
  readonly id: string;
  readonly patientId: string;
  readonly testId: FunctionalTestId;
  readonly takenAt: number;
  /** The test's raw score in its own unit (stands, seconds). */
  readonly score: number;
}
