// No user-facing English in the core (issue #10): the core says what happened as codes and
// numbers; the UI's text module words it. This scans every string literal and template text of
// src/core (comments are not literals) and fails on anything that reads like words to a person:
// two words with a space between, the second in lower case. Strings that are not for people (thrown errors a
// programmer reads, validation paths) are allowed by an explicit, short list below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = join(__dirname, '../../../src/core');

/** Two words with a space between, the second a lower-case word of two letters or more. */
const SENTENCE = /[A-Za-z][,:;.!?]? +[a-z]{2,}/;
/** One capitalised word on its own, as a name or a label is ("Squat", "Knee", "Done."). */
const WORD = /^[A-Z][a-z]{2,}[.!?]?$/;
const isEnglish = (text: string): boolean => SENTENCE.test(text) || WORD.test(text);

/**
 * Literals that are not user-facing though they read like words, by file, each with why (matched
 * by how the literal starts). Thrown errors need no entry: a thrown error is a bug (STYLE.md,
 * habit 6), its message is for the developer, and the scan skips literals inside a `throw`.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // The unit brands' tags (`number & { __brand: 'Degrees' }`): type names, never shown.
  'units.ts': ['Degrees', 'Radians'],
};

/** Whether `node` is part of a thrown value (`throw new Error(`…`)`). */
function isThrown(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    if (ts.isThrowStatement(n)) return true;
    if (ts.isFunctionLike(n) || ts.isBlock(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? coreFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Every string literal and template text in `source`, with its line. */
export function literalsOf(source: string): { text: string; line: number }[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (isThrown(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      out.push({ text: node.text, line: file.getLineAndCharacterOfPosition(node.pos).line + 1 });
    }
    node.forEachChild(visit);
  };
  visit(file);
  return out;
}

/** The English-looking literals of the core, as "file:line: text". */
function englishInCore(): string[] {
  return coreFiles(CORE).flatMap((path) => {
    const name = relative(CORE, path).split('\\').join('/');
    const allowed = ALLOWED[name] ?? [];
    return literalsOf(readFileSync(path, 'utf8'))
      .filter((l) => isEnglish(l.text) && !allowed.some((a) => l.text.startsWith(a)))
      .map((l) => `${name}:${l.line}: ${l.text}`);
  });
}

describe('no English in src/core', () => {
  it('finds a sentence when there is one (the scanner itself can fail)', () => {
    const found = literalsOf(
      [
        "const a = 'knee_valgus'; const b = `Rep ${n}: a little further`; const c = 'Step back';",
        'if (x) throw new Error(`Exercise library: unknown exercise ${id}`);',
      ].join('\n'),
    ).filter((l) => SENTENCE.test(l.text));
    expect(found.map((l) => l.text)).toEqual([': a little further', 'Step back']);
  });

  it('has no user-facing sentence in any string literal of the core', () => {
    expect(englishInCore()).toEqual([]);
  });
});
