// The clinic area's own service: the clinic workspace database's one connection, made when the
// area first shows, shared by its screens through context, closed when the area is left. It lives
// in the clinic's lazy chunk (the patient's first paint carries none of it); its problems go to the
// app's one storage-problem channel.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import {
  createClinicConnection,
  type ClinicConnection,
} from '../../platform/clinic-storage/connection';
import { useServices } from '../services';

const ClinicContext = createContext<ClinicConnection | null>(null);

export function ClinicServicesProvider({ children }: { children: ComponentChildren }) {
  const { problems } = useServices();
  const connection = useMemo(
    () => createClinicConnection({ onProblem: (error) => problems.report(error) }),
    [problems],
  );
  useEffect(() => () => void connection.close(), [connection]);
  return <ClinicContext.Provider value={connection}>{children}</ClinicContext.Provider>;
}

export function useClinicConnection(): ClinicConnection {
  const connection = useContext(ClinicContext);
  if (connection === null) throw new Error('useClinicConnection outside <ClinicServicesProvider>');
  return connection;
}
