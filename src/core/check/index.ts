export { checkDraft, createDraftChecker, type DraftChecker } from './checker';
export { findMentions, nameIndexOf, type NameMention, type ProseText } from './names';
export * from './types';
export { citedShare, describeClaimKinds, describeCoverage, type Coverage } from './coverage';
