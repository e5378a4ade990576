import { useState } from 'preact/hooks';
import { text } from '../text';
import type { CoachController } from './controller';

const t = text.readiness;

export function ReadinessScreen({ controller }: { controller: CoachController }) {
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [accepted, setAccepted] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const missing = t.questions.filter((q) => answers[q.id] === undefined).length;
  return (
    <section class="screen readiness" data-testid="readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t.title}</h2>
      <p>{t.intro}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (missing > 0 || !accepted) return setShowMissing(true);
          controller.submitReadiness(answers);
        }}
      >
        <ol class="questions">
          {t.questions.map((q) => (
            <li key={q.id}>
              <fieldset>
                <legend>{q.text}</legend>
                {[true, false].map((yes) => (
                  <label key={String(yes)} class="choice">
                    <input
                      type="radio"
                      name={`q-${q.id}`}
                      checked={answers[q.id] === yes}
                      onChange={() => setAnswers({ ...answers, [q.id]: yes })}
                    />
                    {yes ? t.yes : t.no}
                  </label>
                ))}
              </fieldset>
            </li>
          ))}
        </ol>
        <h3>{t.disclaimerTitle}</h3>
        <p>{t.disclaimer}</p>
        <h3>{t.privacyTitle}</h3>
        <p>{t.privacy}</p>
        <label class="choice accept">
          <input
            type="checkbox"
            checked={accepted}
            onChange={(event) => setAccepted(event.currentTarget.checked)}
          />
          {t.accept}
        </label>
        {showMissing && (missing > 0 || !accepted) && (
          <p class="status error" role="alert">
            {t.unanswered(missing)}
          </p>
        )}
        <button type="submit" class="primary big">
          {t.submit}
        </button>
      </form>
    </section>
  );
}

export function ClearanceScreen({ controller }: { controller: CoachController }) {
  return (
    <section class="screen clearance" data-testid="clearance" aria-labelledby="clearance-title">
      <h2 id="clearance-title">{t.clearanceTitle}</h2>
      <p class="advice">{t.clearance}</p>
      <button type="button" class="primary big" onClick={() => controller.acknowledgeClearance()}>
        {t.submit}
      </button>
    </section>
  );
}
