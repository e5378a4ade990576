// The words of a live cue, from the core's message (cue-message.ts): one function for the screen,
// the speech and the stored record, so what is shown, said and kept are the same words.
import type { CameraView } from '../../core/exercises/types';
import type { CueMessage, CuePace, FramingProblem } from '../../core/cue-message';
import { ruleCue } from './exercises';

const paceWords = (pace: CuePace): string =>
  `${pace.verdict === 'fast' ? 'slow down' : 'a little quicker'}: about ${pace.upSeconds} s out, ${pace.downSeconds} s back`;

const REPOSITION: Readonly<Record<FramingProblem, string>> = {
  feet_out_of_view: 'Step back — feet out of view',
  hands_out_of_view: 'Step back — hands out of view',
  body_out_of_view: 'Step back so your whole body is in view',
};

const TURN: Readonly<Record<CameraView, string>> = {
  side: 'Turn sideways to the camera',
  front: 'Face the camera',
  oblique: 'Turn halfway towards the camera',
};

export function cueText(message: CueMessage): string {
  switch (message.code) {
    case 'form_fault':
      return ruleCue(message.exerciseId, message.ruleId, message.note);
    case 'rep_done':
      return message.pace === null
        ? `Rep ${message.rep}`
        : `Rep ${message.rep} — ${paceWords(message.pace)}`;
    case 'target_missed': {
      const further = `Rep ${message.rep}: ${Math.round(message.peakDeg)}° of your ${Math.round(message.targetDeg)}° target — a little further next time`;
      return message.pace === null ? further : `${further}, and ${paceWords(message.pace)}`;
    }
    case 'target_reached':
      return 'Target reached';
    case 'tracking_lost':
      return "I can't see you — step back into view";
    case 'balance_lost':
      return 'Steady yourself — hold on to support if you need to';
    case 'hold_complete':
      return 'Hold complete — well done';
    case 'hold_progress':
      return `${message.heldSeconds} s held of ${message.targetSeconds} — keep holding`;
    case 'reposition':
      return REPOSITION[message.problem];
    case 'turn':
      return TURN[message.to];
  }
}
