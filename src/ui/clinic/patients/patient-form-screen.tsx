// Add or edit a patient: name or initials (required), date of birth and sex (optional, for the
// check-up tests' norms), notes. Every field's problem is said beside it and listed above the
// form after a submit (focus moves to that list); nothing typed is lost when a save fails.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { PatientField, PatientFieldError } from '../../../core/clinic/patient';
import { SEXES } from '../../../core/functional-tests/types';
import { href } from '../../router';
import { Screen } from '../../screen';
import { useClinicConnection } from '../clinic-services';
import { useStore } from '../../store';
import { createPatientFormController, type PatientFormController } from './controller';
import { patientErrorText, patientsText } from './text';
import './patients.css';

const t = patientsText.form;

const fieldId = (field: PatientField): string => `patient-${field}`;
const errorId = (field: PatientField): string => `patient-${field}-error`;

function FieldError({
  errors,
  field,
}: {
  errors: readonly PatientFieldError[];
  field: PatientField;
}) {
  const error = errors.find((e) => e.field === field);
  return error === undefined ? null : (
    <p id={errorId(field)} class="field-error">
      {patientErrorText(field, error.code)}
    </p>
  );
}

/** The props that tie an input to its error, when it has one. */
const invalidProps = (errors: readonly PatientFieldError[], field: PatientField) =>
  errors.some((e) => e.field === field)
    ? { 'aria-invalid': true, 'aria-describedby': errorId(field) }
    : {};

export function PatientFormScreen({ patientId }: { patientId: string | null }) {
  const clinic = useClinicConnection();
  const controller = useMemo(
    () =>
      createPatientFormController({
        connection: clinic,
        patientId,
        now: () => Date.now(),
        newId: () => crypto.randomUUID(),
        navigate: (hash) => {
          location.hash = hash;
        },
      }),
    [clinic, patientId],
  );
  const state = useStore(controller.store);
  useEffect(() => {
    void controller.init();
  }, [controller]);
  const name = state.original?.displayName ?? '';
  const back =
    patientId === null
      ? { href: href('clinic-patients'), label: t.back }
      : { href: href('clinic-patient', { patientId }), label: t.backToPatient(name) };
  return (
    <Screen
      class="clinic-patient-form"
      testId="patient-form"
      phase={state.phase}
      title={patientId === null ? t.addTitle : t.editTitle(name)}
      focusKey={state.phase === 'editing' ? 'editing' : state.phase}
      back={back}
    >
      {state.phase === 'loading' && <p role="status">{patientsText.detail.loading}</p>}
      {state.phase === 'missing' && <p class="message-error">{patientsText.detail.missing}</p>}
      {state.phase === 'failed' && <p class="message-error">{state.saveError}</p>}
      {(state.phase === 'editing' || state.phase === 'saving') && (
        <PatientForm controller={controller} cancelHref={back.href} />
      )}
    </Screen>
  );
}

function PatientForm({
  controller,
  cancelHref,
}: {
  controller: PatientFormController;
  cancelHref: string;
}) {
  const { draft, errors, saveError, phase } = useStore(controller.store);
  const summary = useRef<HTMLDivElement>(null);
  // After a refused submit, focus goes to the list of problems (each a link to its field).
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  return (
    <form
      class="patient-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void controller.submit();
      }}
    >
      {errors.length > 0 && (
        <div
          class="message-error"
          role="alert"
          tabIndex={-1}
          ref={summary}
          data-testid="form-errors"
        >
          <p>{t.problems(errors.length)}</p>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a
                  href={`#${fieldId(e.field)}`}
                  onClick={(event) => {
                    // The page's hash is its route: move focus without navigating.
                    event.preventDefault();
                    document.getElementById(fieldId(e.field))?.focus();
                  }}
                >
                  {patientErrorText(e.field, e.code)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="field">
        <label for={fieldId('displayName')}>{t.displayName}</label>
        <p id="patient-displayName-hint" class="muted">
          {t.displayNameHint}
        </p>
        <input
          id={fieldId('displayName')}
          type="text"
          autoComplete="off"
          required
          value={draft.displayName}
          aria-describedby="patient-displayName-hint"
          {...invalidProps(errors, 'displayName')}
          onInput={(event) => controller.setField('displayName', event.currentTarget.value)}
        />
        <FieldError errors={errors} field="displayName" />
      </div>
      <div class="field">
        <label for={fieldId('dateOfBirth')}>{t.dateOfBirth}</label>
        <input
          id={fieldId('dateOfBirth')}
          type="date"
          value={draft.dateOfBirth}
          {...invalidProps(errors, 'dateOfBirth')}
          onInput={(event) => controller.setField('dateOfBirth', event.currentTarget.value)}
        />
        <FieldError errors={errors} field="dateOfBirth" />
      </div>
      <fieldset {...invalidProps(errors, 'sex')}>
        <legend>{t.sex}</legend>
        {[...SEXES, '' as const].map((option) => (
          <label key={option} class="choice">
            <input
              type="radio"
              name="patient-sex"
              id={option === '' ? fieldId('sex') : undefined}
              checked={draft.sex === option}
              onChange={() => controller.setField('sex', option)}
            />
            {option === '' ? t.notSaid : t.sexes[option]}
          </label>
        ))}
        <FieldError errors={errors} field="sex" />
      </fieldset>
      <div class="field wide">
        <label for={fieldId('notes')}>{t.notes}</label>
        <textarea
          id={fieldId('notes')}
          rows={5}
          value={draft.notes}
          {...invalidProps(errors, 'notes')}
          onInput={(event) => controller.setField('notes', event.currentTarget.value)}
        />
        <FieldError errors={errors} field="notes" />
      </div>
      {saveError !== null && (
        <p class="message-error" role="alert">
          {t.saveFailed(saveError)}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={phase === 'saving'}>
          {phase === 'saving' ? t.saving : t.save}
        </button>
        <a href={cancelHref}>{t.cancel}</a>
      </div>
    </form>
  );
}
