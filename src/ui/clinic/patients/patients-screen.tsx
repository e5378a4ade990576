// The clinic workspace's patient list: search by name or initials, sort by name or last update,
// each patient a link to their page; an empty workspace says how to start.
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  PATIENT_SORTS,
  patientsSearch,
  patientsSort,
  type PatientSort,
} from '../../../core/clinic/patient';
import { formatDateTime } from '../../history/format';
import { href } from '../../router';
import { Screen } from '../../screen';
import { useClinicConnection } from '../clinic-services';
import { useStore } from '../../store';
import { createPatientListController } from './controller';
import { patientsText } from './text';
import './patients.css';

const t = patientsText.list;

const isSort = (value: string): value is PatientSort =>
  (PATIENT_SORTS as readonly string[]).includes(value);

export function PatientsScreen() {
  const clinic = useClinicConnection();
  const controller = useMemo(() => createPatientListController(clinic), [clinic]);
  const state = useStore(controller.store);
  useEffect(() => {
    void controller.init();
  }, [controller]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PatientSort>('name');
  const shown = patientsSort(patientsSearch(state.patients, query), sort);
  const all = state.patients.length;
  return (
    <Screen class="clinic-patients" testId="clinic-patients" phase={state.phase} title={t.title}>
      <p class="muted">{t.intro}</p>
      <p>
        <a class="button primary" href={href('clinic-patient-new')}>
          {t.add}
        </a>
      </p>
      {state.phase === 'loading' && <p role="status">{t.loading}</p>}
      {state.error !== null && <p class="message-error">{state.error}</p>}
      {state.phase === 'ready' && all === 0 && <p data-testid="patients-empty">{t.empty}</p>}
      {all > 0 && (
        <>
          <div class="patient-filters">
            <label class="field">
              {t.search}
              <input
                type="search"
                value={query}
                autoComplete="off"
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
            </label>
            <label class="field">
              {t.sort}
              <select
                value={sort}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isSort(value)) setSort(value);
                }}
              >
                {PATIENT_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t.sorts[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p role="status" data-testid="patients-count">
            {shown.length === 0 ? t.none(query.trim()) : t.count(shown.length, all)}
          </p>
          <ul class="patient-list" data-testid="patient-list">
            {shown.map((p) => (
              <li key={p.id} data-testid="patient-row">
                <a href={href('clinic-patient', { patientId: p.id })}>{p.displayName}</a>
                <span class="muted">
                  {[
                    p.dateOfBirth === null ? null : t.born(p.dateOfBirth),
                    t.updated(formatDateTime(p.updatedAt)),
                  ]
                    .filter((part) => part !== null)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Screen>
  );
}
