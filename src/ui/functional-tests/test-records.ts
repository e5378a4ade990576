// The check-up tests' records on the app's one storage connection: opened when first used, and a
// failure reported to the app's storage-problem channel (the banner) as well as to the caller.
import type { PatientFacts, StoredTestResult } from '../../core/functional-tests/types';
import type { PoseFrame } from '../../core/landmarks';
import type { StorageConnection } from '../../platform/storage/connection';
import { storageErrorFromException, type StorageError } from '../../platform/storage/errors';
import type { TestRecords } from './test-controller';

type Repository = Awaited<ReturnType<StorageConnection['open']>>['testResults'];

export function createTestRecords(
  storage: StorageConnection,
  report: (error: StorageError) => void,
): TestRecords & { listTestResults(): Promise<StoredTestResult[]> } {
  const use = async <T>(job: (repository: Repository) => Promise<T>): Promise<T> => {
    try {
      return await job((await storage.open()).testResults);
    } catch (error) {
      report(storageErrorFromException(error));
      throw error;
    }
  };
  return {
    patientFacts: () => use((r) => r.patientFacts()),
    savePatientFacts: (facts: PatientFacts, nowMs: number) =>
      use((r) => r.savePatientFacts(facts, nowMs)),
    saveTestResult: (result: StoredTestResult) => use((r) => r.saveTestResult(result)),
    listTestResults: () => use((r) => r.listTestResults()),
    saveTestTrace: async (resultId: string, frames: readonly PoseFrame[]) => {
      if (frames.length === 0) return;
      const recorder = (await storage.open()).createTraceRecorder(resultId, resultId, report);
      for (const frame of frames) recorder.push(frame);
      await recorder.flush();
    },
  };
}
