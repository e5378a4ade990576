// The clinic (therapist) area, loaded lazily: the first paint of the patient's app never carries
// it. The route table names its screens; this module picks one.
import type { RouteMatch } from '../router';
import { SessionsScreen } from './sessions-screen';
import { SetReviewRoute } from './set-review-route';

export type ClinicRoute = Extract<RouteMatch, { name: 'clinic' | 'clinic-set' }>;

export function ClinicArea({ route }: { route: ClinicRoute }) {
  return route.name === 'clinic' ? (
    <SessionsScreen />
  ) : (
    <SetReviewRoute
      key={`${route.params.sessionId}/${route.params.setId}`}
      sessionId={route.params.sessionId}
      setId={route.params.setId}
    />
  );
}
