// An area of the app loaded on demand (a separate chunk, so the patient's first paint does not
// carry it), with a loading state and an error state with a retry when the chunk cannot be loaded
// (offline before it was ever cached, a deployment that replaced it).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { text } from './text';

type Loaded<T> =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly module: T }
  | { readonly phase: 'failed' };

export function LazyArea<T>({
  load,
  render,
}: {
  load: () => Promise<T>;
  render: (module: T) => ComponentChildren;
}) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ phase: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    setLoaded({ phase: 'loading' });
    load().then(
      (module) => {
        if (isCurrent) setLoaded({ phase: 'ready', module });
      },
      () => {
        if (isCurrent) setLoaded({ phase: 'failed' });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [load, attempt]);
  if (loaded.phase === 'ready') return <>{render(loaded.module)}</>;
  return (
    <section class="screen" data-testid="lazy-area" data-state={loaded.phase}>
      {loaded.phase === 'loading' ? (
        <p role="status">{text.lazyArea.loading}</p>
      ) : (
        <div role="alert">
          <p class="message-error">{text.lazyArea.failed}</p>
          <button type="button" class="primary" onClick={() => setAttempt((n) => n + 1)}>
            {text.lazyArea.retry}
          </button>
        </div>
      )}
    </section>
  );
}
