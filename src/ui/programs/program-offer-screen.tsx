// The preview of a program from the clinic (a link opened, or pasted on "Open a program"): who
// prescribed it, its exercises and doses, the schedule, the notes, and what changes from the
// program followed now. Accept stores it and makes it current; Not now changes nothing. Either
// way the link's fragment leaves the address (replaced, so Back does not open it again).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProgramChanges } from '../../core/programs/program-changes';
import type { Program } from '../../core/session/types';
import { programVersionOf } from '../../core/programs/versions';
import { href } from '../router';
import { Screen } from '../screen';
import { useServices } from '../services';
import { useStore } from '../store';
import { exerciseName, text } from '../text';
import type { CoachController } from '../session/controller';
import { currentProgram } from '../session/flow/state';
import { createOfferController, type OfferState } from './offer-controller';
import { prescriptionLine } from './prescription-line';
import { scheduleLine } from './schedule-line';

const t = text.programOffer;

/** Leaves the preview for home, replacing the entry that holds the link. */
const leave = (): void => location.replace(href('coach'));

export function ProgramOfferScreen({ link, coach }: { link: string; coach: CoachController }) {
  const { storage, role } = useServices();
  const controller = useMemo(
    () =>
      createOfferController(link, {
        open: () => storage.open(),
        // The stored programs, not the coach's (which may still be loading on a fresh open).
        current: (stored) =>
          currentProgram({ programs: stored, programId: coach.store.get().programId }),
        onInstalled: (program) => {
          coach.programInstalled(program);
          // Accepting a program from a clinic answers the first run's "who uses this device?".
          if (role.store.get().role === null) role.choose('patient');
        },
        now: () => Date.now(),
      }),
    [link, storage, coach, role],
  );
  useEffect(() => void controller.read(), [controller]);
  const state = useStore(controller.store);
  useEffect(() => {
    if (state.phase === 'accepted') leave();
  }, [state.phase]);
  return (
    <Screen class="program-offer" testId="program-offer" phase={state.phase} title={t.title}>
      <OfferBody state={state} onAccept={() => void controller.accept()} />
    </Screen>
  );
}

function OfferBody({ state, onAccept }: { state: OfferState; onAccept: () => void }) {
  switch (state.phase) {
    case 'reading':
    case 'accepted':
      return <p role="status">{t.reading}</p>;
    case 'storage-failed':
      return <Refusal message={t.storageFailed} />;
    case 'refused':
      return (
        <Refusal
          message={t.refusal[state.error.code]}
          detail={
            state.error.code === 'replay'
              ? t.replayDetail(state.error.installedVersion, state.error.linkVersion)
              : null
          }
        />
      );
    case 'preview':
    case 'accepting':
    case 'save-failed':
      return (
        <>
          <Preview program={state.offer.program} fingerprint={state.offer.fingerprint} />
          <section aria-labelledby="offer-changes-title" data-testid="offer-changes">
            <h3 id="offer-changes-title">{t.changesTitle}</h3>
            {state.offer.relation === 'same' ? (
              <p>{t.sameVersion}</p>
            ) : (
              <ChangesList changes={state.changes} />
            )}
          </section>
          {state.phase === 'save-failed' && (
            <p class="error" role="alert">
              {t.saveFailed}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary big"
              disabled={state.phase === 'accepting'}
              onClick={onAccept}
            >
              {state.phase === 'accepting' ? t.accepting : t.accept}
            </button>
            <button type="button" onClick={leave}>
              {t.notNow}
            </button>
          </div>
        </>
      );
  }
}

function Refusal({ message, detail = null }: { message: string; detail?: string | null }) {
  return (
    <div data-testid="offer-refused">
      <h3>{t.refused}</h3>
      <p role="alert">{message}</p>
      {detail !== null && <p class="muted">{detail}</p>}
      <p>
        <a class="button" href={href('coach')}>
          {t.backHome}
        </a>
      </p>
    </div>
  );
}

function Preview({ program, fingerprint }: { program: Program; fingerprint: string }) {
  return (
    <>
      <p class="prescriber" data-testid="offer-prescriber">
        <strong>{t.prescribedBy(program.prescribedBy?.displayName ?? '')}</strong>
        <br />
        <small class="muted">
          {t.fingerprint(fingerprint)} · {t.versionLine(programVersionOf(program).version)}
        </small>
      </p>
      <h3>{text.programs.name(program)}</h3>
      {program.description !== '' && <p>{text.programs.description(program)}</p>}
      {program.schedule !== undefined && (
        <p data-testid="offer-schedule">
          <strong>{t.scheduleTitle}:</strong> {scheduleLine(program.schedule)}
        </p>
      )}
      <h3>{t.exercisesTitle}</h3>
      <ol class="exercise-list" data-testid="offer-exercises">
        {program.exercises.map((p, i) => (
          <li key={`${p.exerciseId}-${i}`} class="exercise-item">
            <div>
              <h4>{exerciseName(p.exerciseId)}</h4>
              <p>{prescriptionLine(p, true)}</p>
              {p.notes !== '' && (
                <p class="muted">
                  {t.notesLabel}: {p.notes}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function ChangesList({ changes }: { changes: ProgramChanges }) {
  if (changes.kind === 'new_program') return <p>{t.newProgram}</p>;
  if (changes.exercises.length === 0 && !changes.scheduleChanged) return <p>{t.noChanges}</p>;
  return (
    <ul>
      {changes.exercises.map((c) => {
        const name = exerciseName(c.exerciseId);
        return (
          <li key={`${c.kind}-${c.exerciseId}`}>
            {c.kind === 'added'
              ? t.added(name)
              : c.kind === 'removed'
                ? t.removed(name)
                : t.changed(name, c.fields.map((f) => t.field[f]).join(', '))}
          </li>
        );
      })}
      {changes.scheduleChanged && <li>{t.scheduleChanged}</li>}
    </ul>
  );
}

/** "Open a program from your clinic": a link pasted by hand opens the same preview. */
export function ProgramOpenScreen({ coach }: { coach: CoachController }) {
  const [draft, setDraft] = useState('');
  const [link, setLink] = useState<string | null>(null);
  if (link !== null) return <ProgramOfferScreen key={link} link={link} coach={coach} />;
  return (
    <Screen class="program-open" testId="program-open" title={t.openTitle}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setLink(draft.trim());
        }}
      >
        <label class="field">
          {t.openLabel}
          <textarea
            rows={4}
            value={draft}
            aria-describedby="program-open-hint"
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </label>
        <p id="program-open-hint" class="muted">
          {t.openHint}
        </p>
        <button type="submit" class="primary" disabled={draft.trim() === ''}>
          {t.openSubmit}
        </button>
      </form>
    </Screen>
  );
}
