// The Node entry, `@itu-aicb/core/node`: finding and reading plan files. It uses only the
// package's public face, so browsers importing `@itu-aicb/core` never reach it.
export { loadPlanFiles, type LoadPlanFilesOptions, type PlanFiles } from './load-plan-files.js';
export { PlanFileSearchError } from './discover.js';
export { MAX_FILE_BYTES, type PlanFile, type SkippedFile } from './read-plan-files.js';
export { fsReason } from './fs-reason.js';
