// Crosscheck in VS Code: wires the features to the editor. Activation only registers them; the fact
// base is found and loaded when a draft first needs it.
import * as vscode from 'vscode';
import { registerFactBaseCommands } from './commands';
import { registerOpenPassage } from './locations';
import { FactBaseStatus } from './statusBar';
import { ActivationTiming } from './timing';
import { CrosscheckWorkspace } from './workspace';

export function activate(context: vscode.ExtensionContext): { timing: ActivationTiming } {
  const timing = new ActivationTiming();
  const workspace = new CrosscheckWorkspace(context.extensionUri);
  context.subscriptions.push(
    workspace,
    new FactBaseStatus(workspace),
    registerFactBaseCommands(workspace),
    registerOpenPassage(),
    timing.register(),
  );
  timing.activated();
  return { timing };
}

export function deactivate(): void {}
