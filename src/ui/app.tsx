import { text } from './text';
import { PoseCheckScreen } from './pose-check/pose-check-screen';
import { ROUTE_HREF, useRoute } from './router';
import { CoachScreen } from './session/coach-screen';

export function App() {
  const route = useRoute();
  return (
    <div class="app">
      <header class="app-header">
        <h1 class="app-name">
          <a href={ROUTE_HREF.coach}>{text.appName}</a>
        </h1>
      </header>
      <main>{route === 'pose-check' ? <PoseCheckScreen /> : <CoachScreen />}</main>
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
