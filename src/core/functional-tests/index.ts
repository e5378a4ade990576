// The standardized functional tests: protocols on the set run, scoring, norms (issue #14).
export * from './types';
export * from './patient-facts';
export * from './norms';
export * from './sit-to-stand-tests';
export * from './chair-stand';
export * from './five-times-sit-to-stand';
export * from './four-stage-balance';
export * from './tug';
