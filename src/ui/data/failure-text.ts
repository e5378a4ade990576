/** A sentence for an unexpected failure (an exception is a bug, but the user still needs words). */
export const failureText = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
