// The one result type: an expected failure is a value, never a throw (a thrown error is a bug).
// Every layer's outcome is this type with its own error: Outcome (platform, AppError),
// StorageOutcome (StorageError), PoseOutcome (workers, PoseError), ValidationResult (the
// exercise validator, its list of field errors), TraceDecodeResult and TraceReadResult (why a
// trace cannot be read). Narrow on `ok`.
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
