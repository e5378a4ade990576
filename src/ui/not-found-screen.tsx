// A hash that names no page: said plainly, with the way home (never silently the coach).
import { useFocusHeading } from './history/history-screen';
import { href } from './router';
import { text } from './text';

const t = text.notFound;

export function NotFoundScreen({ hash }: { hash: string }) {
  useFocusHeading(hash);
  return (
    <section class="screen" data-testid="not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title" tabIndex={-1}>
        {t.title}
      </h2>
      <p>{t.body(hash)}</p>
      <p>
        <a class="button primary" href={href('coach')}>
          {t.home}
        </a>
      </p>
    </section>
  );
}
