import { describe, expect, it } from 'vitest';
import { cameraErrorFromException, cameraUnpluggedError } from '../../src/platform/camera';

describe('cameraErrorFromException', () => {
  it.each([
    ['NotAllowedError', 'permission-denied', /permission to use the camera was denied/],
    ['NotFoundError', 'no-camera', /no camera was found/],
    ['OverconstrainedError', 'no-camera', /no camera was found/],
    ['NotReadableError', 'camera-in-use', /another app or browser tab is probably using it/],
    ['AbortError', 'camera-in-use', /another app/],
    ['SecurityError', 'insecure-context', /secure page/],
    ['WeirdError', 'failed', /WeirdError: detail/],
  ])('%s → %s', (name, code, message) => {
    const error = cameraErrorFromException(name, 'detail');
    expect(error.stage).toBe('Camera');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('an unplugged camera says how to carry on', () => {
    expect(cameraUnpluggedError().message).toMatch(/unplugged.*Reconnect it/);
  });
});
