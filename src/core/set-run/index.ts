// The set run and its protocols: the one path from pose frames to a set's records.
export * from './compare';
export * from './protocol';
export * from './set-run';
