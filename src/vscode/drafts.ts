// Which documents are drafts.
import type * as vscode from 'vscode';

export const draftSelector: vscode.DocumentSelector = { language: 'markdown' };

export function isDraft(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}
