// Commands that work with the fact base: reload it, open it, and find an actor in it.
import * as vscode from 'vscode';
import { fileRangeLocation } from './locations';
import { registerGuardedCommand } from './log';
import type { CrosscheckWorkspace, DraftContext } from './workspace';

export function registerFactBaseCommands(workspace: CrosscheckWorkspace): vscode.Disposable {
  return vscode.Disposable.from(
    registerGuardedCommand('crosscheck.reloadFactBase', 'Reloading the fact base', async () => {
      const loaded = await workspace.store.reloadAll();
      const errors = loaded.reduce((count, each) => count + each.problems.filter((problem) => problem.severity === 'error').length, 0);
      vscode.window.setStatusBarMessage(`Crosscheck: fact base reloaded${errors > 0 ? ` with ${errors} errors (see Problems)` : ''}.`, 4000);
      return loaded.map((each) => ({ files: each.files.map(String), actors: each.factBase.actors.size, problems: each.problems.length }));
    }),
    registerGuardedCommand('crosscheck.openFactBase', 'Opening the fact base', async () => {
      const { setup } = await currentContext(workspace);
      const file = setup.factBaseFiles.length === 1 ? setup.factBaseFiles[0] : await pickFile(setup.factBaseFiles);
      if (file) await vscode.window.showTextDocument(file);
    }),
    registerGuardedCommand('crosscheck.showActor', 'Showing an actor', async () => {
      const { loaded } = await currentContext(workspace);
      const items = [...loaded.factBase.actors.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((actor) => ({ label: actor.name, description: actor.type, detail: actor.description, actor }));
      const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Actor to show in the fact base', matchOnDescription: true, matchOnDetail: true });
      if (!picked) return;
      const location = fileRangeLocation(picked.actor.at);
      await vscode.window.showTextDocument(location.uri, { selection: location.range });
    }),
  );
}

/** The context of the active draft, else of the first workspace folder. */
function currentContext(workspace: CrosscheckWorkspace): Promise<DraftContext> {
  const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
  return workspace.contextFor(uri);
}

async function pickFile(files: vscode.Uri[]): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showQuickPick(
    files.map((file) => ({ label: vscode.workspace.asRelativePath(file), file })),
    { placeHolder: 'Fact base file to open' },
  );
  return picked?.file;
}
