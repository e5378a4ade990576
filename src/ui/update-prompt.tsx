// The update prompt of the app shell: shown when a new version is installed and waiting, in the
// page's flow under the header (it covers nothing), and not during an exercise session.
import { useStore } from './store';
import type { CoachController } from './session/controller';
import { text } from './text';
import { isUpdatePromptShown, type AppUpdates } from './update-prompt-state';

const t = text.update;

export function UpdatePrompt({
  updates,
  controller,
}: {
  updates: AppUpdates;
  controller: CoachController;
}) {
  const { phase } = useStore(updates.store);
  const { sessionStatus } = useStore(controller.store);
  const isShown = isUpdatePromptShown(phase, sessionStatus === 'in_progress');
  // The live region is always there, so screen readers announce the prompt when it appears.
  return (
    <div role="status" class="update-region">
      {isShown && (
        <div class="update-prompt" data-testid="update-prompt" data-state={phase}>
          <p>{t.ready}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={phase === 'reloading'}
              onClick={() => updates.reload()}
            >
              {phase === 'reloading' ? t.reloading : t.reload}
            </button>
            <button type="button" disabled={phase === 'reloading'} onClick={() => updates.later()}>
              {t.later}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
