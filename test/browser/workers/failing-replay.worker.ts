// A replay worker that starts and answers its ping, then fails while replaying: `crash` throws an
// uncaught error (as a worker out of memory or with a bug outside the call would), `hang` never
// answers (the worker's name says which). The replay client's tests start it in place of the real
// one.
import { expose } from 'comlink';

expose({
  ping: () => true,
  replay: () => {
    if (self.name === 'crash') {
      setTimeout(() => {
        throw new Error('replay worker crashed');
      }, 10);
    }
    return new Promise(() => undefined);
  },
});
