// Draws the tracked pose over a frame. Landmarks are normalised (0..1) to the frame.
import { SKELETON_BONES, type PoseLandmark } from '../core/landmarks';

const MIN_VISIBILITY = 0.5;

export function drawSkeleton(
  context: CanvasRenderingContext2D,
  landmarks: readonly PoseLandmark[],
  width: number,
  height: number,
): number {
  const scale = Math.max(2, Math.round(Math.min(width, height) / 160));
  context.lineWidth = scale;
  context.strokeStyle = '#00e5ff';
  context.fillStyle = '#ffea00';
  context.beginPath();
  for (const [a, b] of SKELETON_BONES) {
    const p = landmarks[a];
    const q = landmarks[b];
    if (!p || !q || p.visibility < MIN_VISIBILITY || q.visibility < MIN_VISIBILITY) continue;
    context.moveTo(p.x * width, p.y * height);
    context.lineTo(q.x * width, q.y * height);
  }
  context.stroke();
  let drawn = 0;
  for (const p of landmarks) {
    if (p.visibility < MIN_VISIBILITY) continue;
    context.beginPath();
    context.arc(p.x * width, p.y * height, scale * 1.5, 0, Math.PI * 2);
    context.fill();
    drawn += 1;
  }
  return drawn;
}
