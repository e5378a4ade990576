// The clinic workspace's patient screens' words: their own module, in the clinic's lazy chunk.
import type { PatientField, PatientFieldCode, PatientSort } from '../../../core/clinic/patient';
import { PATIENT_NAME_MAX, PATIENT_NOTES_MAX } from '../../../core/clinic/patient';
import type { Sex } from '../../../core/functional-tests/types';

export const patientsText = {
  list: {
    title: 'Patients',
    intro:
      'Your clinic workspace on this device: the people you prescribe for. It is kept apart from the patient’s own data.',
    add: 'Add a patient',
    loading: 'Loading the patients…',
    empty: 'No patients yet. Add the first one to start.',
    search: 'Search by name or initials',
    sort: 'Sort by',
    sorts: { name: 'Name (A–Z)', updated: 'Last updated' } satisfies Record<PatientSort, string>,
    count: (shown: number, all: number) =>
      shown === all
        ? `${all} ${all === 1 ? 'patient' : 'patients'}`
        : `${shown} of ${all} patients match`,
    none: (query: string) => `No patient matches “${query}”.`,
    updated: (when: string) => `Updated ${when}`,
    born: (date: string) => `born ${date}`,
  },
  form: {
    addTitle: 'Add a patient',
    editTitle: (name: string) => `Edit ${name}`,
    back: 'Patients',
    backToPatient: (name: string) => `Back to ${name}`,
    displayName: 'Name or initials',
    displayNameHint: 'As you want to see it in the list, e.g. “M.\u00a0K.”.',
    dateOfBirth: 'Date of birth (optional)',
    sex: 'Sex (optional, for the check-up tests’ norms)',
    sexes: { female: 'Female', male: 'Male' } satisfies Record<Sex, string>,
    notSaid: 'Not given',
    notes: 'Notes (optional)',
    save: 'Save patient',
    saving: 'Saving…',
    cancel: 'Cancel',
    problems: (count: number) =>
      count === 1 ? 'One field needs a change:' : `${count} fields need a change:`,
    saveFailed: (why: string) => `The patient was not saved: ${why} What you typed is kept.`,
    check: 'Check this field.',
    errors: {
      displayName: {
        required: 'Enter a name or initials.',
        too_long: `Keep the name to ${PATIENT_NAME_MAX} characters.`,
      },
      dateOfBirth: {
        invalid: 'Enter a real date of birth (from 1900 on), or leave it empty.',
        future: 'The date of birth cannot be in the future.',
      },
      sex: { invalid: 'Choose female, male or not given.' },
      notes: { too_long: `Keep the notes to ${PATIENT_NOTES_MAX} characters.` },
    } satisfies Record<PatientField, Partial<Record<PatientFieldCode, string>>>,
  },
  detail: {
    back: 'Patients',
    loading: 'Loading the patient…',
    missing: 'This patient is not in the clinic workspace on this device.',
    edit: 'Edit patient',
    dateOfBirth: 'Date of birth',
    age: (years: number) => `${years} years`,
    sex: 'Sex',
    notes: 'Notes',
    noNotes: 'No notes yet.',
    notGiven: 'Not given',
    added: 'Added',
    updated: 'Last updated',
    saved: 'Saved.',
  },
} as const;

/** The message for one field's error. */
export function patientErrorText(field: PatientField, code: PatientFieldCode): string {
  const byCode: Partial<Record<PatientFieldCode, string>> = patientsText.form.errors[field];
  return byCode[code] ?? patientsText.form.check;
}
