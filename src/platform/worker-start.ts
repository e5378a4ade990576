// Whether a new worker started: one that fails to load reports an `error` event, one that loads
// answers a call (`probe`). Shared by the pose client and the replay client; a worker that does
// neither within `timeoutMs` is terminated, and so is one that failed.

/** How long a starting worker has to load its script and answer. */
const WORKER_START_TIMEOUT_MS = 10_000;

export async function workerAnswers(
  worker: Worker,
  probe: () => Promise<unknown>,
  timeoutMs = WORKER_START_TIMEOUT_MS,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker did not answer')), timeoutMs);
    worker.addEventListener('error', (event) => {
      clearTimeout(timer);
      reject(new Error(event.message || 'the worker script failed to load'));
    });
    probe().then(() => {
      clearTimeout(timer);
      resolve();
    }, reject);
  }).catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
}
