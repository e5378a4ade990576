// A sit-to-stand clip scored as the two sit-to-stand tests, from the landmarks the app exported
// for it: the 30-second chair stand's count and the Five Times Sit-to-Stand time, against the
// manifest. A clip has no "Go": it is the manifest's first movement (the first rep's start), and
// the test's run starts on the first frame at or after it. The manifest's 5×STS time runs from
// there to the fifth rep's end (back on the seat).
import { chairStand30s, chairStandScore } from '../../src/core/functional-tests/chair-stand';
import {
  FIVE_STANDS,
  fiveTimesSitToStand,
  fiveTimesSitToStandScore,
} from '../../src/core/functional-tests/five-times-sit-to-stand';
import type { PatientFacts } from '../../src/core/functional-tests/types';
import type { PoseFrame } from '../../src/core/landmarks';
import { setRunReplay } from '../../src/core/set-run';
import type { ClipEntry } from './clips';

const NO_FACTS: PatientFacts = { ageYears: null, sex: null };

export interface SitToStandClipScores {
  readonly goS: number;
  readonly standsTruth: number;
  /** The chair stand's count (the clip is shorter than 30 s: the stands until it ends). */
  readonly stands: number;
  readonly armsUsed: boolean;
  /** Null when the clip has fewer than five stands. */
  readonly fiveStsTruthS: number | null;
  readonly fiveStsS: number | null;
}

export function sitToStandClipScores(
  clip: ClipEntry,
  frames: readonly PoseFrame[],
): SitToStandClipScores {
  const first = clip.rep_times[0];
  const fifth = clip.rep_times[FIVE_STANDS - 1];
  if (first === undefined) throw new Error(`${clip.file}: no rep times, no first movement`);
  const goMs = first.start * 1000;
  // Frames at or before fromMs are not analysed: the run starts on the first frame at or after Go.
  const fromMs = goMs - 1e-6;
  const chair = chairStandScore(
    setRunReplay(chairStand30s.definition, chairStand30s.protocol, frames, { fromMs }),
    NO_FACTS,
  );
  const five = fiveTimesSitToStandScore(
    setRunReplay(fiveTimesSitToStand.definition, fiveTimesSitToStand.protocol, frames, { fromMs }),
    NO_FACTS,
  );
  return {
    goS: first.start,
    standsTruth: clip.reps,
    stands: chair.score.kind === 'count' ? chair.score.count : -1,
    armsUsed: chair.stopReason === 'arms_used' || five.stopReason === 'arms_used',
    fiveStsTruthS: fifth === undefined ? null : fifth.end - first.start,
    fiveStsS: five.score.kind === 'seconds' ? five.score.seconds : null,
  };
}
