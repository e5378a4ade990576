// History and progress: the progress charts, then every session, newest first, each a link to its
// detail. Status is spelled out (with a symbol), never shown by colour alone.
import { useEffect, useMemo } from 'preact/hooks';
import type { SessionFacts } from '../../core/progress';
import type { Program, SessionStatus } from '../../core/session/types';
import { href } from '../router';
import { useServices } from '../services';
import { useStore } from '../store';
import { text } from '../text';
import { createHistoryController, programOf } from './controller';
import { doneText, exerciseNames, formatDateTime, scoreText } from './format';
import { ProgressCharts } from './progress-charts';
import { Screen } from '../screen';

const t = text.history;

export function StatusBadge({ status }: { status: SessionStatus }) {
  return (
    <span class={`badge status-${status}`} data-testid="session-status">
      <span aria-hidden="true">{t.statusIcon[status]} </span>
      {t.status[status]}
    </span>
  );
}

export const programName = (programs: ReadonlyMap<string, Program>, id: string | null): string =>
  id === null ? t.singleExercise : (programOf(programs, id)?.name ?? t.unknownProgram);

/** The program and the exercises done ("Knee: Squat, Sit to stand"), or the exercise alone. */
export function sessionTitle(programs: ReadonlyMap<string, Program>, f: SessionFacts): string {
  const names = exerciseNames(f);
  if (f.programId === null) return names === '' ? t.singleExercise : names;
  const program = programName(programs, f.programId);
  return names === '' ? program : `${program}: ${names}`;
}

export function HistoryScreen() {
  const { storage } = useServices();
  const controller = useMemo(() => createHistoryController(storage), [storage]);
  const state = useStore(controller.store);
  useEffect(() => {
    // init shows its own failure in the store (phase 'failed').
    void controller.init();
    return () => controller.dispose();
  }, [controller]);

  return (
    <Screen class="history" testId="history" phase={state.phase} title={t.title}>
      {state.phase === 'loading' && <p role="status">{t.loading}</p>}
      {state.phase === 'failed' && <p class="message-error">{t.loadFailed(state.error ?? '')}</p>}
      {state.phase === 'ready' && state.sessions.length === 0 && <p>{t.empty}</p>}
      {state.phase === 'ready' && state.sessions.length > 0 && (
        <>
          <h3 class="section-title">{t.progressTitle}</h3>
          <ProgressCharts state={state} controller={controller} />
          <h3 class="section-title" id="sessions-title">
            {t.sessionsTitle}
          </h3>
          <p class="muted">{t.sessionCount(state.sessions.length)}</p>
          <ul class="session-list" aria-labelledby="sessions-title" data-testid="session-list">
            {state.sessions.map((f) => (
              <SessionRow key={f.id} facts={f} programs={state.programs} />
            ))}
          </ul>
        </>
      )}
    </Screen>
  );
}

function SessionRow({
  facts: f,
  programs,
}: {
  facts: SessionFacts;
  programs: ReadonlyMap<string, Program>;
}) {
  return (
    <li class="session-row" data-testid="session-row" data-status={f.status}>
      <a href={href('history-session', { sessionId: f.id })}>
        <span class="session-date">{formatDateTime(f.startedAt)}</span>
        <span class="session-meta">
          {sessionTitle(programs, f)} · <StatusBadge status={f.status} /> ·{' '}
          <span data-testid="session-done">{doneText(f)}</span> ·{' '}
          {t.pain(scoreText(f.painBefore), scoreText(f.painAfter))}
        </span>
      </a>
    </li>
  );
}
