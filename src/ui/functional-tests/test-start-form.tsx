// A check-up test's start screen: how it goes, what it needs, the safety words, and the patient's
// age and sex (optional, asked once and kept on this device) before the camera comes on.
import { useState } from 'preact/hooks';
import { SEXES, type PatientFacts, type Sex } from '../../core/functional-tests/types';
import { testsRun as t } from '../text/functional-tests-run';
import type { RunnableTestId } from './catalogue';
import { ageParse } from './profile';

export function TestHowTo({ testId }: { testId: RunnableTestId }) {
  return (
    <>
      <h3>{t.needsTitle}</h3>
      <ul data-testid="test-needs">
        {t.needs(testId).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t.howTitle}</h3>
      <ol class="steps">
        {t.how(testId).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </>
  );
}

export function TestStartForm({
  facts,
  onStart,
}: {
  facts: PatientFacts;
  onStart: (facts: PatientFacts) => void;
}) {
  const [age, setAge] = useState(facts.ageYears === null ? '' : String(facts.ageYears));
  const [sex, setSex] = useState<Sex | null>(facts.sex);
  const [isAgeShownInvalid, setAgeShownInvalid] = useState(false);
  const parsed = ageParse(age);
  return (
    <form
      class="test-start"
      data-testid="test-start-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.ok) return setAgeShownInvalid(true);
        onStart({ ageYears: parsed.ageYears, sex });
      }}
    >
      <fieldset>
        <legend>{t.aboutYouTitle}</legend>
        <p class="note">{t.aboutYouIntro}</p>
        <label class="field">
          {t.age}
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={age}
            aria-invalid={isAgeShownInvalid && !parsed.ok}
            aria-describedby={isAgeShownInvalid && !parsed.ok ? 'age-error' : undefined}
            onInput={(event) => setAge(event.currentTarget.value)}
          />
        </label>
        {isAgeShownInvalid && !parsed.ok && (
          <p id="age-error" class="message-error" role="alert">
            {t.ageInvalid}
          </p>
        )}
        <fieldset>
          <legend>{t.sex}</legend>
          {[...SEXES, null].map((option) => (
            <label key={String(option)} class="choice">
              <input
                type="radio"
                name="sex"
                checked={sex === option}
                onChange={() => setSex(option)}
              />
              {option === null ? t.preferNotToSay : t.sexes[option]}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <button type="submit" class="primary big">
        {t.startCamera}
      </button>
    </form>
  );
}
