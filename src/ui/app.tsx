import { text } from './text';
import { DataScreen } from './data/data-screen';
import { StorageBanner } from './data/storage-banner';
import { HistoryScreen } from './history/history-screen';
import { SessionDetailScreen } from './history/session-detail-screen';
import { JournalScreen } from './journal/journal-screen';
import { LazyArea } from './lazy-area';
import { NotFoundScreen } from './not-found-screen';
import { PoseCheckScreen } from './pose-check/pose-check-screen';
import { useEffect } from 'preact/hooks';
import { ProgramOfferScreen, ProgramOpenScreen } from './programs/program-offer-screen';
import { areaOf, href, parseHash, useRoute, type RouteMatch, type RouteName } from './router';
import {
  CoachScreen,
  isSessionUnderWay,
  SessionAwayBanner,
  useCoachController,
} from './session/coach-screen';
import type { CoachController } from './session/controller';
import { RolePrompt, roleHome } from './role-prompt';
import type { DeviceRole, RoleSetting } from './role';
import { useServices } from './services';
import { useStore } from './store';
import { UpdatePrompt } from './update-prompt';
import type { AppUpdates } from './update-prompt-state';

const MAIN_NAV = [
  ['coach', text.mainNav.coach],
  ['history', text.mainNav.history],
  ['tests', text.mainNav.tests],
  ['journal', text.mainNav.journal],
  ['data', text.mainNav.data],
] as const;

const CLINIC_NAV = [
  ['clinic-patients', text.clinicNav.patients],
  ['clinic', text.clinicNav.sessions],
] as const;

/** The nav entry a route belongs to (a session's detail is part of History, a patient of Patients). */
const navOf = (route: RouteMatch): RouteName | null => {
  switch (route.name) {
    case 'history-session':
      return 'history';
    case 'test-run':
      return 'tests';
    case 'clinic-set':
      return 'clinic';
    case 'clinic-patient':
    case 'clinic-patient-new':
    case 'clinic-patient-edit':
      return 'clinic-patients';
    case 'not-found':
    case 'program-offer':
    case 'program-open':
      return null;
    default:
      return route.name;
  }
};

/** The clinic's screens: a chunk of their own, fetched when a clinic route is first opened. */
const loadClinic = () => import('./clinic/clinic-area');
/** The check-up tests: their own chunk too, fetched when first opened. */
const loadTests = () => import('./functional-tests/tests-area');

/** The screen a route names. */
function RouteScreen({ route, coach }: { route: RouteMatch; coach: CoachController }) {
  switch (route.name) {
    case 'coach':
      return <CoachScreen controller={coach} />;
    case 'pose-check':
      return <PoseCheckRoute coach={coach} />;
    case 'history':
      return <HistoryScreen />;
    case 'history-session':
      return (
        <SessionDetailScreen key={route.params.sessionId} sessionId={route.params.sessionId} />
      );
    case 'journal':
      return <JournalScreen />;
    case 'data':
      return <DataScreen />;
    case 'tests':
    case 'test-run':
      return <TestsRoute route={route} coach={coach} />;
    case 'clinic':
    case 'clinic-set':
    case 'clinic-patients':
    case 'clinic-patient-new':
    case 'clinic-patient':
    case 'clinic-patient-edit':
      return (
        <LazyArea load={loadClinic} render={({ ClinicArea }) => <ClinicArea route={route} />} />
      );
    case 'program-offer':
      return <ProgramOfferScreen key={route.link} link={route.link} coach={coach} />;
    case 'program-open':
      return <ProgramOpenScreen coach={coach} />;
    case 'not-found':
      return <NotFoundScreen hash={route.hash} />;
  }
}

/** The pose check, kept from the pose worker while a coaching session holds it. */
function PoseCheckRoute({ coach }: { coach: CoachController }) {
  return <PoseCheckScreen isPoseInUse={isSessionUnderWay(useStore(coach.store))} />;
}

/** The check-up tests, told the readiness answers and whether a session holds the pose worker. */
function TestsRoute({
  route,
  coach,
}: {
  route: Extract<RouteMatch, { name: 'tests' | 'test-run' }>;
  coach: CoachController;
}) {
  const state = useStore(coach.store);
  return (
    <LazyArea
      load={loadTests}
      render={({ TestsArea }) => (
        <TestsArea
          route={route}
          readiness={state.readiness}
          isPoseInUse={isSessionUnderWay(state)}
        />
      )}
    />
  );
}

/** The area's nav: the patient's app, or the clinic's. */
function MainNav({ route, isClinic }: { route: RouteMatch; isClinic: boolean }) {
  const items = isClinic ? CLINIC_NAV : MAIN_NAV;
  return (
    <nav
      aria-label={isClinic ? text.clinicNav.label : text.mainNav.label}
      class="main-nav"
      data-testid="main-nav"
    >
      <ul>
        {items.map(([target, label]) => (
          <li key={target}>
            <a href={href(target)} aria-current={navOf(route) === target ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The explicit switch between the two sides of the app: it stores the role and opens its home. */
function RoleSwitch({ role, to }: { role: RoleSetting; to: DeviceRole }) {
  return (
    <button
      type="button"
      class="link-button"
      data-testid="role-switch"
      onClick={() => {
        role.choose(to);
        location.hash = roleHome(to);
      }}
    >
      {to === 'therapist' ? text.clinicNav.toTherapist : text.clinicNav.toPatient}
    </button>
  );
}

export function App({ updates }: { updates: AppUpdates }) {
  const route = useRoute();
  const coach = useCoachController();
  const { role } = useServices();
  const { role: chosen } = useStore(role.store);
  const area = areaOf(route);
  const isClinic = area === 'clinic';
  // A therapist's device opens on the workspace (the address names no page yet).
  useEffect(() => {
    if (role.store.get().role === 'therapist' && parseHash(location.hash).name === 'coach') {
      location.replace(roleHome('therapist'));
    }
  }, [role]);
  return (
    <div class="app">
      <header class="app-header">
        <h1 class="app-name">
          <a href={roleHome(chosen)}>{text.appName}</a>
        </h1>
        <MainNav route={route} isClinic={isClinic} />
      </header>
      <StorageBanner />
      <UpdatePrompt updates={updates} controller={coach} />
      {route.name !== 'coach' && <SessionAwayBanner controller={coach} />}
      <main data-area={area ?? 'none'}>
        {chosen === null && route.name === 'coach' && <RolePrompt role={role} />}
        <RouteScreen route={route} coach={coach} />
      </main>
      <footer class="app-footer">
        <p>{text.nav.footerNote}</p>
        <nav aria-label="More" class="footer-nav">
          {route.name === 'pose-check' ? (
            <a href={href('coach')}>{text.nav.backToCoach}</a>
          ) : (
            <a href={href('pose-check')}>{text.nav.poseCheck}</a>
          )}
          {!isClinic && <a href={href('clinic')}>{text.clinicNav.link}</a>}
          <RoleSwitch role={role} to={isClinic ? 'patient' : 'therapist'} />
        </nav>
      </footer>
    </div>
  );
}
