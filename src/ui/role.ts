// Who uses this device: a patient (the app as it has always been) or a therapist (the clinic
// workspace). Kept on this device beside the other preferences (localStorage, read synchronously
// so the first paint knows it). A device can hold both: switching is explicit, through the
// footer's control. Unset on first run: the patient's app shows, with the question above it, so a
// patient who never answers is on the patient's path (the default), exactly as before.
import { createStore, type Store } from './store';

export const DEVICE_ROLES = ['patient', 'therapist'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const ROLE_KEY = 'formcoach.role';

/** The stored role; null when never chosen, or when what is stored is not a role. */
export function roleLoad(storage: KeyValueStorage): DeviceRole | null {
  try {
    const raw = storage.getItem(ROLE_KEY);
    return DEVICE_ROLES.find((role) => role === raw) ?? null;
  } catch {
    return null;
  }
}

export interface RoleSetting {
  readonly store: Store<{ readonly role: DeviceRole | null }>;
  /** Remembers the choice (a failed write keeps it for this page only). */
  choose(role: DeviceRole): void;
}

export function createRoleSetting(storage: KeyValueStorage): RoleSetting {
  const store = createStore<{ readonly role: DeviceRole | null }>({ role: roleLoad(storage) });
  return {
    store,
    choose(role) {
      try {
        storage.setItem(ROLE_KEY, role);
      } catch {
        // Storage refused (private mode, quota): the choice holds until the page is closed.
      }
      store.set({ role });
    },
  };
}
