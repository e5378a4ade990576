// One connection to a database, opened lazily on first use and shared until closed; a failed open
// is not memoised (the next use tries again). The patient's storage and the clinic's workspace
// each hold one.

export interface LazyConnection<S> {
  /** The open database; the same promise until `close`. A failed open is not memoised. */
  open(): Promise<S>;
  /** Closes the connection if it is open; the next `open` opens a new one. */
  close(): Promise<void>;
}

export function lazyConnectionCreate<S extends { close(): void }>(
  openDatabase: () => Promise<S>,
): LazyConnection<S> {
  let opening: Promise<S> | null = null;
  return {
    open(): Promise<S> {
      if (opening === null) {
        const attempt = openDatabase();
        opening = attempt;
        attempt.catch(() => {
          if (opening === attempt) opening = null;
        });
      }
      return opening;
    },
    async close(): Promise<void> {
      const current = opening;
      opening = null;
      if (current === null) return;
      const storage = await current.catch(() => null);
      storage?.close();
    },
  };
}
