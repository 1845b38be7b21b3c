// The fact base each draft is checked against, found and loaded on first need.
import * as vscode from 'vscode';
import { Discovery, type FolderSetup } from './discovery';
import { FactBaseStore, type LoadedFactBase } from './factBases';

export interface DraftContext {
  setup: FolderSetup;
  loaded: LoadedFactBase;
}

export class CrosscheckWorkspace implements vscode.Disposable {
  readonly problems = vscode.languages.createDiagnosticCollection('crosscheck-fact-base');
  readonly discovery: Discovery;
  readonly store: FactBaseStore;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when drafts may now be checked against other facts or options. */
  readonly onDidChange = this.changed.event;

  constructor(extensionUri: vscode.Uri) {
    this.discovery = new Discovery(vscode.Uri.joinPath(extensionUri, 'dataset', 'facts.yaml'), this.problems);
    this.store = new FactBaseStore(this.problems);
    this.subscriptions = [
      this.problems,
      this.discovery,
      this.store,
      this.changed,
      this.discovery.onDidChange(() => this.changed.fire()),
      this.store.onDidChange(() => this.changed.fire()),
    ];
  }

  async contextFor(document: vscode.Uri): Promise<DraftContext> {
    const setup = await this.discovery.setupFor(document);
    return { setup, loaded: await this.store.get(setup.factBaseFiles) };
  }

  /** The draft's context when it can be had without waiting: its folder's setup known, its fact base loaded. */
  contextNow(document: vscode.Uri): DraftContext | undefined {
    const setup = this.discovery.setupNow(document);
    const loaded = setup && this.store.getNow(setup.factBaseFiles);
    return setup && loaded && { setup, loaded };
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
