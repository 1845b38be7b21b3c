// "Crosscheck: Check Workspace": every Markdown draft in the workspace and every open one, with
// progress, cancellable.
import * as vscode from 'vscode';
import { checkDraft } from '../core/check';
import type { DraftDiagnostics } from './diagnostics';
import { isDraft } from './drafts';
import { inBackground, registerGuardedCommand } from './log';
import { draftGlob, excludedGlob } from './references';
import { checkOptions } from './settings';
import { readText } from './workspaceFiles';
import type { CrosscheckWorkspace } from './workspace';

export interface WorkspaceCheckSummary {
  drafts: number;
  findings: number;
  cancelled: boolean;
}

export function registerWorkspaceCheck(workspace: CrosscheckWorkspace, diagnostics: DraftDiagnostics): vscode.Disposable {
  return registerGuardedCommand('crosscheck.checkWorkspace', 'Checking the workspace', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Crosscheck', cancellable: true },
      async (progress, token) => {
        const summary = await checkWorkspace(workspace, diagnostics, progress, token);
        const verb = summary.cancelled ? 'Stopped after checking' : 'Checked';
        inBackground(
          'Telling the workspace check',
          Promise.resolve(
            vscode.window.showInformationMessage(
              `Crosscheck: ${verb} ${summary.drafts} ${summary.drafts === 1 ? 'draft' : 'drafts'}; ${summary.findings} ${summary.findings === 1 ? 'finding' : 'findings'}.`,
            ),
          ),
        );
        return summary;
      },
    ),
  );
}

async function checkWorkspace(
  workspace: CrosscheckWorkspace,
  diagnostics: DraftDiagnostics,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceCheckSummary> {
  const files = await vscode.workspace.findFiles(draftGlob, excludedGlob, undefined, token);
  const found = new Set(files.map(String));
  files.push(...vscode.workspace.textDocuments.filter((document) => isDraft(document) && !found.has(document.uri.toString())).map((document) => document.uri));
  const summary: WorkspaceCheckSummary = { drafts: 0, findings: 0, cancelled: false };
  for (const file of files) {
    if (token.isCancellationRequested) {
      summary.cancelled = true;
      break;
    }
    progress.report({ message: vscode.workspace.asRelativePath(file), increment: 100 / files.length });
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString());
    const findings = open ? await diagnostics.checkNow(open) : await checkClosedDraft(workspace, file);
    if (!findings) continue;
    if (!open) diagnostics.publish(file, findings);
    summary.drafts += 1;
    summary.findings += findings.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return summary;
}

async function checkClosedDraft(workspace: CrosscheckWorkspace, file: vscode.Uri) {
  const text = await readText(file);
  if (text === undefined) return undefined;
  const { setup, loaded } = await workspace.contextFor(file);
  const options = checkOptions(file, setup.config);
  return checkDraft(loaded.factBase, text, options).slice(0, options.maxFindings);
}
