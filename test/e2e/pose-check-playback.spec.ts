// The pose check with a portrait video file (360 × 640): the analysed picture stays within the
// viewport's height with its own shape, at laptop and phone size, and afterwards the file plays
// back with its controls in view and the tracked skeleton drawn over it.
import type { Page } from '@playwright/test';
import { analyseFileInApp } from '../helpers/app-driver';
import { expect, requireClip, test } from './fixtures';
import { LAPTOP, PHONE, snap } from './screens';

const PORTRAIT = 'squat-side-01.webm';

async function expectWholeInView(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  const video = page.getByTestId('pose-video');
  await video.scrollIntoViewIfNeeded();
  const box = await video.boundingBox();
  if (box === null) throw new Error('the video has no box');
  // Its own shape (360 × 640), all of it inside the viewport.
  expect(box.width / box.height).toBeCloseTo(360 / 640, 2);
  expect(box.height).toBeLessThanOrEqual(size.height);
  expect(box.width).toBeLessThanOrEqual(size.width);
  // Scrolled into view, its edges can sit a fraction of a CSS pixel past the viewport's (seen:
  // 844.08 at 844): half a pixel is layout rounding, a whole one would be a cut picture.
  expect(box.y).toBeGreaterThanOrEqual(-0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height + 0.5);
  // The skeleton lies exactly over it.
  const overlay = await page.getByTestId('skeleton').boundingBox();
  expect(overlay).toEqual(box);
}

test('a portrait video is shown whole and plays back with its skeleton', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { path, clip } = requireClip(PORTRAIT);
  expect([clip.width, clip.height]).toEqual([360, 640]);
  await page.setViewportSize(LAPTOP);
  await analyseFileInApp(page, baseURL ?? 'http://localhost:4173', path);

  const video = page.getByTestId('pose-video');
  await expect(video).toBeVisible();
  await expect(video).toHaveAttribute('controls', '');
  await expectWholeInView(page, LAPTOP);
  await expectWholeInView(page, PHONE);
  await page.setViewportSize(LAPTOP);

  // Playing it: time moves on and the skeleton of the frame shown is drawn.
  await video.evaluate((v: HTMLVideoElement) => v.play());
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(1);
  await expect
    .poll(async () => Number(await page.getByTestId('skeleton').getAttribute('data-landmarks')))
    .toBeGreaterThan(10);
  await video.evaluate((v: HTMLVideoElement) => v.pause());
  // Scrubbing to 5.6 s (the bottom of a squat) draws that frame's skeleton.
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 5.6;
  });
  await expect
    .poll(async () => Number(await page.getByTestId('skeleton').getAttribute('data-frame-time')))
    .toBeGreaterThan(5_500);
  expect(Number(await page.getByTestId('skeleton').getAttribute('data-frame-time'))).toBeLessThan(
    5_700,
  );
  await snap(page, 'pose-check-portrait');
});
