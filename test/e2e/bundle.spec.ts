// The patient's first paint carries neither the clinic (no module of src/ui/clinic is in the entry
// chunk or anything it imports statically) nor the workers' motion analysis: read from the
// production build's manifest and source maps (after `npm run build`, like every e2e spec). The
// clinic is a chunk of its own.
import { resolve } from 'node:path';
import { bundleReport, sourcesOf } from '../helpers/bundle';
import { REPO_ROOT } from '../helpers/paths';
import { expect, test } from './fixtures';

const DIST = resolve(REPO_ROOT, 'dist');

test('no clinic module is in the first paint; the clinic is a lazy chunk', () => {
  const report = bundleReport(DIST);
  const firstPaint = report.entry.files.flatMap((file) => sourcesOf(DIST, file));
  // The source maps are read: the entry holds the app shell at least.
  expect(firstPaint).toContain('src/ui/app.tsx');
  expect(firstPaint.filter((source) => source.startsWith('src/ui/clinic/'))).toEqual([]);
  // Nor the check-up tests (their screens, flow and scoring): a chunk of their own too.
  expect(firstPaint.filter((source) => source.startsWith('src/ui/functional-tests/'))).toEqual([]);
  // Their ids and codes (types.ts) and the one rule for a valid age and sex (patient-facts.ts) are
  // there: the backup's schema, on the Your data page, validates stored test results with them.
  const sharedWithBackup = [
    'src/core/functional-tests/types.ts',
    'src/core/functional-tests/patient-facts.ts',
  ];
  expect(
    firstPaint.filter(
      (source) =>
        source.startsWith('src/core/functional-tests/') && !sharedWithBackup.includes(source),
    ),
  ).toEqual([]);
  // Nor their words: the patient's and the therapist's (issue #14: they sat in the text index,
  // 220.6 KiB first paint against 214.8 before the tests area).
  const testWords = ['src/ui/text/functional-tests.ts', 'src/ui/text/functional-tests-run.ts'];
  expect(firstPaint.filter((source) => testWords.includes(source))).toEqual([]);
  // Nor the video file decoder (mediabunny, 91 KiB gzip): loaded when a file is first opened.
  expect(firstPaint.filter((source) => source.includes('node_modules/mediabunny/'))).toEqual([]);
  expect(report.lazy.map((chunk) => chunk.src)).toContain('src/platform/video-decoder.ts');
  // Nor the motion analysis: the set run and its analyzer run in the workers; the page needs only
  // the protocols (a merge that imported the set run's index from the coach flow added 13 KiB).
  const analysis = [
    'src/core/analyzer.ts',
    'src/core/set-run/set-run.ts',
    'src/core/rep-counter.ts',
  ];
  expect(firstPaint.filter((source) => analysis.includes(source))).toEqual([]);

  const clinic = report.lazy.find((chunk) => chunk.src === 'src/ui/clinic/clinic-area.tsx');
  expect(clinic).toBeDefined();
  const clinicSources = (clinic?.files ?? []).flatMap((file) => sourcesOf(DIST, file));
  expect(clinicSources).toContain('src/ui/clinic/set-review-screen.tsx');
  const tests = report.lazy.find((chunk) => chunk.src === 'src/ui/functional-tests/tests-area.tsx');
  expect(tests).toBeDefined();
  console.log(`Check-up tests chunk +${((tests?.gzipBytes ?? 0) / 1024).toFixed(1)} KiB gzip`);
  console.log(
    `First paint ${(report.entry.gzipBytes / 1024).toFixed(1)} KiB gzip; clinic chunk +${((clinic?.gzipBytes ?? 0) / 1024).toFixed(1)} KiB`,
  );
});
