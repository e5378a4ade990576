// The patient's display and sound preferences, kept in localStorage, and this tab's owner id.
export interface Prefs {
  readonly speech: boolean;
  readonly sounds: boolean;
  readonly largeText: boolean;
}

const KEY = 'formcoach.prefs';
const OWNER_KEY = 'formcoach.owner-id';
const DEFAULTS: Prefs = { speech: true, sounds: true, largeText: false };

function load(): Prefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const flag = (name: keyof Prefs): boolean =>
      typeof raw[name] === 'boolean' ? raw[name] : DEFAULTS[name];
    return { speech: flag('speech'), sounds: flag('sounds'), largeText: flag('largeText') };
  } catch {
    return DEFAULTS;
  }
}

export function createPrefs() {
  let prefs = load();
  return {
    get: (): Prefs => prefs,
    set<K extends keyof Prefs>(key: K, value: Prefs[K]): Prefs {
      prefs = { ...prefs, [key]: value };
      localStorage.setItem(KEY, JSON.stringify(prefs));
      return prefs;
    },
    /** Identifies this tab as the owner of the sessions it records. */
    ownerId(): string {
      let id = sessionStorage.getItem(OWNER_KEY);
      if (id === null) {
        id = crypto.randomUUID();
        sessionStorage.setItem(OWNER_KEY, id);
      }
      return id;
    },
  };
}
