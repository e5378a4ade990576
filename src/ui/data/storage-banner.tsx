// The storage problem banner of the app shell: stays on every screen until the page reloads, and
// offers "Export now" when the live session is being kept in memory.
import { useServices } from '../services';
import { useStore } from '../store';
import { text } from '../text';
import { EXPORTABLE_CODES } from './storage-problems';

const t = text.storageBanner;

export function StorageBanner() {
  const storageProblems = useServices().problems;
  const state = useStore(storageProblems.store);
  const problem = state.problem;
  // Rendered only with a problem: an empty alert region would be one more "alert" on every page.
  if (problem === null) return null;
  return (
    <div role="alert" class="storage-banner" data-testid="storage-banner" data-state={problem.code}>
      <p class="storage-banner-message">{problem.message}</p>
      {EXPORTABLE_CODES.has(problem.code) && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={state.exportPhase === 'exporting'}
            onClick={() => storageProblems.exportNow()}
          >
            {state.exportPhase === 'exporting' ? t.exporting : t.exportNow}
          </button>
          <span role="status">
            {state.exportPhase === 'done' && state.exportMessage !== null
              ? state.exportProblem === null
                ? t.exported(state.exportMessage)
                : t.exportedUnverified(state.exportMessage, state.exportProblem)
              : state.exportPhase === 'nothing'
                ? t.nothingToExport
                : state.exportPhase === 'failed'
                  ? t.exportFailed(state.exportMessage ?? '')
                  : ''}
          </span>
        </div>
      )}
    </div>
  );
}
