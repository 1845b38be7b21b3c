export * from './types';
export { loadFactBase, MAX_FILE_BYTES, MAX_FILE_CHARACTERS, tooLargeToRead } from './load';
export { createMemoryFileReader } from './memory-reader';
export { countProblems, formatProblem, formatDiagnostic } from './format';
export { parsePartialDate, formatPartialDate, dateSpan } from './dates';
export type { ProblemCode } from './problems';
export { serializeFactBase, deserializeFactBase, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type FileNameMapping } from './snapshot';
export { usesEdits, applyUsesEdits, type UsesEdit } from './fix-uses';
export { actorIdFor, actorInsertion, evidenceInsertion, spellingInsertion, usesOfSpelling, type Insertion } from './curate';
