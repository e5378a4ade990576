// A hash that names no page: said plainly, with the way home (never silently the coach).
import { href } from './router';
import { text } from './text';
import { Screen } from './screen';

const t = text.notFound;

export function NotFoundScreen({ hash }: { hash: string }) {
  return (
    <Screen testId="not-found" focusKey={hash} title={t.title}>
      <p>{t.body(hash)}</p>
      <p>
        <a class="button primary" href={href('coach')}>
          {t.home}
        </a>
      </p>
    </Screen>
  );
}
