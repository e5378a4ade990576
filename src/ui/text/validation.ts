// The words of an exercise definition's or a therapist override's validation error (the core gives
// a path and a code with its values), e.g. "formRules[2].threshold: must be a number from 0 to 90".
import type { ValidationError } from '../../core/exercises/validate-fields';

const problemText = (e: ValidationError): string => {
  switch (e.code) {
    case 'not_object':
      return 'must be an object';
    case 'not_string':
      return 'must be a non-empty text';
    case 'not_boolean':
      return 'must be true or false';
    case 'not_array':
      return 'must be a list';
    case 'out_of_range':
      return Number.isFinite(e.min) && Number.isFinite(e.max)
        ? `must be a number from ${e.min} to ${e.max}`
        : Number.isFinite(e.min)
          ? `must be a number of at least ${e.min}`
          : Number.isFinite(e.max)
            ? `must be a number of at most ${e.max}`
            : 'must be a number';
    case 'not_one_of':
      return `must be one of ${e.options.join(', ')}`;
    case 'wrong_length':
      return `must have ${e.length} items`;
    case 'unknown_point':
      return 'is not a known point of the body';
    case 'unknown_measure':
      return `names a measure the exercise does not have ("${e.measure}")`;
    case 'not_angle_measure':
      return 'must be an angle measure';
    case 'needs_min_or_max':
      return 'needs a minimum or a maximum';
    case 'min_above_max':
      return 'has a minimum above its maximum';
    case 'max_not_above_min':
      return 'must be longer than the shortest rep';
    case 'no_conditions':
      return 'needs at least one condition';
    case 'duplicate_id':
      return `repeats the id "${e.id}"`;
    case 'no_views':
      return 'needs at least one camera view';
    case 'needs_rep_or_hold':
      return 'an exercise needs reps or a hold';
    case 'unknown_rule':
      return `names a form rule the exercise does not have ("${e.ruleId}")`;
    case 'no_rom':
      return 'this exercise has no range-of-motion target';
    case 'not_hold':
      return 'this exercise is not a hold';
    case 'no_reps':
      return 'this exercise does not count reps';
  }
};

/** One validation error, worded with the field it is about. */
export const validationText = (error: ValidationError): string =>
  error.path === '$' ? problemText(error) : `${error.path}: ${problemText(error)}`;
