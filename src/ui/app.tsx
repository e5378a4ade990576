import { text } from './text';
import { DataScreen } from './data/data-screen';
import { StorageBanner } from './data/storage-banner';
import { HistoryScreen } from './history/history-screen';
import { SessionDetailScreen } from './history/session-detail-screen';
import { JournalScreen } from './journal/journal-screen';
import { PoseCheckScreen } from './pose-check/pose-check-screen';
import { ROUTE_HREF, routeOf, sessionIdOf, useHash, type Route } from './router';
import { CoachScreen, SessionAwayBanner, useCoachController } from './session/coach-screen';
import { UpdatePrompt } from './update-prompt';
import type { AppUpdates } from './update-prompt-state';

const MAIN_NAV = [
  ['coach', text.mainNav.coach],
  ['history', text.mainNav.history],
  ['journal', text.mainNav.journal],
  ['data', text.mainNav.data],
] as const;

/** The nav entry a route belongs to (a session's detail is part of History). */
const navOf = (route: Route): Route => (route === 'history-session' ? 'history' : route);

export function App({ updates }: { updates: AppUpdates }) {
  const hash = useHash();
  const route = routeOf(hash);
  const sessionId = sessionIdOf(hash);
  const coach = useCoachController();
  return (
    <div class="app">
      <header class="app-header">
        <h1 class="app-name">
          <a href={ROUTE_HREF.coach}>{text.appName}</a>
        </h1>
        <nav aria-label={text.mainNav.label} class="main-nav">
          <ul>
            {MAIN_NAV.map(([target, label]) => (
              <li key={target}>
                <a
                  href={ROUTE_HREF[target]}
                  aria-current={navOf(route) === target ? 'page' : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <StorageBanner />
      <UpdatePrompt updates={updates} controller={coach} />
      {route !== 'coach' && <SessionAwayBanner controller={coach} />}
      <main>
        {route === 'pose-check' ? (
          <PoseCheckScreen />
        ) : route === 'history' ? (
          <HistoryScreen />
        ) : route === 'history-session' && sessionId !== null ? (
          <SessionDetailScreen key={sessionId} sessionId={sessionId} />
        ) : route === 'journal' ? (
          <JournalScreen />
        ) : route === 'data' ? (
          <DataScreen />
        ) : (
          <CoachScreen controller={coach} />
        )}
      </main>
      <footer class="app-footer">
        <p>{text.nav.footerNote}</p>
        <nav aria-label="More">
          {route === 'pose-check' ? (
            <a href={ROUTE_HREF.coach}>{text.nav.backToCoach}</a>
          ) : (
            <a href={ROUTE_HREF['pose-check']}>{text.nav.poseCheck}</a>
          )}
        </nav>
      </footer>
    </div>
  );
}
