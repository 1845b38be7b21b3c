// Crosscheck in VS Code: wires the features to the editor. Activation only registers them and starts
// reading the bundled fact base's snapshot; the fact base is found and loaded when a draft first needs it.
import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerFactBaseCommands } from './commands';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { DraftDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerOpenPassage } from './locations';
import { registerReferences } from './references';
import { FactBaseStatus } from './statusBar';
import { ActivationTiming } from './timing';
import { CrosscheckWorkspace } from './workspace';
import { registerWorkspaceCheck } from './workspaceCheck';

/** The section of the bundled documentation that explains each finding code. */
function documentation(extensionUri: vscode.Uri): (code: string) => vscode.Uri {
  return (code) => vscode.Uri.joinPath(extensionUri, 'docs', 'findings.md').with({ fragment: code });
}

export function activate(context: vscode.ExtensionContext): void {
  const timing = new ActivationTiming();
  const workspace = new CrosscheckWorkspace(context.extensionUri);
  workspace.store.useSnapshot(workspace.discovery.bundledFactBase, vscode.Uri.joinPath(context.extensionUri, 'dist', 'facts.snapshot.json'));
  const diagnostics = new DraftDiagnostics(workspace, documentation(context.extensionUri));
  context.subscriptions.push(
    timing.register(),
    workspace,
    diagnostics,
    diagnostics.onDidCheck((checked) => {
      if (!timing.diagnosticsPublished(checked)) return;
      void workspace.contextFor(checked.uri).then(({ loaded }) => timing.firstFactBaseRead(loaded.fromSnapshot));
    }),
    new FactBaseStatus(workspace),
    registerFactBaseCommands(workspace),
    registerWorkspaceCheck(workspace, diagnostics),
    registerOpenPassage(),
    registerHover(workspace),
    registerDefinition(workspace),
    registerReferences(workspace),
    registerCompletion(workspace),
    registerCodeActions(diagnostics),
  );
  timing.activated();
}

export function deactivate(): void {}
