// The parts of mediabunny FormCoach uses, in a module of their own so that video-file.ts can load
// them when a file is first opened (a dynamic import of the package itself would keep all of it).
export { ALL_FORMATS, BlobSource, Input, VideoSampleSink } from 'mediabunny';
