// A 0–10 rating as a radio group: arrow keys move, every option labelled. Pain (NPRS) shows the
// numbers in a row; a scale with word anchors (exertion, Borg CR10) lists each number with its
// words visibly, so nobody has to guess what "7" means.
export interface RatingOption {
  readonly value: number;
  /** Word anchor; '' for a number between anchors. */
  readonly label: string;
}

const NUMBERS: readonly RatingOption[] = Array.from({ length: 11 }, (_, value) => ({
  value,
  label: '',
}));

export function RatingScale(props: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
  options?: readonly RatingOption[];
  testId?: string;
}) {
  const options = props.options ?? NUMBERS;
  const isList = props.options !== undefined;
  return (
    <fieldset class={isList ? 'rating rating-list' : 'rating'} data-testid={props.testId}>
      <legend>{props.legend}</legend>
      <div class="rating-options">
        {options.map(({ value, label }) => (
          <label key={value} class={props.value === value ? 'selected' : ''}>
            <input
              type="radio"
              name={props.name}
              value={value}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
              aria-label={label === '' ? String(value) : `${value} – ${label}`}
            />
            <span class="rating-value" aria-hidden="true">
              {value}
            </span>
            {label !== '' && (
              <span class="rating-words" aria-hidden="true">
                {label}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
