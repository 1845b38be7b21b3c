// The core's public surface: text in, data out, no editor and no disk.
export * from './factbase';
export * from './check';
export { scanMarkdown, type MarkdownScan, type ProseBlock, type Citation, type HtmlComment } from './text/markdown';
export { LineIndex } from './text/lines';
export { findDates, type DateMention } from './text/dates';
export { parseConfig, checkOptionsOf, CONFIG_FILE_NAME, type WorkspaceConfig } from './config';
export { draftTimeline, timelineHtml, type TimelineDraft } from './editor/timeline';
