import { analyseFileInApp } from '../helpers/app-driver';
import { countFrames } from '../helpers/browser';
import { expect, requireClip, test } from './fixtures';

test('a real clip is analysed frame by frame: processed frames equal the frames in the file', async ({
  page,
  baseURL,
}) => {
  const { path } = requireClip('squat-side-02.webm');
  const framesInFile = countFrames(path);
  const { trace } = await analyseFileInApp(page, baseURL ?? '/', path);
  expect(trace.frames).toHaveLength(framesInFile);
  await expect(page.getByTestId('stat-processed')).toHaveAttribute(
    'data-processed',
    String(framesInFile),
  );
  // The file's own frame times, strictly increasing.
  const times = trace.frames.map((frame) => frame.timestampMs);
  expect(times.every((time, i) => i === 0 || time > (times[i - 1] ?? Infinity))).toBe(true);
  // A person is found in the frames (the clip shows one throughout).
  const withPose = trace.frames.filter((frame) => frame.landmarks?.length === 33).length;
  expect(withPose / trace.frames.length).toBeGreaterThan(0.9);
  await page.screenshot({ path: test.info().outputPath('video-file.png') });
});
