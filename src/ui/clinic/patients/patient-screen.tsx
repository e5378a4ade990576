// One patient of the clinic workspace: name, date of birth (with the age today), sex, notes, when
// added and last updated, and the way to edit. Later work adds programs, reports, tests and visits.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { ageYearsOn } from '../../../core/clinic/patient';
import { formatDateTime } from '../../history/format';
import { href } from '../../router';
import { Screen } from '../../screen';
import { useClinicConnection } from '../clinic-services';
import { useStore } from '../../store';
import { createPatientController, localIsoDay } from './controller';
import { patientsText } from './text';
import './patients.css';

const t = patientsText.detail;

export function PatientScreen({ patientId }: { patientId: string }) {
  const clinic = useClinicConnection();
  const controller = useMemo(() => createPatientController(clinic, patientId), [clinic, patientId]);
  const state = useStore(controller.store);
  useEffect(() => {
    void controller.init();
  }, [controller]);
  const p = state.patient;
  return (
    <Screen
      class="clinic-patient"
      testId="clinic-patient"
      phase={state.phase}
      title={p?.displayName ?? patientsText.list.title}
      focusKey={state.phase}
      back={{ href: href('clinic-patients'), label: t.back }}
    >
      {state.phase === 'loading' && <p role="status">{t.loading}</p>}
      {state.phase === 'missing' && <p class="message-error">{t.missing}</p>}
      {state.error !== null && <p class="message-error">{state.error}</p>}
      {p !== null && (
        <>
          <dl class="facts-grid">
            <Fact label={t.dateOfBirth} testId="patient-dob">
              {p.dateOfBirth === null
                ? t.notGiven
                : `${p.dateOfBirth} (${t.age(ageYearsOn(p.dateOfBirth, localIsoDay(Date.now())))})`}
            </Fact>
            <Fact label={t.sex} testId="patient-sex">
              {p.sex === null ? t.notGiven : patientsText.form.sexes[p.sex]}
            </Fact>
            <Fact label={t.added}>{formatDateTime(p.createdAt)}</Fact>
            <Fact label={t.updated}>{formatDateTime(p.updatedAt)}</Fact>
          </dl>
          <h3>{t.notes}</h3>
          <p class="patient-notes" data-testid="patient-notes">
            {p.notes === '' ? t.noNotes : p.notes}
          </p>
          <p>
            <a class="button primary" href={href('clinic-patient-edit', { patientId: p.id })}>
              {t.edit}
            </a>
          </p>
        </>
      )}
    </Screen>
  );
}

function Fact({
  label,
  testId,
  children,
}: {
  label: string;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
