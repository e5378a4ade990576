// The app's zod: every module imports `z` from here, so this runs before any schema is built.
// Zod 4 compiles object parsers with `new Function` unless told not to, and its first probe for
// that (`new Function("")`, caught) is a script-src violation under our Content-Security-Policy
// (no 'unsafe-eval'): the built app reported "script-src eval" on its home page. A side-effect
// import in main.tsx came too late (Rollup runs the shared chunk that builds the schemas before
// the entry's own code). Parsing without the compiled path is fast enough for our few parses.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
