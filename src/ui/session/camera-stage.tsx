// The live stage: the mirrored camera picture with the skeleton drawn over it, attached to the
// screen's live run while it is mounted. Shared by the exercise screen and the check-up tests.
import { useEffect, useRef } from 'preact/hooks';
import { text } from '../text';
import type { CameraPhase } from './camera-phase';
import type { LiveView } from './live-run';

export function CameraStage({
  camera,
  attachView,
  isHidden = false,
}: {
  camera: CameraPhase;
  /** The controller's: the view while mounted, null once gone. */
  attachView: (view: LiveView | null) => void;
  isHidden?: boolean;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (videoRef.current && canvasRef.current) {
      attachView({ video: videoRef.current, canvas: canvasRef.current });
    }
    return () => attachView(null);
  }, [attachView]);
  return (
    <div class="stage mirrored" data-camera={camera} hidden={isHidden}>
      <video ref={videoRef} muted playsInline aria-label={text.live.videoLabel} />
      <canvas
        ref={canvasRef}
        class="overlay"
        data-testid="skeleton"
        role="img"
        aria-label={text.live.skeletonLabel}
      />
    </div>
  );
}
