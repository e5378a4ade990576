// The patient's app: one coach controller (created once), the screen its state names.
import { useEffect, useMemo } from 'preact/hooks';
import { prescriptionDefinition } from '../../core/programs/builtin';
import { useStore } from '../store';
import { text } from '../text';
import { AfterScreen, StoppedScreen } from './after-screen';
import { createCoachController } from './controller';
import { ExerciseScreen } from './exercise-screen';
import { HomeScreen } from './home-screen';
import { PrefsBar } from './prefs-bar';
import { ClearanceScreen, ReadinessScreen } from './readiness-screen';
import { SummaryScreen } from './summary-screen';

export function CoachScreen() {
  const controller = useMemo(
    () =>
      createCoachController({
        encourage: text.live.encourage,
        announceRep: text.live.repAnnouncement,
      }),
    [],
  );
  const state = useStore(controller.store);
  useEffect(() => {
    void controller.init();
    return () => controller.dispose();
  }, [controller]);

  useEffect(() => {
    document.documentElement.classList.toggle('large-text', state.prefs.largeText);
  }, [state.prefs.largeText]);

  // Space bar pauses and resumes a set (unless a text field or another control has focus).
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.code !== 'Space' || controller.store.get().screen !== 'live') return;
      const target = event.target as HTMLElement | null;
      const isControl = target?.closest('button, input, select, textarea, a') ?? null;
      if (isControl !== null && !isControl.hasAttribute('data-pause-toggle')) return;
      event.preventDefault();
      controller.togglePause();
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

  return (
    <div class="coach" data-testid="coach" data-screen={state.screen}>
      <PrefsBar prefs={state.prefs} onChange={controller.setPref} />
      {state.screen === 'readiness' && <ReadinessScreen controller={controller} />}
      {state.screen === 'clearance' && <ClearanceScreen controller={controller} />}
      {state.screen === 'home' && <HomeScreen state={state} controller={controller} />}
      {(state.screen === 'setup' || state.screen === 'live' || state.screen === 'rest') &&
        definition !== null &&
        item !== undefined && (
          <ExerciseScreen
            state={state}
            controller={controller}
            definition={definition}
            prescription={item}
          />
        )}
      {state.screen === 'after' && definition !== null && (
        <AfterScreen state={state} controller={controller} definition={definition} />
      )}
      {state.screen === 'stopped' && <StoppedScreen controller={controller} />}
      {state.screen === 'summary' && <SummaryScreen state={state} controller={controller} />}
    </div>
  );
}
