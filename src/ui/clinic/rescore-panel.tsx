// Re-score a stored set from its trace: another range-of-motion target, form rules switched off,
// and the reps scored again beside the stored ones. The stored set is never changed here.
import { useMemo, useState } from 'preact/hooks';
import type { RepRecord } from '../../core/analysis-types';
import type { ExerciseDefinition } from '../../core/exercises/types';
import { useServices } from '../services';
import { useStore } from '../store';
import { ruleCue, text } from '../text';
import type { StoredSet } from './controller';
import { createRescoreController } from './rescore-controller';
import { clinicText } from './text';

const t = clinicText.rescore;
const review = clinicText.setReview;

export function RescorePanel({
  stored,
  definition,
}: {
  stored: StoredSet;
  definition: ExerciseDefinition;
}) {
  const { storage, replay } = useServices();
  const { session, set } = stored;
  const controller = useMemo(
    () => createRescoreController(storage, replay, session.id, set.id),
    [storage, replay, session.id, set.id],
  );
  const state = useStore(controller.store);
  const rom = definition.rom;
  const [target, setTarget] = useState(rom === null ? '' : String(rom.targetDeg));
  const [rulesOff, setRulesOff] = useState<readonly string[]>([]);
  const targetDeg = target.trim() === '' ? null : Number(target);
  const isTargetBad = targetDeg !== null && !(Number.isFinite(targetDeg) && targetDeg > 0);
  const submit = (event: Event) => {
    event.preventDefault();
    if (isTargetBad || state.phase === 'running') return;
    void controller.rescore({ romTargetDeg: rom === null ? null : targetDeg, rulesOff });
  };
  const rules = definition.formRules;
  return (
    <section class="card" aria-labelledby="rescore-title" data-testid="rescore">
      <h3 id="rescore-title">{t.title}</h3>
      <p class="muted">{t.intro}</p>
      <form onSubmit={submit} class="rescore-form">
        {rom !== null && (
          <p>
            <label for="rescore-target">{t.target(text.rom.name(rom.movement))}</label>
            <input
              id="rescore-target"
              type="number"
              inputMode="numeric"
              min={1}
              max={180}
              step={1}
              value={target}
              aria-invalid={isTargetBad}
              aria-describedby={isTargetBad ? 'rescore-target-error' : undefined}
              onInput={(e) => setTarget((e.target as HTMLInputElement).value)}
            />
            {isTargetBad && (
              <span id="rescore-target-error" class="message-error">
                {t.targetBad}
              </span>
            )}
          </p>
        )}
        {rules.length > 0 && (
          <fieldset>
            <legend>{t.rulesLegend}</legend>
            {rules.map((rule) => (
              <label key={rule.id} class="choice">
                <input
                  type="checkbox"
                  checked={!rulesOff.includes(rule.id)}
                  onChange={(e) => {
                    const isOn = (e.target as HTMLInputElement).checked;
                    setRulesOff(
                      isOn ? rulesOff.filter((id) => id !== rule.id) : [...rulesOff, rule.id],
                    );
                  }}
                />
                {ruleCue(set.exerciseId, rule.id, rule.cue ?? null)}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" class="primary" disabled={isTargetBad || state.phase === 'running'}>
          {t.run}
        </button>
      </form>
      <p role="status" data-testid="rescore-status" data-state={state.phase}>
        {state.phase === 'running' && t.running}
        {state.phase === 'done' &&
          state.result !== null &&
          t.done(state.result.reps.length, stored.reps.length)}
      </p>
      {state.phase === 'failed' && <p class="message-error">{t.failed(state.error ?? '')}</p>}
      {state.phase === 'done' && state.result !== null && (
        <RescoreTable
          stored={stored.reps.map((r) => r.rep)}
          rescored={state.result.reps}
          caption={t.caption(state.result.romTargetDeg)}
        />
      )}
    </section>
  );
}

const deg = (value: number | null): string =>
  value === null ? '—' : review.degrees(Math.round(value));
const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value)}%`);

/** Rep by rep (the nth stored beside the nth re-scored): peak, share of target, score. */
function RescoreTable({
  stored,
  rescored,
  caption,
}: {
  stored: readonly RepRecord[];
  rescored: readonly RepRecord[];
  caption: string;
}) {
  const rows = Math.max(stored.length, rescored.length);
  return (
    <div class="table-scroll">
      <table class="data-table" data-testid="rescore-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{review.rep}</th>
            <th scope="col">{t.storedPeak}</th>
            <th scope="col">{t.storedPercent}</th>
            <th scope="col">{t.storedScore}</th>
            <th scope="col">{t.newPeak}</th>
            <th scope="col">{t.newPercent}</th>
            <th scope="col">{t.newScore}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => {
            const a = stored[i]?.quality;
            const b = rescored[i]?.quality;
            return (
              <tr key={i} data-testid="rescore-rep">
                <th scope="row">{i + 1}</th>
                <td>{deg(a?.peakRomDeg ?? null)}</td>
                <td>{percent(a?.romPercent ?? null)}</td>
                <td>{a === undefined ? '—' : Math.round(a.score)}</td>
                <td>{deg(b?.peakRomDeg ?? null)}</td>
                <td>{percent(b?.romPercent ?? null)}</td>
                <td>{b === undefined ? '—' : Math.round(b.score)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
