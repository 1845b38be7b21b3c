// Which fact base a draft is checked against: the files its workspace folder's .crosscheck.yaml lists,
// else the folder's crosscheck.factBase setting, else the fact base bundled with Crosscheck.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME as configFileName, parseConfig, type WorkspaceConfig } from '../core/config';
import { problemDiagnostic } from './problems';
import { readText, resolveUri } from './workspaceFiles';

export interface FolderSetup {
  folder?: vscode.WorkspaceFolder;
  factBaseFiles: vscode.Uri[];
  bundled: boolean;
  /** The folder's .crosscheck.yaml, when it has one. */
  config?: WorkspaceConfig;
}

export class Discovery implements vscode.Disposable {
  private readonly setups = new Map<string, Promise<FolderSetup>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when a folder may now use other fact base files or options. */
  readonly onDidChange = this.changed.event;

  constructor(
    /** The fact base bundled with Crosscheck, for folders that name none. */
    readonly bundledFactBase: vscode.Uri,
    private readonly problems: vscode.DiagnosticCollection,
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
    const configUri = vscode.Uri.joinPath(folder.uri, configFileName);
    const configText = await readText(configUri);
    let config: WorkspaceConfig | undefined;
    if (configText === undefined) {
      this.problems.delete(configUri);
    } else {
      const parsed = parseConfig(configText, configUri.toString());
      config = parsed.config;
      this.problems.set(configUri, parsed.problems.map(problemDiagnostic));
      if (config.factBase.length > 0) {
        return { folder, config, factBaseFiles: config.factBase.map((file) => resolveUri(configUri, file)), bundled: false };
      }
    }
    const fromSetting = vscode.workspace.getConfiguration('crosscheck', folder).get<string[]>('factBase', []);
    if (fromSetting.length > 0) {
      const anchor = vscode.Uri.joinPath(folder.uri, configFileName);
      return { folder, config, factBaseFiles: fromSetting.map((file) => resolveUri(anchor, file)), bundled: false };
    }
    return { folder, config, factBaseFiles: [this.bundledFactBase], bundled: true };
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
