// Pure data shaping for history and progress: calendar days, session facts, weekly volume and
// adherence, chart series and the journal beside the sessions.
export * from './align';
export * from './calendar';
export * from './series';
export * from './session-facts';
export * from './weekly';
