// A sanity check on one detected pose: an upright person, inside the frame.
import { Landmark, type PoseLandmark } from './landmarks';

const mean = (a: number, b: number): number => (a + b) / 2;
const inFrame = (p: PoseLandmark): boolean => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;

/**
 * True when the pose's geometry is that of a standing person seen by the camera: shoulders above
 * hips above ankles (image y grows downwards) and those six points inside the frame.
 */
export function isPlausibleStandingPose(landmarks: readonly PoseLandmark[] | null): boolean {
  if (landmarks === null) return false;
  const at = (index: number): PoseLandmark | undefined => landmarks[index];
  const points = [
    at(Landmark.leftShoulder),
    at(Landmark.rightShoulder),
    at(Landmark.leftHip),
    at(Landmark.rightHip),
    at(Landmark.leftAnkle),
    at(Landmark.rightAnkle),
  ];
  const [ls, rs, lh, rh, la, ra] = points;
  if (!ls || !rs || !lh || !rh || !la || !ra) return false;
  if (!points.every((p) => p !== undefined && inFrame(p))) return false;
  const shoulderY = mean(ls.y, rs.y);
  const hipY = mean(lh.y, rh.y);
  const ankleY = mean(la.y, ra.y);
  return shoulderY < hipY && hipY < ankleY;
}
