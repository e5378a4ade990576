// The route table: href and parseHash are inverses for every route and any parameter text, and a
// hash that names no route (or a parameter that is not valid percent-encoding) is not found.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { areaOf, href, parseHash, ROUTES, type RouteParams } from '../../../src/ui/router';

describe('href', () => {
  it('builds the hashes the app has always used', () => {
    expect(href('coach')).toBe('#/');
    expect(href('pose-check')).toBe('#/pose-check');
    expect(href('tests')).toBe('#/tests');
    expect(href('test-run', { testId: 'chair_stand_30s' })).toBe('#/tests/chair_stand_30s');
    expect(href('history-session', { sessionId: 'abc' })).toBe('#/history/abc');
    expect(href('clinic-set', { sessionId: 's 1', setId: 'a/b' })).toBe(
      '#/clinic/review/s%201/a%2Fb',
    );
  });

  it('is typed from the pattern', () => {
    expectTypeOf<RouteParams<'clinic-set'>>().toEqualTypeOf<{
      readonly sessionId: string;
      readonly setId: string;
    }>();
    expectTypeOf<keyof RouteParams<'journal'>>().toEqualTypeOf<never>();
    // @ts-expect-error a route with parameters needs them
    href('history-session');
    // @ts-expect-error a route without parameters takes none
    href('journal', { sessionId: 'x' });
    // @ts-expect-error every parameter of the pattern is required
    href('clinic-set', { sessionId: 'x' });
  });
});

describe('parseHash', () => {
  it('reads every route back from its href, whatever text its parameters hold', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.string({ unit: 'grapheme', minLength: 1 }),
        (sessionId, setId) => {
          expect(parseHash(href('history-session', { sessionId }))).toEqual({
            name: 'history-session',
            params: { sessionId },
          });
          expect(parseHash(href('clinic-set', { sessionId, setId }))).toEqual({
            name: 'clinic-set',
            params: { sessionId, setId },
          });
          expect(parseHash(href('clinic-patient', { patientId: sessionId }))).toEqual({
            name: 'clinic-patient',
            params: { patientId: sessionId },
          });
          expect(parseHash(href('clinic-patient-edit', { patientId: setId }))).toEqual({
            name: 'clinic-patient-edit',
            params: { patientId: setId },
          });
        },
      ),
    );
  });

  it('routes a program link’s fragment to the preview, payload untouched, in the patient area', () => {
    const match = parseHash('#program=AQTx-_9z');
    expect(match).toEqual({ name: 'program-offer', link: 'program=AQTx-_9z' });
    expect(areaOf(match)).toBe('patient');
    expect(parseHash('#programme=x')).toEqual({ name: 'not-found', hash: '#programme=x' });
  });

  it('reads every parameterless route back, with its area', () => {
    const names = [
      ...['coach', 'pose-check', 'history', 'journal', 'data'],
      ...['clinic', 'clinic-patients', 'clinic-patient-new'],
    ] as const;
    for (const name of names) {
      const match = parseHash(href(name));
      expect(match).toEqual({ name, params: {} });
      expect(areaOf(match)).toBe(ROUTES[name].area);
    }
    expect(areaOf(parseHash('#/clinic'))).toBe('clinic');
    expect(areaOf(parseHash('#/history'))).toBe('patient');
  });

  it('takes an empty hash, "#" and a trailing slash as the obvious route', () => {
    expect(parseHash('').name).toBe('coach');
    expect(parseHash('#').name).toBe('coach');
    expect(parseHash('#/history/').name).toBe('history');
    expect(parseHash('#/history/abc/')).toEqual({
      name: 'history-session',
      params: { sessionId: 'abc' },
    });
  });

  it.each([
    ['an unknown page', '#/nope'],
    ['a known page under an unknown one', '#/nope/history'],
    ['a hash without the leading slash', '#history'],
    ['too few segments', '#/clinic/review/abc'],
    ['too many segments', '#/history/abc/def'],
    ['an empty segment', '#/history//'],
    ['an empty parameter in the middle', '#/clinic/review//set'],
    ['a truncated percent-escape', '#/history/%E0%A4%A'],
    ['a percent sign not followed by hex', '#/history/100%'],
    ['a lone surrogate escape', '#/history/%ED%A0%80'],
    ['a different case of a fixed segment', '#/History'],
  ])('finds nothing for %s (%s)', (_, hash) => {
    expect(parseHash(hash)).toEqual({ name: 'not-found', hash });
    expect(areaOf(parseHash(hash))).toBeNull();
  });
});
