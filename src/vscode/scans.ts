// One Markdown scan per version of a draft, shared by hover, definition and references, so pointing
// at words in a long draft does not scan it again each time.
import type * as vscode from 'vscode';
import { scanMarkdown, type MarkdownScan } from '../core/text/markdown';

const scans = new WeakMap<vscode.TextDocument, { version: number; scan: MarkdownScan }>();

export function scanOf(document: vscode.TextDocument): MarkdownScan {
  const cached = scans.get(document);
  if (cached?.version === document.version) return cached.scan;
  const scan = scanMarkdown(document.getText());
  scans.set(document, { version: document.version, scan });
  return scan;
}
