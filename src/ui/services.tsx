// The app's services, one owner each, made once in main.tsx and reached through context: the pose
// service (one worker, one model load, whichever screen uses it), the storage connection (one
// IndexedDB connection for every screen and the live session), the live session's sink on it, and
// the one channel storage problems are reported to, the replay of stored sets, and who uses the
// device (the role). The clinic workspace's database is owned by the clinic area (clinic-services).
// Controllers take what they need as parameters, so unit tests can hand them fakes.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SessionSink } from '../core/session/types';
import { createPoseService, type PoseService } from '../platform/live-tracking';
import { createReplayClient, type ReplayClient } from '../platform/replay-client';
import { createSessionSink } from '../platform/session-sink';
import { createStorageConnection, type StorageConnection } from '../platform/storage/connection';
import { createStorageProblems, type StorageProblems } from './data/storage-problems';
import { createRoleSetting, type RoleSetting } from './role';

export interface AppServices {
  readonly pose: PoseService;
  readonly storage: StorageConnection;
  readonly sink: SessionSink;
  readonly problems: StorageProblems;
  /** Stored sets replayed from their traces (review, re-scoring); its worker starts on first use. */
  readonly replay: ReplayClient;
  /** Patient or therapist: the first run's answer, changed only by the explicit switch. */
  readonly role: RoleSetting;
}

export function createAppServices(): AppServices {
  // The connection and the sink report to the channel, whose "Export now" asks the sink.
  const report = (error: Parameters<StorageProblems['report']>[0]): void => problems.report(error);
  const storage = createStorageConnection({ onProblem: report });
  const sink = createSessionSink(storage, report);
  const problems = createStorageProblems({
    exportLiveSession: (exportedAt) => sink.exportLiveSession(exportedAt),
  });
  // The app's lifetime: the replay worker is never stopped from here.
  const replay = createReplayClient({ signal: new AbortController().signal });
  return {
    pose: createPoseService(),
    storage,
    sink,
    problems,
    replay,
    role: createRoleSetting(localStorage),
  };
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: AppServices;
  children: ComponentChildren;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices outside <ServicesProvider>');
  return services;
}
