import { text } from '../text';
import type { Prefs } from './prefs';

const t = text.prefs;

export function PrefsBar(props: {
  prefs: Prefs;
  onChange: <K extends keyof Prefs>(key: K, value: Prefs[K]) => void;
}) {
  const toggle = (key: keyof Prefs, label: string) => (
    <button
      type="button"
      class="toggle"
      aria-pressed={props.prefs[key]}
      onClick={() => props.onChange(key, !props.prefs[key])}
    >
      <span aria-hidden="true">{props.prefs[key] ? '✓ ' : ''}</span>
      {label}
    </button>
  );
  return (
    <div class="prefs" role="group" aria-label={t.label}>
      {toggle('speech', t.speech)}
      {toggle('sounds', t.sounds)}
      {toggle('largeText', t.largeText)}
    </div>
  );
}
