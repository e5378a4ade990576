// The live camera's phase, as the camera run reports it and the screens show it (its own module so
// the run and the coach flow both name it without importing each other).
export type CameraPhase = 'idle' | 'starting' | 'loading-model' | 'running' | 'error';
