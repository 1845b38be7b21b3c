// Which fact base a draft is checked against: the files its workspace folder's .crosscheck.yaml lists,
// else the folder's crosscheck.factBase setting, else the fact base bundled with Crosscheck.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME as configFileName, parseConfig, type WorkspaceConfig } from '../core/config';
import { inBackground } from './log';
import { problemDiagnostic } from './problems';
import { readText, readTextAtOnce, resolveUri } from './workspaceFiles';

export interface FolderSetup {
  folder?: vscode.WorkspaceFolder;
  factBaseFiles: vscode.Uri[];
  bundled: boolean;
  /** The folder's .crosscheck.yaml, when it has one. */
  config?: WorkspaceConfig;
}

export class Discovery implements vscode.Disposable {
  private readonly setups = new Map<string, Promise<FolderSetup>>();
  /** The setups found so far, for the callers that cannot wait. */
  private readonly known = new Map<string, FolderSetup>();
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
    const key = keyOf(folder);
    const known = this.setups.get(key) ?? this.setupAtOnce(folder);
    if (known) return known;
    const pending = this.discover(folder!);
    this.setups.set(key, pending);
    // Known once read, unless the folder's setup was forgotten meanwhile.
    inBackground('Reading the folder\'s setup', pending.then((setup) => this.setups.get(key) === pending && this.known.set(key, setup)));
    return pending;
  }

  /** The setup of the document's folder when it is known or can be found without waiting; else undefined. */
  setupNow(document: vscode.Uri): FolderSetup | undefined {
    return this.setupNowOf(vscode.workspace.getWorkspaceFolder(document));
  }

  /**
   * Whether the bundled fact base may serve some workspace folder, as far as can be told without
   * waiting: a folder whose setup is not known yet may use it.
   */
  mayUseBundled(): boolean {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return folders.length === 0 || folders.some((folder) => this.setupNowOf(folder)?.bundled !== false);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private setupNowOf(folder: vscode.WorkspaceFolder | undefined): FolderSetup | undefined {
    const key = keyOf(folder);
    if (!this.setups.has(key)) this.setupAtOnce(folder);
    return this.known.get(key);
  }

  /**
   * Finds and records a folder's setup without waiting, when its .crosscheck.yaml can be read at once
   * (always for no folder, which takes the bundled fact base); else undefined.
   */
  private setupAtOnce(folder: vscode.WorkspaceFolder | undefined): Promise<FolderSetup> | undefined {
    let setup: FolderSetup;
    if (!folder) {
      setup = { factBaseFiles: [this.bundledFactBase], bundled: true };
    } else {
      const configUri = vscode.Uri.joinPath(folder.uri, configFileName);
      const read = readTextAtOnce(configUri);
      if (!read) return undefined;
      setup = this.setupOf(folder, configUri, read.text);
    }
    const key = keyOf(folder);
    const found = Promise.resolve(setup);
    this.setups.set(key, found);
    this.known.set(key, setup);
    return found;
  }

  private async discover(folder: vscode.WorkspaceFolder): Promise<FolderSetup> {
    const configUri = vscode.Uri.joinPath(folder.uri, configFileName);
    return this.setupOf(folder, configUri, await readText(configUri));
  }

  private setupOf(folder: vscode.WorkspaceFolder, configUri: vscode.Uri, configText: string | undefined): FolderSetup {
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
    this.setups.delete(keyOf(folder));
    this.known.delete(keyOf(folder));
    this.changed.fire();
  }

  private forgetAll(): void {
    this.setups.clear();
    this.known.clear();
    this.changed.fire();
  }
}

function keyOf(folder: vscode.WorkspaceFolder | undefined): string {
  return folder?.uri.toString() ?? '';
}
