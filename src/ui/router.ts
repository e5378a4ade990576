// A small hash router: '#/pose-check' is the diagnostics page, '#/history' (and
// '#/history/<sessionId>'), '#/journal' and '#/data' the patient's records; anything else the coach.
import { useEffect, useState } from 'preact/hooks';

export type Route = 'coach' | 'pose-check' | 'history' | 'history-session' | 'journal' | 'data';

const SESSION_PREFIX = '#/history/';

export const routeOf = (hash: string): Route =>
  hash === '#/pose-check'
    ? 'pose-check'
    : hash === '#/history'
      ? 'history'
      : hash.startsWith(SESSION_PREFIX) && hash.length > SESSION_PREFIX.length
        ? 'history-session'
        : hash === '#/journal'
          ? 'journal'
          : hash === '#/data'
            ? 'data'
            : 'coach';

/** The session id of a '#/history/<id>' hash, else null. */
export const sessionIdOf = (hash: string): string | null =>
  routeOf(hash) === 'history-session'
    ? decodeURIComponent(hash.slice(SESSION_PREFIX.length))
    : null;

export const ROUTE_HREF: Record<Exclude<Route, 'history-session'>, string> = {
  coach: '#/',
  'pose-check': '#/pose-check',
  history: '#/history',
  journal: '#/journal',
  data: '#/data',
};

export const sessionHref = (sessionId: string): string =>
  `${SESSION_PREFIX}${encodeURIComponent(sessionId)}`;

/** The current hash, re-rendered on every change. */
export function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = (): void => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function useRoute(): Route {
  return routeOf(useHash());
}
