// The clinic workspace's patients: the list, one patient, and the add / edit form. Read and written
// through the app's one clinic connection; the clock, the id maker and navigation come in as
// parameters (unit tests hand in their own). Screens render the stores and send intents.
import {
  patientDraftValidate,
  type PatientDraft,
  type PatientField,
  type PatientFieldError,
  type PatientRecord,
} from '../../../core/clinic/patient';
import type { ClinicConnection } from '../../../platform/clinic-storage/connection';
import { failureText } from '../../data/failure-text';
import { href } from '../../router';
import { createStore } from '../../store';

/** The device's local date, YYYY-MM-DD (a date of birth is compared with it). */
export function localIsoDay(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface PatientListState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly error: string | null;
  readonly patients: readonly PatientRecord[];
}

export function createPatientListController(connection: ClinicConnection) {
  const store = createStore<PatientListState>({ phase: 'loading', error: null, patients: [] });
  return {
    store,
    async init(): Promise<void> {
      try {
        const clinic = await connection.open();
        store.set({ phase: 'ready', patients: await clinic.patients.listPatients() });
      } catch (e) {
        store.set({ phase: 'failed', error: failureText(e) });
      }
    },
  };
}

export interface PatientState {
  readonly phase: 'loading' | 'ready' | 'missing' | 'failed';
  readonly error: string | null;
  readonly patient: PatientRecord | null;
}

export function createPatientController(connection: ClinicConnection, patientId: string) {
  const store = createStore<PatientState>({ phase: 'loading', error: null, patient: null });
  return {
    store,
    async init(): Promise<void> {
      try {
        const clinic = await connection.open();
        const patient = await clinic.patients.getPatient(patientId);
        store.set(patient === null ? { phase: 'missing' } : { phase: 'ready', patient });
      } catch (e) {
        store.set({ phase: 'failed', error: failureText(e) });
      }
    },
  };
}

export interface PatientFormState {
  readonly phase: 'loading' | 'editing' | 'saving' | 'missing' | 'failed';
  readonly draft: PatientDraft;
  /** The record being edited; null when adding. */
  readonly original: PatientRecord | null;
  /** Shown after a submit, until the next one. */
  readonly errors: readonly PatientFieldError[];
  /** Why the last save failed (the draft is kept). */
  readonly saveError: string | null;
}

const EMPTY_DRAFT: PatientDraft = { displayName: '', dateOfBirth: '', sex: '', notes: '' };

const draftOf = (p: PatientRecord): PatientDraft => ({
  displayName: p.displayName,
  dateOfBirth: p.dateOfBirth ?? '',
  sex: p.sex ?? '',
  notes: p.notes,
});

export interface PatientFormOptions {
  readonly connection: ClinicConnection;
  /** The patient to edit; null to add one. */
  readonly patientId: string | null;
  readonly now: () => number;
  readonly newId: () => string;
  /** Where the form goes once saved (the hash of the patient's page). */
  readonly navigate: (hash: string) => void;
}

export function createPatientFormController(options: PatientFormOptions) {
  const { connection, patientId, now, newId, navigate } = options;
  const store = createStore<PatientFormState>({
    phase: patientId === null ? 'editing' : 'loading',
    draft: EMPTY_DRAFT,
    original: null,
    errors: [],
    saveError: null,
  });
  return {
    store,
    async init(): Promise<void> {
      if (patientId === null) return;
      try {
        const clinic = await connection.open();
        const patient = await clinic.patients.getPatient(patientId);
        store.set(
          patient === null
            ? { phase: 'missing' }
            : { phase: 'editing', draft: draftOf(patient), original: patient },
        );
      } catch (e) {
        store.set({ phase: 'failed', saveError: failureText(e) });
      }
    },
    setField(field: PatientField, value: string): void {
      store.set(({ draft }) => ({ draft: { ...draft, [field]: value } }));
    },
    async submit(): Promise<void> {
      const state = store.get();
      if (state.phase !== 'editing') return;
      const at = now();
      const valid = patientDraftValidate(state.draft, localIsoDay(at));
      if (!valid.ok) {
        store.set({ errors: valid.error, saveError: null });
        return;
      }
      store.set({ phase: 'saving', errors: [], saveError: null });
      try {
        const clinic = await connection.open();
        const saved =
          state.original === null
            ? await clinic.patients.addPatient(valid.value, { id: newId(), now: at })
            : await clinic.patients.updatePatient(state.original.id, valid.value, at);
        if (!saved.ok) {
          store.set({ phase: 'editing', saveError: saved.error.message });
          return;
        }
        navigate(href('clinic-patient', { patientId: saved.value.id }));
      } catch (e) {
        store.set({ phase: 'editing', saveError: failureText(e) });
      }
    },
  };
}

export type PatientFormController = ReturnType<typeof createPatientFormController>;
