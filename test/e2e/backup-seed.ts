// Seeding the app's storage the way a patient would: importing a backup file on "Your data".
import type { Locator, Page } from '@playwright/test';

export const importResult = (page: Page): Locator => page.getByTestId('import-result');

export async function importText(page: Page, name: string, content: string): Promise<void> {
  await page.goto('/#/data');
  await page.getByLabel('Choose a FormCoach backup file (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}
