// A minimal observable store: one state object, replaced on each update; components subscribe.
import { useEffect, useState } from 'preact/hooks';

export interface Store<S> {
  get(): S;
  set(update: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: (state: S) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(update) {
      state = { ...state, ...(typeof update === 'function' ? update(state) : update) };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<S extends object>(store: Store<S>): S {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    // An update between the render and this effect (a job that settled at once, e.g. a read on
    // the open storage connection) would otherwise be missed until the next one.
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
