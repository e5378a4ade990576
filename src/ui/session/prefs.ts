// The patient's display and sound preferences and chosen program, kept in localStorage, and this
// tab's owner id.
export interface Prefs {
  readonly speech: boolean;
  readonly sounds: boolean;
  readonly largeText: boolean;
}

const KEY = 'formcoach.prefs';
const OWNER_KEY = 'formcoach.owner-id';
const PROGRAM_KEY = 'formcoach.program';
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
    /** The program chosen on home, so a reload does not fall back to the first one. */
    programId(): string | null {
      try {
        return localStorage.getItem(PROGRAM_KEY);
      } catch {
        return null;
      }
    },
    setProgramId(id: string): void {
      localStorage.setItem(PROGRAM_KEY, id);
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
