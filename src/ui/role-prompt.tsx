// The first run's question, above the patient's first screen: who uses this device. The patient's
// answer just puts the question away; the therapist's opens the clinic workspace. Not answering is
// the patient's path, so the patient's flow is the one it has always been.
import { href } from './router';
import type { DeviceRole, RoleSetting } from './role';
import { text } from './text';

const t = text.rolePrompt;

/** The role's own start page. */
export const roleHome = (role: DeviceRole | null): string =>
  href(role === 'therapist' ? 'clinic-patients' : 'coach');

export function RolePrompt({ role }: { role: RoleSetting }) {
  const choose = (chosen: DeviceRole): void => {
    role.choose(chosen);
    if (chosen === 'therapist') location.hash = roleHome(chosen);
  };
  return (
    <section class="role-prompt" data-testid="role-prompt" aria-labelledby="role-prompt-question">
      <p id="role-prompt-question">{t.question}</p>
      <div class="role-prompt-choices">
        <button type="button" class="primary" onClick={() => choose('patient')}>
          {t.patient}
        </button>
        <button type="button" onClick={() => choose('therapist')}>
          {t.therapist}
        </button>
      </div>
    </section>
  );
}
