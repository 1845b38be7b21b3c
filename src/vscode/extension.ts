// Crosscheck in VS Code: wires the features to the editor. Activation only registers them; right after
// it, the bundled fact base is read from the snapshot inlined in the bundle and the open drafts are
// checked against it ahead of time, while their folders' .crosscheck.yaml files are still being read.
import * as vscode from 'vscode';
import { bundledSnapshotText } from './bundledFactBase';
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
  const snapshot = bundledSnapshotText();
  if (snapshot !== undefined) workspace.store.useSnapshot(workspace.discovery.bundledFactBase, snapshot);
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
  // After activate() returns, so that the editor is told the extension is active first. Nothing is
  // left to prepare when the first draft's check came first and took the snapshot.
  setTimeout(() => {
    const bundled = workspace.store.bundledFromSnapshot();
    if (!bundled) return;
    diagnostics.prepare(bundled);
    timing.bundledFactBasePrepared();
  }, 0);
}

export function deactivate(): void {}
