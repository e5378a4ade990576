// An error as the patient reads it: its stage, then our own words (src/ui/text/) for the
// movement tracker's failures, never the library's text that a platform message may carry.
import { formatError, type AppError } from '../../platform/errors';
import { text } from '../text';

const trackerErrors = text.setup.trackerErrors;

export function errorLine(error: AppError): string {
  if (error.code in trackerErrors) {
    return `${error.stage}: ${trackerErrors[error.code as keyof typeof trackerErrors]}`;
  }
  // The camera's own failures are the app's sentences with the way forward (platform/camera.ts).
  if (error.stage === 'Camera' || error.stage === 'Video') return formatError(error);
  return `${error.stage}: ${trackerErrors.other}`;
}
