// Drives the real app in a page: analyse a video file through the real pipeline and collect what
// the app reports (its pose-data export and its on-screen results).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { AnalysisSummary } from '../../src/core/analysis-types';
import type { PoseFrame } from '../../src/core/landmarks';

export interface PoseTrace {
  readonly format: 'formcoach-pose-trace';
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly durationS: number;
  readonly frameCount: number;
  readonly exerciseId: string | null;
  readonly analysis: AnalysisSummary | null;
  readonly frames: PoseFrame[];
}

export async function analyseFileInApp(
  page: Page,
  baseUrl: string,
  file: string,
  options: { timeoutMs?: number; exercise?: string } = {},
): Promise<{ trace: PoseTrace; state: string }> {
  await page.goto(new URL('/#/pose-check', baseUrl).href);
  const screen = page.getByTestId('pose-check');
  await page.getByRole('radio', { name: 'Video file' }).check();
  if (options.exercise !== undefined) {
    await page.getByLabel('Exercise').selectOption(options.exercise);
  }
  await page.getByLabel('Choose a video (MP4 or WebM)').setInputFiles(file);
  await screen.and(page.locator('[data-state="done"], [data-state="error"]')).waitFor({
    timeout: options.timeoutMs ?? 120_000,
  });
  const state = (await screen.getAttribute('data-state')) ?? '';
  if (state !== 'done') {
    throw new Error(
      `analysis of ${file} ended in ${state}: ${await page.getByTestId('status').textContent()}`,
    );
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download pose data (JSON)' }).click();
  const path = await (await download).path();
  const trace = JSON.parse(await readFile(path, 'utf8')) as PoseTrace;
  return { trace, state };
}
