// The two roles and the clinic workspace's patients, in real Chromium with real IndexedDB: the first
// run's question, a therapist who adds two patients, searches, sorts, edits, reloads, switches to
// the patient's side and back; axe on every new screen, a keyboard-only add, and screenshots at
// phone and laptop size (also kept in /work/shots-clinicui when that folder exists, to be looked at).
import { existsSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { coach, expectAccessible, LAPTOP, PHONE, tabTo } from './screens';

const SHOTS = '/work/shots-clinicui';

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    const file = `${name}-${size.width}x${size.height}.png`;
    await page.screenshot({ path: test.info().outputPath(file), fullPage: true });
    if (existsSync(SHOTS)) await page.screenshot({ path: `${SHOTS}/${file}`, fullPage: true });
  }
}

const rows = (page: Page): Locator => page.getByTestId('patient-row');
const names = (page: Page): Promise<string[]> => rows(page).getByRole('link').allInnerTexts();

/** Fills the add / edit form and saves; the patient's page opens. */
async function savePatient(
  page: Page,
  fields: { name: string; dob?: string; sex?: 'Female' | 'Male' | 'Not given'; notes?: string },
): Promise<void> {
  await page.getByLabel('Name or initials').fill(fields.name);
  if (fields.dob !== undefined) await page.getByLabel('Date of birth (optional)').fill(fields.dob);
  if (fields.sex !== undefined)
    await page.getByRole('radio', { name: fields.sex, exact: true }).check();
  if (fields.notes !== undefined) await page.getByLabel('Notes (optional)').fill(fields.notes);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByTestId('clinic-patient')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(fields.name);
}

test('first run: not answering is the patient’s path; “I’m a patient” puts the question away for good', async ({
  page,
}) => {
  await page.goto('/');
  const prompt = page.getByTestId('role-prompt');
  await expect(prompt).toBeVisible();
  await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
  await expectAccessible(page, 'readiness with the role question');
  await shoot(page, 'first-run');
  await prompt.getByRole('button', { name: 'I’m a patient' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
  await page.reload();
  await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
  await expect(page.getByTestId('role-prompt')).toHaveCount(0);
});

test('therapist: add two patients, search, sort, edit, reload, switch to the patient’s side and back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(LAPTOP);
  await page.goto('/');
  await page.getByRole('button', { name: 'I’m a therapist (clinic workspace)' }).click();
  await expect(page).toHaveURL(/#\/clinic\/patients$/);
  const list = page.getByTestId('clinic-patients');
  await expect(list).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('patients-empty')).toHaveText(
    'No patients yet. Add the first one to start.',
  );
  await expect(page.getByRole('navigation', { name: 'Clinic workspace' })).toBeVisible();
  await expectAccessible(page, 'patients, empty');
  await shoot(page, 'patients-empty');

  // A refused form: every problem said, focus on the list of problems, nothing stored.
  await page.getByRole('link', { name: 'Add a patient' }).click();
  await expect(page.getByTestId('patient-form')).toHaveAttribute('data-state', 'editing');
  await page.getByLabel('Date of birth (optional)').fill('2999-01-01');
  await page.getByRole('button', { name: 'Save patient' }).click();
  const problems = page.getByTestId('form-errors');
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('listitem')).toHaveText([
    'Enter a name or initials.',
    'The date of birth cannot be in the future.',
  ]);
  await expect(page.getByLabel('Name or initials')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'patient form, refused');
  await shoot(page, 'patient-form-errors');
  await problems.getByRole('link', { name: 'Enter a name or initials.' }).click();
  await expect(page.getByLabel('Name or initials')).toBeFocused();

  await savePatient(page, {
    name: 'Zoë Ångström',
    dob: '1950-03-14',
    sex: 'Female',
    notes: 'Right TKA, 6 weeks.\nUses a cane outdoors.',
  });
  await expect(page.getByTestId('patient-sex')).toHaveText('Female');
  await expect(page.getByTestId('patient-dob')).toContainText('1950-03-14');
  await expect(page.getByTestId('patient-notes')).toHaveText(
    'Right TKA, 6 weeks.\nUses a cane outdoors.',
  );
  await expectAccessible(page, 'patient page');
  await shoot(page, 'patient-detail');

  // The second patient, with the keyboard only.
  await page.setViewportSize(LAPTOP);
  await page.getByRole('link', { name: 'Patients', exact: true }).first().click();
  await expect(rows(page)).toHaveCount(1);
  await tabTo(page, page.getByRole('link', { name: 'Add a patient' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('patient-form')).toHaveAttribute('data-state', 'editing');
  await expect(page.getByRole('heading', { name: 'Add a patient', level: 2 })).toBeFocused();
  // From the heading, the next stop is the first field.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name or initials')).toBeFocused();
  await page.keyboard.type('A. B.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Date of birth (optional)')).toBeFocused();
  await page.keyboard.press('Tab'); // the date field's own parts and picker button
  // The group's stop is its checked radio ("Not given"); an arrow moves the choice.
  await tabTo(page, page.getByRole('radio', { name: 'Not given' }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Save patient' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'A. B.', level: 2 })).toBeFocused();

  // Search and sort.
  await page.getByRole('link', { name: 'Patients', exact: true }).first().click();
  await expect(rows(page)).toHaveCount(2);
  const search = page.getByLabel('Search by name or initials');
  await search.fill('zoe ang');
  await expect.poll(() => names(page)).toEqual(['Zoë Ångström']);
  await expect(page.getByTestId('patients-count')).toHaveText('1 of 2 patients match');
  await search.fill('ab');
  await expect.poll(() => names(page)).toEqual(['A. B.']);
  await search.fill('nobody');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByTestId('patients-count')).toHaveText('No patient matches “nobody”.');
  await search.fill('');
  const sort = page.getByLabel('Sort by');
  await expect.poll(() => names(page)).toEqual(['A. B.', 'Zoë Ångström']);
  await sort.selectOption({ label: 'Last updated' });
  await expect.poll(() => names(page)).toEqual(['A. B.', 'Zoë Ångström']);
  await expectAccessible(page, 'patients, two');
  await shoot(page, 'patients-list');

  // Edit the first patient: it moves to the top of "Last updated".
  await page.setViewportSize(LAPTOP);
  await page.getByRole('link', { name: 'Zoë Ångström' }).click();
  await page.getByRole('link', { name: 'Edit patient' }).click();
  const form = page.getByTestId('patient-form');
  await expect(form).toHaveAttribute('data-state', 'editing');
  await expect(page.getByLabel('Name or initials')).toHaveValue('Zoë Ångström');
  await expect(page.getByLabel('Date of birth (optional)')).toHaveValue('1950-03-14');
  await expect(page.getByRole('radio', { name: 'Female' })).toBeChecked();
  await expectAccessible(page, 'patient form, edit');
  await shoot(page, 'patient-form-edit');
  await page.setViewportSize(LAPTOP);
  await savePatient(page, { name: 'Zoë Å.', sex: 'Not given', notes: 'Right TKA, 7 weeks.' });
  await expect(page.getByTestId('patient-sex')).toHaveText('Not given');
  await page.getByRole('link', { name: 'Patients', exact: true }).first().click();
  await page.getByLabel('Sort by').selectOption({ label: 'Last updated' });
  await expect.poll(() => names(page)).toEqual(['Zoë Å.', 'A. B.']);

  // A reload keeps them; the device opens on the workspace.
  await page.goto('/');
  await expect(page).toHaveURL(/#\/clinic\/patients$/);
  await expect(page.getByTestId('clinic-patients')).toHaveAttribute('data-state', 'ready');
  await expect.poll(() => names(page)).toEqual(['A. B.', 'Zoë Å.']);

  // Switch to the patient's side: the patient's app, no question; a reload stays there.
  await page.getByRole('button', { name: 'Switch to the patient’s app' }).click();
  await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
  await expect(page.getByTestId('role-prompt')).toHaveCount(0);
  await page.reload();
  await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
  // And back: the same patients.
  await page.getByRole('button', { name: 'Switch to the therapist’s workspace' }).click();
  await expect(page).toHaveURL(/#\/clinic\/patients$/);
  await expect.poll(() => names(page)).toEqual(['A. B.', 'Zoë Å.']);
});

test('a patient that is not in the workspace is said so, on its page and its edit form', async ({
  page,
}) => {
  await page.goto('/#/clinic/patients/no-such-patient');
  await expect(page.getByTestId('clinic-patient')).toHaveAttribute('data-state', 'missing');
  await expect(
    page.getByText('This patient is not in the clinic workspace on this device.'),
  ).toBeVisible();
  await page.goto('/#/clinic/patients/no-such-patient/edit');
  await expect(page.getByTestId('patient-form')).toHaveAttribute('data-state', 'missing');
  await expectAccessible(page, 'patient missing');
});
