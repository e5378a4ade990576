// A small hash router: '#/pose-check' is the diagnostics page, anything else the coach.
import { useEffect, useState } from 'preact/hooks';

export type Route = 'coach' | 'pose-check';

export const routeOf = (hash: string): Route => (hash === '#/pose-check' ? 'pose-check' : 'coach');

export const ROUTE_HREF: Record<Route, string> = { coach: '#/', 'pose-check': '#/pose-check' };

export function useRoute(): Route {
  const [route, setRoute] = useState(routeOf(location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(routeOf(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
