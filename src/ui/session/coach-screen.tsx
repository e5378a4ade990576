// The patient's app: one coach controller (created once, by the app shell), the screen its state
// names.
import { useEffect, useMemo } from 'preact/hooks';
import { prescriptionDefinition } from '../../core/programs/builtin';
import { useStore } from '../store';
import { text } from '../text';
import { AfterScreen, StoppedScreen } from './after-screen';
import { href } from '../router';
import { useServices } from '../services';
import {
  createCoachController,
  type CoachController,
  type CoachScreen as CoachScreenName,
  type CoachState,
} from './controller';
import { ExerciseScreen } from './exercise-screen';
import { HomeScreen } from './home-screen';
import { PrefsBar } from './prefs-bar';
import { ClearanceScreen, ReadinessScreen } from './readiness-screen';
import { SummaryScreen } from './summary-screen';

/** The coach controller of the app: made once, so a session outlives a visit to another page. */
export function useCoachController(): CoachController {
  const { sink, pose, storage } = useServices();
  const controller = useMemo(
    () =>
      createCoachController({
        sink,
        pose,
        loadPrograms: () => storage.open().then((s) => s.programs.listPrograms()),
        encourage: text.live.encourage,
        announceRep: text.live.repAnnouncement,
        describeNotCounting: text.live.notCounting,
        describeCue: text.cue,
      }),
    [sink, pose, storage],
  );
  useEffect(() => {
    // init reports a storage failure in the store (storageFailed).
    void controller.init();
    return () => controller.dispose();
  }, [controller]);
  const { largeText } = useStore(controller.store).prefs;
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  return controller;
}

/**
 * On the other pages while a session is under way: it is paused, and one link leads back to it.
 */
export function SessionAwayBanner({ controller }: { controller: CoachController }) {
  if (!isSessionUnderWay(useStore(controller.store))) return null;
  return (
    <div class="session-away" data-testid="session-away" role="status">
      <p>{text.away.note}</p>
      <a class="button primary" href={href('coach')}>
        {text.away.back}
      </a>
    </div>
  );
}

const AWAY_SCREENS: ReadonlySet<CoachScreenName> = new Set(['setup', 'live', 'rest', 'after']);

/** A session is between its setup check and its last questions (paused while on another page). */
export const isSessionUnderWay = ({
  screen,
  sessionStatus,
}: Pick<CoachState, 'screen' | 'sessionStatus'>): boolean =>
  sessionStatus === 'in_progress' && AWAY_SCREENS.has(screen);

export function CoachScreen({ controller }: { controller: CoachController }) {
  const state = useStore(controller.store);

  // Space bar pauses and resumes a set (unless a text field or another control has focus).
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.code !== 'Space' || controller.store.get().screen !== 'live') return;
      const target = event.target as HTMLElement | null;
      const isControl = target?.closest('button, input, select, textarea, a') ?? null;
      if (isControl !== null && !isControl.hasAttribute('data-pause-toggle')) return;
      event.preventDefault();
      // Camera and pose failures come back as outcomes (the store's cameraError); no rejection.
      void controller.togglePause();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [controller]);

  // Each new screen moves focus to its heading, so keyboard and screen reader users start there.
  useEffect(() => {
    if (state.screen === 'live') return;
    document.querySelector<HTMLElement>('.screen h2')?.focus();
  }, [state.screen, state.itemIndex]);

  const item = state.plan[state.itemIndex];
  const merged = item === undefined ? null : prescriptionDefinition(item);
  const definition = merged?.ok === true ? merged.value : null;
  // More exercises to come: the camera stays on, so the questions show beside it.
  const isAfterBesideCamera = state.screen === 'after' && state.camera === 'running';

  return (
    <div class="coach" data-testid="coach" data-screen={state.screen}>
      <PrefsBar prefs={state.prefs} onChange={controller.setPref} />
      {state.screen === 'readiness' && <ReadinessScreen controller={controller} />}
      {state.screen === 'clearance' && <ClearanceScreen controller={controller} />}
      {state.screen === 'home' && <HomeScreen state={state} controller={controller} />}
      {(state.screen === 'setup' ||
        state.screen === 'live' ||
        state.screen === 'rest' ||
        isAfterBesideCamera) &&
        definition !== null &&
        item !== undefined && (
          <ExerciseScreen
            state={state}
            controller={controller}
            definition={definition}
            prescription={item}
          />
        )}
      {state.screen === 'after' && !isAfterBesideCamera && definition !== null && (
        <AfterScreen state={state} controller={controller} definition={definition} />
      )}
      {state.screen === 'stopped' && <StoppedScreen state={state} controller={controller} />}
      {state.screen === 'summary' && <SummaryScreen state={state} controller={controller} />}
    </div>
  );
}
