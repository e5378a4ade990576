// The pose-data export of an analysed file: every frame's landmarks with the file's own frame
// times, rounded to 5 decimals, and the exercise analysis.
import type { AnalysisSummary } from '../../core/analysis-types';
import type { PoseFrame, PoseLandmark } from '../../core/landmarks';
import { ms } from '../../core/units';
import type { VideoFileInfo } from '../../platform/video-file';
import type { PoseDetection } from '../../../workers/pose-types';

const round = (value: number): number => Math.round(value * 1e5) / 1e5;
const roundLandmarks = (points: readonly PoseLandmark[] | null): PoseLandmark[] | null =>
  points === null
    ? null
    : points.map((p) => ({
        x: round(p.x),
        y: round(p.y),
        z: round(p.z),
        visibility: round(p.visibility),
        presence: round(p.presence),
      }));

export const poseFrameOf = (detection: PoseDetection): PoseFrame => ({
  timestampMs: ms(detection.timestampMs),
  imageWidth: detection.imageWidth,
  imageHeight: detection.imageHeight,
  landmarks: roundLandmarks(detection.landmarks),
  worldLandmarks: roundLandmarks(detection.worldLandmarks),
});

export function poseTraceBlob(
  file: VideoFileInfo,
  summary: AnalysisSummary | null,
  frames: readonly PoseFrame[],
): Blob {
  const document = {
    format: 'formcoach-pose-trace',
    version: 1,
    file: file.name,
    width: file.width,
    height: file.height,
    durationS: file.durationS,
    frameCount: file.frameCount,
    exerciseId: summary?.exerciseId ?? null,
    analysis: summary,
    frames,
  };
  return new Blob([JSON.stringify(document)], { type: 'application/json' });
}
