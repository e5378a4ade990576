// A 0–10 rating (pain NPRS, Borg CR10) as a radio group: arrow keys move, every option labelled.
export function RatingScale(props: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
  labels?: readonly string[];
  testId?: string;
}) {
  return (
    <fieldset class="rating" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      <div class="rating-options">
        {Array.from({ length: 11 }, (_, value) => {
          const label = props.labels?.[value];
          return (
            <label key={value} class={props.value === value ? 'selected' : ''}>
              <input
                type="radio"
                name={props.name}
                value={value}
                checked={props.value === value}
                onChange={() => props.onChange(value)}
                aria-label={label === undefined ? String(value) : `${value} – ${label}`}
              />
              <span aria-hidden="true">{value}</span>
            </label>
          );
        })}
      </div>
      {props.labels !== undefined && props.value !== null && (
        <p class="rating-label" aria-hidden="true">
          {props.labels[props.value]}
        </p>
      )}
    </fieldset>
  );
}
