// The commands: check the workspace, reload and open the fact base, the activation figures, and that
// every command and view of package.json is there.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundled, crosscheckDiagnostics, fixture, openDraft, waitForDiagnostics } from './helpers';

describe('commands', () => {
  before(async () => {
    const draft = await openDraft(fixture('drafts', 'report.md'));
    await waitForDiagnostics(draft.uri, (found) => found.length > 0);
  });

  it('checks every draft of the workspace and every open one', async () => {
    const summary = await vscode.commands.executeCommand<{ drafts: number; findings: number; cancelled: boolean }>('crosscheck.checkWorkspace');
    assert.equal(summary.cancelled, false);
    const inWorkspace = await vscode.workspace.findFiles('**/*.md');
    assert.ok(summary.drafts >= inWorkspace.length + 1, `${summary.drafts} drafts checked`);
    assert.ok(summary.findings >= crosscheckDiagnostics(fixture('drafts', 'report.md')).length);
  });

  it('reloads the fact base and tells what it loaded', async () => {
    const loaded = await vscode.commands.executeCommand<{ files: string[]; actors: number; problems: number }[]>('crosscheck.reloadFactBase');
    const mine = loaded.find((each) => each.files.some((file) => file.endsWith('/dataset/facts.yaml')));
    assert.ok(mine, 'the bundled fact base was reloaded');
    assert.ok(mine.actors > 50);
  });

  it('opens the fact base in use', async () => {
    await openDraft(fixture('drafts', 'report.md'));
    await vscode.commands.executeCommand('crosscheck.openFactBase');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, bundled('facts.yaml').fsPath);
  });

  it('shows the actor picked from the list at its entry in the fact base', async () => {
    await openDraft(fixture('drafts', 'report.md'));
    const shown = vscode.commands.executeCommand('crosscheck.showActor');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await shown;
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, bundled('facts.yaml').fsPath);
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^ {2}- id: [a-z-]+$/);
  });

  it('registers every command package.json contributes, and shows every view it contributes', async () => {
    const { contributes } = vscode.extensions.getExtension('crosscheck.crosscheck')!.packageJSON as {
      contributes: { commands: { command: string }[]; views: Record<string, { id: string }[]> };
    };
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributes.commands.map((each) => each.command).filter((command) => !registered.has(command)), []);
    // The workbench gives each view a focus command, which fails for a view it does not know.
    for (const view of Object.values(contributes.views).flat()) await vscode.commands.executeCommand(`${view.id}.focus`);
    await openDraft(fixture('drafts', 'report.md'));
  });

  it('tells how long activation and the first diagnostics took', async () => {
    const timing = await vscode.commands.executeCommand<{ activateMs: number; firstDiagnosticsMs?: number }>('crosscheck.activationTiming');
    assert.ok(timing.activateMs >= 0 && timing.activateMs < 1000, `activated in ${timing.activateMs} ms`);
    assert.ok(timing.firstDiagnosticsMs !== undefined && timing.firstDiagnosticsMs > timing.activateMs);
  });
});
