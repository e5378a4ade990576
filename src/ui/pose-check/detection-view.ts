// What one detection changes on the pose check: the skeleton drawn on the canvas, and the live
// exercise figures (only when they changed, so the screen re-renders on news, not every frame).
import type { PoseDetection } from '../../../workers/pose-types';
import { drawSkeleton } from '../draw-skeleton';
import type { PoseCheckState } from './state';
import { cueText } from '../text';

export function drawDetection(
  canvas: HTMLCanvasElement,
  detection: PoseDetection,
  clear: boolean,
): void {
  if (canvas.width !== detection.imageWidth || canvas.height !== detection.imageHeight) {
    canvas.width = detection.imageWidth;
    canvas.height = detection.imageHeight;
  }
  const context = canvas.getContext('2d');
  if (context === null) return;
  if (clear) context.clearRect(0, 0, canvas.width, canvas.height);
  const drawn = detection.landmarks
    ? drawSkeleton(context, detection.landmarks, canvas.width, canvas.height)
    : 0;
  canvas.dataset['landmarks'] = String(drawn);
}

type AnalysisFigures = Pick<
  PoseCheckState,
  'liveRepCount' | 'liveHoldSeconds' | 'notCounting' | 'cue'
>;

/** The state patch a detection's analysis makes, or null when nothing shown changes. */
export function analysisPatch(
  state: AnalysisFigures,
  detection: PoseDetection,
): Partial<AnalysisFigures> | null {
  const { analysis } = detection;
  if (analysis === null) return null;
  const said = analysis.cues[0];
  const cue = said === undefined ? undefined : cueText(said.message);
  const holdSeconds = analysis.hold === null ? null : Math.floor(analysis.hold.heldMs / 1000);
  const isChanged =
    analysis.repCount !== state.liveRepCount ||
    holdSeconds !== state.liveHoldSeconds ||
    (cue !== undefined && cue !== state.cue) ||
    JSON.stringify(analysis.notCounting) !== JSON.stringify(state.notCounting);
  if (!isChanged) return null;
  return {
    liveRepCount: analysis.repCount,
    liveHoldSeconds: holdSeconds,
    notCounting: analysis.notCounting,
    ...(cue ? { cue } : {}),
  };
}
