/** Where the live camera and the pose model are, as the coach screen shows it. */
export type CameraPhase = 'idle' | 'starting' | 'loading-model' | 'running' | 'error';
