// The words of a program: a built-in one's by its id (program-words.ts), a therapist's its own.
import type { Program } from '../../core/session/types';
import { PROGRAM_WORDS } from './program-words';

const builtinWords = (program: Pick<Program, 'id' | 'source'>) =>
  program.source === 'builtin' ? PROGRAM_WORDS[program.id] : undefined;

export const programs = {
  name: (program: Pick<Program, 'id' | 'source' | 'name'>): string =>
    builtinWords(program)?.name ?? program.name,
  description: (program: Pick<Program, 'id' | 'source' | 'description'>): string =>
    builtinWords(program)?.description ?? program.description,
  /** The note for one exercise of the program ('' = none). */
  note: (program: Pick<Program, 'id' | 'source'>, exerciseId: string, notes: string): string =>
    builtinWords(program)?.notes[exerciseId] ?? notes,
} as const;
