// Which fact base a draft is checked against: the files its workspace folder's .crosscheck.yaml lists,
// else the folder's crosscheck.factBase setting, else the fact base bundled with Crosscheck.
import * as vscode from 'vscode';
import { resolveUri } from './workspaceFiles';

export const configFileName = '.crosscheck.yaml';

export interface FolderSetup {
  folder?: vscode.WorkspaceFolder;
  factBaseFiles: vscode.Uri[];
  bundled: boolean;
}

export class Discovery implements vscode.Disposable {
  private readonly setups = new Map<string, Promise<FolderSetup>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when a folder may now use other fact base files or options. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly bundledFactBase: vscode.Uri,
  ) {
    const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${configFileName}`);
    const forget = (uri: vscode.Uri) => this.forget(vscode.workspace.getWorkspaceFolder(uri));
    this.subscriptions = [
      configWatcher,
      configWatcher.onDidCreate(forget),
      configWatcher.onDidChange(forget),
      configWatcher.onDidDelete(forget),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.path.endsWith(`/${configFileName}`)) forget(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('crosscheck')) this.forgetAll();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.forgetAll()),
      this.changed,
    ];
  }

  /** The setup of the workspace folder that holds this document (or of no folder). */
  setupFor(document: vscode.Uri): Promise<FolderSetup> {
    const folder = vscode.workspace.getWorkspaceFolder(document);
    const key = folder?.uri.toString() ?? '';
    let setup = this.setups.get(key);
    if (!setup) {
      setup = this.discover(folder);
      this.setups.set(key, setup);
    }
    return setup;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async discover(folder: vscode.WorkspaceFolder | undefined): Promise<FolderSetup> {
    if (!folder) return { factBaseFiles: [this.bundledFactBase], bundled: true };
    const fromSetting = vscode.workspace.getConfiguration('crosscheck', folder).get<string[]>('factBase', []);
    if (fromSetting.length > 0) {
      const anchor = vscode.Uri.joinPath(folder.uri, configFileName);
      return { folder, factBaseFiles: fromSetting.map((file) => resolveUri(anchor, file)), bundled: false };
    }
    return { folder, factBaseFiles: [this.bundledFactBase], bundled: true };
  }

  private forget(folder: vscode.WorkspaceFolder | undefined): void {
    this.setups.delete(folder?.uri.toString() ?? '');
    this.changed.fire();
  }

  private forgetAll(): void {
    this.setups.clear();
    this.changed.fire();
  }
}
