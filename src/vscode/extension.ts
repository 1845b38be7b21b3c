// Crosscheck in VS Code: wires the features to the editor. Activation only registers them; right after
// it, the open drafts are checked. In a Node extension host their folders' .crosscheck.yaml files are
// read at once and the bundled fact base comes from the snapshot inlined in the bundle, so that check
// waits on nothing. Where files can only be read asynchronously, the drafts are checked ahead of time
// against the bundled fact base while those files are read.
import * as vscode from 'vscode';
import { registerActorsView, type ActorsView } from './actorsView';
import { bundledSnapshotText } from './bundledFactBase';
import { registerBuildFactBase, registerUseFactBase } from './buildFactBase';
import { registerCodeActions } from './codeActions';
import { registerFactBaseCommands } from './commands';
import { registerCompletion } from './completion';
import { registerCuration } from './curate';
import { registerDefinition } from './definition';
import { DraftDiagnostics } from './diagnostics';
import { registerDraftView, type DraftView } from './draftView';
import { registerHover } from './hover';
import { registerOpenPassage } from './locations';
import { crosscheckLog, inBackground, logFailure } from './log';
import { registerQuoteHover } from './quoteHover';
import { registerReferences } from './references';
import { registerUsesFix } from './usesFix';
import { FactBaseStatus } from './statusBar';
import { registerSymbols } from './symbols';
import { registerTimeline, type TimelinePanel } from './timeline';
import { ActivationTiming } from './timing';
import { CrosscheckWorkspace } from './workspace';
import { registerWorkspaceCheck } from './workspaceCheck';

/** The section of the bundled documentation that explains each finding code. */
function documentation(extensionUri: vscode.Uri): (code: string) => vscode.Uri {
  return (code) => vscode.Uri.joinPath(extensionUri, 'docs', 'findings.md').with({ fragment: code });
}

/** What the extension hands to whoever activates it: its views, for the integration suites to read. */
export interface CrosscheckApi {
  actors: ActorsView;
  draft: DraftView;
  timeline: TimelinePanel;
  status: FactBaseStatus;
}

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const timing = new ActivationTiming();
  const workspace = new CrosscheckWorkspace(context.extensionUri);
  const snapshot = bundledSnapshotText();
  if (snapshot !== undefined) workspace.store.useSnapshot(workspace.discovery.bundledFactBase, snapshot);
  const diagnostics = new DraftDiagnostics(workspace, documentation(context.extensionUri));
  const actors = registerActorsView(workspace);
  const draft = registerDraftView(workspace, diagnostics);
  const timeline = registerTimeline(workspace, diagnostics);
  const status = new FactBaseStatus(workspace, diagnostics);
  context.subscriptions.push(
    crosscheckLog(),
    timing.register(),
    workspace,
    diagnostics,
    diagnostics.onDidCheck((checked) => {
      if (!timing.diagnosticsPublished(checked)) return;
      inBackground('Timing the first fact base read', workspace.contextFor(checked.uri).then(({ loaded }) => timing.firstFactBaseRead(loaded.fromSnapshot)));
    }),
    status,
    registerFactBaseCommands(workspace),
    registerBuildFactBase(),
    registerUseFactBase(),
    registerWorkspaceCheck(workspace, diagnostics),
    registerOpenPassage(workspace),
    registerHover(workspace),
    registerDefinition(workspace),
    registerReferences(workspace),
    registerCompletion(workspace),
    registerSymbols(workspace, diagnostics),
    registerCodeActions(diagnostics),
    registerUsesFix(workspace),
    registerCuration(workspace),
    registerQuoteHover(workspace),
    actors.disposable,
    draft.disposable,
    timeline.disposable,
  );
  timing.activated();
  // Right after activate() returns and before other work queued meanwhile, such as other extensions
  // activating: the drafts already open get their diagnostics without waiting for it.
  queueMicrotask(() => diagnostics.checkOpenDrafts());
  // After activate() returns, so that the editor is told the extension is active first. Nothing is
  // left to prepare when the first draft's check came first and took the snapshot, or when every
  // folder is known to use a fact base of its own.
  setTimeout(() => {
    try {
      if (!workspace.discovery.mayUseBundled()) return;
      const bundled = workspace.store.bundledFromSnapshot();
      if (!bundled) return;
      diagnostics.prepare(bundled);
      timing.bundledFactBasePrepared();
    } catch (error) {
      logFailure('Preparing the bundled fact base', error);
    }
  }, 0);
  return { actors: actors.view, draft: draft.view, timeline: timeline.panel, status };
}

export function deactivate(): void {}
