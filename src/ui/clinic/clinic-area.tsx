// The clinic (therapist) area, loaded lazily: the first paint of the patient's app never carries
// it. The route table names its screens; this module picks one: the workspace's patients, or the
// review of the sessions stored on this device.
import type { RouteMatch } from '../router';
import { ClinicServicesProvider } from './clinic-services';
import { PatientFormScreen } from './patients/patient-form-screen';
import { PatientScreen } from './patients/patient-screen';
import { PatientsScreen } from './patients/patients-screen';
import { SessionsScreen } from './sessions-screen';
import { SetReviewRoute } from './set-review-route';

export type ClinicRoute = Extract<
  RouteMatch,
  {
    name:
      | 'clinic'
      | 'clinic-set'
      | 'clinic-patients'
      | 'clinic-patient-new'
      | 'clinic-patient'
      | 'clinic-patient-edit';
  }
>;

export function ClinicArea({ route }: { route: ClinicRoute }) {
  return (
    <ClinicServicesProvider>
      <ClinicScreen route={route} />
    </ClinicServicesProvider>
  );
}

function ClinicScreen({ route }: { route: ClinicRoute }) {
  switch (route.name) {
    case 'clinic':
      return <SessionsScreen />;
    case 'clinic-set':
      return (
        <SetReviewRoute
          key={`${route.params.sessionId}/${route.params.setId}`}
          sessionId={route.params.sessionId}
          setId={route.params.setId}
        />
      );
    case 'clinic-patients':
      return <PatientsScreen />;
    case 'clinic-patient-new':
      return <PatientFormScreen key="new" patientId={null} />;
    case 'clinic-patient':
      return <PatientScreen key={route.params.patientId} patientId={route.params.patientId} />;
    case 'clinic-patient-edit':
      return (
        <PatientFormScreen
          key={`edit/${route.params.patientId}`}
          patientId={route.params.patientId}
        />
      );
  }
}
