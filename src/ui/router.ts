// The app's routes as one typed table: a route is an area (the patient's app or the clinic's
// screens: the therapist's workspace and the review of this device's sessions) and a hash pattern whose ':name' segments are parameters. `href` builds a hash
// from a route's name and its parameters (typed from the pattern), `parseHash` reads one back; a
// hash that matches no route, or has a parameter that is not valid percent-encoding, is not found
// (never silently the coach). A program link's fragment ('#program=…', see program-link.ts) is
// a route of its own: the payload is opaque to the router, which hands it to the preview.
import { useEffect, useState } from 'preact/hooks';
import { PROGRAM_LINK_PARAM } from '../platform/share/program-link';

export type Area = 'patient' | 'clinic';

interface RouteDef {
  readonly area: Area;
  readonly pattern: `/${string}`;
}

export const ROUTES = {
  coach: { area: 'patient', pattern: '/' },
  'pose-check': { area: 'patient', pattern: '/pose-check' },
  history: { area: 'patient', pattern: '/history' },
  'history-session': { area: 'patient', pattern: '/history/:sessionId' },
  journal: { area: 'patient', pattern: '/journal' },
  data: { area: 'patient', pattern: '/data' },
  /** Pasting a program link by hand. */
  'program-open': { area: 'patient', pattern: '/program' },
  tests: { area: 'patient', pattern: '/tests' },
  'test-run': { area: 'patient', pattern: '/tests/:testId' },
  clinic: { area: 'clinic', pattern: '/clinic' },
  'clinic-set': { area: 'clinic', pattern: '/clinic/review/:sessionId/:setId' },
  // The clinic workspace's patients.
  'clinic-patients': { area: 'clinic', pattern: '/clinic/patients' },
  'clinic-patient-new': { area: 'clinic', pattern: '/clinic/new-patient' },
  'clinic-patient': { area: 'clinic', pattern: '/clinic/patients/:patientId' },
  'clinic-patient-edit': { area: 'clinic', pattern: '/clinic/patients/:patientId/edit' },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;

/** The ':name' segments of a pattern, as a union of names. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type RouteParams<N extends RouteName> = {
  readonly [K in ParamNames<(typeof ROUTES)[N]['pattern']>]: string;
};

/** A route's parameters as `href`'s arguments: none for a route without any. */
type ParamArgs<N extends RouteName> = [keyof RouteParams<N>] extends [never]
  ? []
  : [params: RouteParams<N>];

export type RouteMatch =
  | { [N in RouteName]: { readonly name: N; readonly params: RouteParams<N> } }[RouteName]
  | { readonly name: 'program-offer'; readonly link: string }
  | { readonly name: 'not-found'; readonly hash: string };

const segmentsOf = (pattern: string): string[] => pattern.split('/').filter((s) => s !== '');

/** The hash of a route, its parameters percent-encoded (a '/' in an id stays inside its segment). */
export function href<N extends RouteName>(name: N, ...args: ParamArgs<N>): string {
  const params: Readonly<Record<string, string>> = args[0] ?? {};
  const path = segmentsOf(ROUTES[name].pattern)
    .map((segment) =>
      segment.startsWith(':') ? encodeURIComponent(params[segment.slice(1)] ?? '') : segment,
    )
    .join('/');
  return `#/${path}`;
}

/** Decodes one segment; null for malformed percent-encoding ('%E0%A4%A'). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function matchPattern(pattern: string, parts: readonly string[]): Record<string, string> | null {
  const wanted = segmentsOf(pattern);
  if (wanted.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of wanted.entries()) {
    const part = parts[i] ?? '';
    if (segment.startsWith(':')) {
      const value = decodeSegment(part);
      if (value === null || value === '') return null;
      params[segment.slice(1)] = value;
    } else if (part !== segment) return null;
  }
  return params;
}

/** The route a location hash names: '', '#' and '#/' are the coach; a trailing '/' is ignored. */
export function parseHash(hash: string): RouteMatch {
  const raw = hash.replace(/^#/, '');
  if (raw.startsWith(`${PROGRAM_LINK_PARAM}=`)) return { name: 'program-offer', link: raw };
  if (raw !== '' && !raw.startsWith('/')) return { name: 'not-found', hash };
  const path = raw.length > 1 && raw.endsWith('/') ? raw.slice(0, -1) : raw;
  const parts = path === '' || path === '/' ? [] : path.slice(1).split('/');
  if (parts.some((part) => part === '')) return { name: 'not-found', hash };
  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const params = matchPattern(ROUTES[name].pattern, parts);
    // The table ties each name to its pattern, so these are that route's parameters.
    if (params !== null) return { name, params } as RouteMatch;
  }
  return { name: 'not-found', hash };
}

export const areaOf = (match: RouteMatch): Area | null =>
  match.name === 'not-found'
    ? null
    : match.name === 'program-offer'
      ? 'patient'
      : ROUTES[match.name].area;

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

export const useRoute = (): RouteMatch => parseHash(useHash());
