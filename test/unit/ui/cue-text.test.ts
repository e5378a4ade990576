// The words of each live cue from the core's message: the same words the core used to build
// itself (issue #10 moved them here), for the screen, the speech and storage alike.
import { describe, expect, it } from 'vitest';
import type { CueMessage } from '../../../src/core/cue-message';
import { cueText, validationText } from '../../../src/ui/text';

const said = (message: CueMessage): string => cueText(message);
const fast = { verdict: 'fast', upSeconds: 2, downSeconds: 3 } as const;

describe('cueText', () => {
  it('words a rep, with what to change in pace or range', () => {
    expect(said({ code: 'rep_done', rep: 3, pace: null })).toBe('Rep 3');
    expect(said({ code: 'rep_done', rep: 3, pace: { ...fast, verdict: 'slow' } })).toBe(
      'Rep 3 — a little quicker: about 2 s out, 3 s back',
    );
    const missed = { code: 'target_missed', rep: 3, peakDeg: 79.6, targetDeg: 90 } as const;
    expect(said({ ...missed, pace: null })).toBe(
      'Rep 3: 80° of your 90° target — a little further next time',
    );
    expect(said({ ...missed, pace: fast })).toBe(
      'Rep 3: 80° of your 90° target — a little further next time, and slow down: about 2 s out, 3 s back',
    );
  });

  it('words a form fault by exercise and rule, or the therapist’s note', () => {
    const fault = { code: 'form_fault', exerciseId: 'squat', ruleId: 'trunk_lean' } as const;
    expect(said({ ...fault, note: null })).toBe('Chest up — keep your back more upright');
    expect(said({ ...fault, note: 'Look at the door' })).toBe('Look at the door');
  });

  it('words the coach’s own cues', () => {
    expect(said({ code: 'target_reached' })).toBe('Target reached');
    expect(said({ code: 'tracking_lost' })).toBe("I can't see you — step back into view");
    expect(said({ code: 'balance_lost' })).toBe(
      'Steady yourself — hold on to support if you need to',
    );
    expect(said({ code: 'hold_complete' })).toBe('Hold complete — well done');
    expect(said({ code: 'hold_progress', heldSeconds: 10, targetSeconds: 30 })).toBe(
      '10 s held of 30 — keep holding',
    );
    expect(said({ code: 'reposition', problem: 'hands_out_of_view' })).toBe(
      'Step back — hands out of view',
    );
    expect(said({ code: 'turn', to: 'front' })).toBe('Face the camera');
  });
});

describe('validationText', () => {
  it('words a validation error with its path', () => {
    expect(validationText({ path: 'formRules.knee_bend', code: 'unknown_rule', ruleId: 'x' })).toBe(
      'formRules.knee_bend: names a form rule the exercise does not have ("x")',
    );
    expect(validationText({ path: 'rom.targetDeg', code: 'out_of_range', min: 0, max: 180 })).toBe(
      'rom.targetDeg: must be a number from 0 to 180',
    );
    expect(validationText({ path: 'persistMs', code: 'out_of_range', min: 0, max: Infinity })).toBe(
      'persistMs: must be a number of at least 0',
    );
  });
});
