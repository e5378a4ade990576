// A page of the app: a section named by its heading. The heading takes the focus when the page
// opens, and again when `focusKey` changes (once its data has loaded, say), so keyboard and
// screen-reader users start at the top of what is new.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ScreenProps {
  /** The section's test id; the heading's id is `${testId}-title`. */
  readonly testId: string;
  /** Extra classes beside `screen`. */
  readonly class?: string;
  /** data-state, for tests and styles. */
  readonly phase?: string;
  readonly title: ComponentChildren;
  readonly focusKey?: unknown;
  /** A link back, above the heading. */
  readonly back?: { readonly href: string; readonly label: string };
  readonly children?: ComponentChildren;
}

export function Screen(props: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [props.focusKey]);
  const titleId = `${props.testId}-title`;
  return (
    <section
      class={props.class === undefined ? 'screen' : `screen ${props.class}`}
      data-testid={props.testId}
      data-state={props.phase}
      aria-labelledby={titleId}
    >
      {props.back !== undefined && (
        <p>
          <a href={props.back.href}>← {props.back.label}</a>
        </p>
      )}
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
