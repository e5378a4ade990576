import { describe, expect, it } from 'vitest';
import {
  CUE_DEFAULTS,
  CUE_PRIORITY,
  cueCreate,
  cueSelect,
  type CueCandidate,
} from '../../../src/core/cues';
import { ms } from '../../../src/core/units';

const cue = (key: string, priority: CueCandidate['priority']): CueCandidate => ({
  kind: 'form_fault',
  priority,
  message: { code: 'target_reached' },
  key,
});

describe('cueSelect', () => {
  it('says the most important candidate, one at a time', () => {
    const state = cueCreate();
    const said = cueSelect(state, CUE_DEFAULTS, ms(0), [
      cue('rep', CUE_PRIORITY.rep),
      cue('lost', CUE_PRIORITY.tracking),
      cue('valgus', CUE_PRIORITY.formWarning),
    ]);
    expect(said.map((c) => c.key)).toEqual(['lost']);
  });

  it('lets a more important cue through sooner, but not a less important one', () => {
    const state = cueCreate();
    cueSelect(state, CUE_DEFAULTS, ms(0), [cue('target', CUE_PRIORITY.info)]);
    expect(cueSelect(state, CUE_DEFAULTS, ms(400), [cue('rep', CUE_PRIORITY.rep)])).toEqual([]);
    expect(cueSelect(state, CUE_DEFAULTS, ms(600), [cue('rep', CUE_PRIORITY.rep)])).toHaveLength(1);
    expect(cueSelect(state, CUE_DEFAULTS, ms(1400), [cue('hold', CUE_PRIORITY.hold)])).toEqual([]);
  });

  it('waits the minimum gap, except for safety, and does not repeat a cue too soon', () => {
    const state = cueCreate();
    cueSelect(state, CUE_DEFAULTS, ms(0), [cue('rep1', CUE_PRIORITY.rep)]);
    expect(
      cueSelect(state, CUE_DEFAULTS, ms(400), [cue('valgus', CUE_PRIORITY.formWarning)]),
    ).toEqual([]);
    expect(
      cueSelect(state, CUE_DEFAULTS, ms(600), [cue('sag', CUE_PRIORITY.safety)]).map((c) => c.key),
    ).toEqual(['sag']);
    expect(cueSelect(state, CUE_DEFAULTS, ms(2200), [cue('sag', CUE_PRIORITY.safety)])).toEqual([]);
    expect(
      cueSelect(state, CUE_DEFAULTS, ms(2200), [cue('valgus', CUE_PRIORITY.formWarning)]),
    ).toHaveLength(1);
    expect(
      cueSelect(state, CUE_DEFAULTS, ms(7000), [cue('sag', CUE_PRIORITY.safety)]),
    ).toHaveLength(1);
  });
});
