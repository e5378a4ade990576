import { describe, expect, it } from 'vitest';
import { createRoleSetting, ROLE_KEY, roleLoad } from '../../../src/ui/role';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
};

describe('device role', () => {
  it('is unset on first run, and when the stored value is not a role', () => {
    expect(roleLoad(memory())).toBeNull();
    expect(roleLoad(memory({ [ROLE_KEY]: 'admin' }))).toBeNull();
  });

  it('reads a stored role back', () => {
    expect(roleLoad(memory({ [ROLE_KEY]: 'therapist' }))).toBe('therapist');
  });

  it('a choice is stored and told to subscribers', () => {
    const storage = memory();
    const setting = createRoleSetting(storage);
    const seen: (string | null)[] = [];
    setting.store.subscribe(({ role }) => seen.push(role));
    setting.choose('therapist');
    setting.choose('patient');
    expect(seen).toEqual(['therapist', 'patient']);
    expect(storage.data.get(ROLE_KEY)).toBe('patient');
    expect(createRoleSetting(storage).store.get().role).toBe('patient');
  });

  it('a refused write keeps the choice for the page', () => {
    const setting = createRoleSetting({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    setting.choose('therapist');
    expect(setting.store.get().role).toBe('therapist');
  });
});
