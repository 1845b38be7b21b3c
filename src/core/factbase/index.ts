export * from './types';
export { loadFactBase, MAX_FILE_CHARACTERS } from './load';
export { createMemoryFileReader } from './memory-reader';
export { formatProblem, formatDiagnostic } from './format';
export { parsePartialDate, formatPartialDate, dateSpan } from './dates';
export type { ProblemCode } from './problems';
