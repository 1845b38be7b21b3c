// Loads fact bases through the workspace file system, keeps the last good version of each serving
// while a broken one is shown as problems in its own files, and reloads when any file it was drawn
// from changes. The bundled fact base is first read from the snapshot inlined at build time.
import * as vscode from 'vscode';
import { deserializeFactBase, loadFactBase } from '../core/factbase';
import type { FactBase, FactBaseInput, LoadResult, Problem, SourceDocument } from '../core/factbase/types';
import { readFile, resolveUri, workspaceFileReader } from './workspaceFiles';
import { inBackground, logFailure } from './log';
import { problemDiagnostic } from './problems';
import { isInside } from '../core/paths';

export interface LoadedFactBase {
  files: vscode.Uri[];
  factBase: FactBase;
  problems: Problem[];
  /** The newest files have errors, so the last version that loaded without errors is in use. */
  servingLastGood: boolean;
  /** How long reading and loading took. */
  loadMs: number;
  /** Read from the build-time snapshot rather than from the YAML files. */
  fromSnapshot: boolean;
}

/** The bundled fact base and the text of its snapshot, taken by its first load. */
interface BundledSnapshot {
  factBaseFile: vscode.Uri;
  text: string;
  /** Set once the text is deserialized: the fact base, or undefined when the text does not read well. */
  read?: { factBase: FactBase | undefined };
}

interface EntryState {
  files: vscode.Uri[];
  /** Counts loads, so a slower earlier load never overrides a newer one. */
  generation: number;
  lastGood?: FactBase;
  dependencies: Set<string>;
  watchers: vscode.Disposable[];
  problemFiles: vscode.Uri[];
  /** The outcome of the last load, while no newer one is under way. */
  current?: LoadedFactBase;
}

interface Entry extends EntryState {
  loading: Promise<LoadedFactBase>;
}

const reloadDelayMs = 100;

export class FactBaseStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly pendingReloads = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly saveListener: vscode.Disposable;
  private bundled?: BundledSnapshot;
  /** Fires after a fact base was reloaded. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    this.saveListener = vscode.workspace.onDidSaveTextDocument((document) => this.dependencyChanged(document.uri));
  }

  /**
   * The first load of the bundled fact base takes this snapshot instead of reading its YAML files,
   * unless the snapshot does not read well. Reloads always read the YAML files.
   */
  useSnapshot(factBaseFile: vscode.Uri, snapshotText: string): void {
    this.bundled = { factBaseFile, text: snapshotText };
  }

  /**
   * The bundled fact base as the snapshot holds it, deserialized once and kept for its first load;
   * undefined once that load has taken it, or when there is no snapshot or it does not read well.
   */
  bundledFromSnapshot(): FactBase | undefined {
    const bundled = this.bundled;
    if (!bundled) return undefined;
    // The snapshot stores file names relative to the fact base's folder; the loader would have resolved them so.
    bundled.read ??= { factBase: deserializeFactBase(bundled.text, (name) => resolveUri(bundled.factBaseFile, name).toString()) };
    return bundled.read.factBase;
  }

  /** The fact base drawn from these YAML files, loading it on first need. */
  get(files: vscode.Uri[]): Promise<LoadedFactBase> {
    return this.entryFor(files).loading;
  }

  /**
   * The fact base drawn from these files when it is loaded, or can be at once (the bundled one, from
   * its snapshot); undefined while it loads. Starts its load on first need, as `get` does.
   */
  getNow(files: vscode.Uri[]): LoadedFactBase | undefined {
    return this.entryFor(files).current;
  }

  /** Every fact base loaded so far, as it now stands. */
  loaded(): Promise<LoadedFactBase[]> {
    return Promise.all([...this.entries.values()].map((entry) => entry.loading));
  }

  /** The loaded fact base the file is one of the files of, if any. */
  async loadedFrom(file: vscode.Uri): Promise<LoadedFactBase | undefined> {
    const key = file.toString();
    return (await this.loaded()).find((each) => each.files.some((uri) => uri.toString() === key));
  }

  /** The loaded fact base the file (a path or URI as the loader resolved it) is a source of, and that source. */
  async withSource(file: string): Promise<{ loaded: LoadedFactBase; source: SourceDocument } | undefined> {
    for (const loaded of await this.loaded()) {
      for (const source of loaded.factBase.sources.values()) if (source.resolvedFile === file) return { loaded, source };
    }
    return undefined;
  }

  reloadAll(): Promise<LoadedFactBase[]> {
    for (const entry of this.entries.values()) entry.loading = this.load(entry);
    const all = this.loaded();
    inBackground('Reloading the fact bases', all.then(() => this.changed.fire()));
    return all;
  }

  dispose(): void {
    for (const timer of this.pendingReloads.values()) clearTimeout(timer);
    for (const entry of this.entries.values()) vscode.Disposable.from(...entry.watchers).dispose();
    this.saveListener.dispose();
    this.changed.dispose();
  }

  private entryFor(files: vscode.Uri[]): Entry {
    const key = keyOf(files);
    let entry = this.entries.get(key);
    if (!entry) {
      const state: EntryState = { files, generation: 0, dependencies: new Set(), watchers: [], problemFiles: [] };
      const fromSnapshot = this.loadFromSnapshot(state);
      entry = Object.assign(state, { loading: fromSnapshot ? Promise.resolve(fromSnapshot) : this.load(state) });
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The first load of the bundled fact base, from its snapshot; undefined for other files or when it does not read well. */
  private loadFromSnapshot(entry: EntryState): LoadedFactBase | undefined {
    const started = performance.now();
    const snapshot = this.bundledSnapshot(entry.files);
    if (!snapshot) return undefined;
    entry.generation++;
    entry.lastGood = snapshot;
    this.watch(entry, snapshot);
    entry.current = { files: entry.files, factBase: snapshot, problems: [], servingLastGood: false, loadMs: performance.now() - started, fromSnapshot: true };
    return entry.current;
  }

  private async load(entry: EntryState): Promise<LoadedFactBase> {
    const generation = ++entry.generation;
    entry.current = undefined;
    const started = performance.now();
    const reads = await Promise.all(entry.files.map(async (file): Promise<Awaited<ReturnType<typeof readFile>>> => ((await linksOutOfItsFolder(file)) ? { refused: 'it is a link to a file outside its workspace folder' } : readFile(file))));
    const inputs: FactBaseInput[] = [];
    const unreadable: Problem[] = [];
    reads.forEach((read, index) => {
      const file = entry.files[index]!;
      if ('refused' in read) unreadable.push(unreadableProblem(file, read.refused));
      else inputs.push({ file: file.toString(), ...read });
    });
    const result = await loadFactBase(inputs, workspaceFileReader).catch((error: unknown) => failedLoad(entry, error));
    const newer = this.entries.get(keyOf(entry.files));
    if (generation !== entry.generation && newer) return newer.loading;
    const problems = [...unreadable, ...result.problems];
    const hasErrors = problems.some((problem) => problem.severity === 'error');
    if (!hasErrors || !entry.lastGood) entry.lastGood = result.factBase;
    this.showProblems(entry, problems);
    this.watch(entry, result.factBase);
    entry.current = { files: entry.files, factBase: entry.lastGood, problems, servingLastGood: hasErrors && entry.lastGood !== result.factBase, loadMs: performance.now() - started, fromSnapshot: false };
    return entry.current;
  }

  /** The bundled fact base from its snapshot, when these are its files and the snapshot reads well. */
  private bundledSnapshot(files: vscode.Uri[]): FactBase | undefined {
    if (!this.bundled || keyOf(files) !== keyOf([this.bundled.factBaseFile])) return undefined;
    const factBase = this.bundledFromSnapshot();
    this.bundled = undefined;
    return factBase;
  }

  private showProblems(entry: EntryState, problems: Problem[]): void {
    for (const file of entry.problemFiles) this.problems.delete(file);
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const problem of problems) {
      const diagnostics = byFile.get(problem.file) ?? [];
      diagnostics.push(problemDiagnostic(problem));
      byFile.set(problem.file, diagnostics);
    }
    entry.problemFiles = [...byFile.keys()].map((file) => vscode.Uri.parse(file));
    for (const [file, diagnostics] of byFile) this.problems.set(vscode.Uri.parse(file), diagnostics);
  }

  private watch(entry: EntryState, factBase: FactBase): void {
    const dependencies = [...entry.files.map(String), ...[...factBase.sources.values()].map((source) => source.resolvedFile)];
    entry.dependencies = new Set(dependencies);
    const folders = new Set(dependencies.map((file) => vscode.Uri.joinPath(vscode.Uri.parse(file), '..').toString()));
    vscode.Disposable.from(...entry.watchers).dispose();
    entry.watchers = [...folders].map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.parse(folder), '*'));
      const onEvent = (uri: vscode.Uri) => this.dependencyChanged(uri);
      watcher.onDidChange(onEvent);
      watcher.onDidCreate(onEvent);
      watcher.onDidDelete(onEvent);
      return watcher;
    });
  }

  private dependencyChanged(uri: vscode.Uri): void {
    for (const [key, entry] of this.entries) {
      if (!entry.dependencies.has(uri.toString())) continue;
      clearTimeout(this.pendingReloads.get(key));
      this.pendingReloads.set(
        key,
        setTimeout(() => {
          this.pendingReloads.delete(key);
          entry.loading = this.load(entry);
          inBackground('Reloading a fact base', entry.loading.then(() => this.changed.fire()));
        }, reloadDelayMs),
      );
    }
  }
}

function keyOf(files: vscode.Uri[]): string {
  return files.map(String).join('\n');
}

/**
 * What a load that failed gives, logged: an empty fact base, and the failure as an error of the first
 * file, so that the last good version keeps serving.
 */
function failedLoad(entry: EntryState, error: unknown): LoadResult {
  logFailure('Loading a fact base', error);
  const factBase: FactBase = { files: entry.files.map(String), sources: new Map(), actors: new Map(), events: new Map(), disagreements: new Map() };
  const message = `Crosscheck failed to load this fact base (${error instanceof Error ? error.message : String(error)}); the Crosscheck output tells more.`;
  return { factBase, problems: [{ file: entry.files[0]!.toString(), line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'load-failed', message }] };
}

function unreadableProblem(file: vscode.Uri, reason: string): Problem {
  return {
    file: file.toString(),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: 'error',
    code: 'unreadable-file',
    message: `Cannot read the fact base file ${file.toString(true)}: ${reason}.`,
  };
}

/**
 * Whether a file of a workspace folder is a link to a file outside it: a cloned repository's
 * .crosscheck.yaml must not make Crosscheck read, and show in its messages, a file elsewhere on the disk.
 */
async function linksOutOfItsFolder(file: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(file);
  if (!folder) return false;
  const [real, realFolder] = await Promise.all([workspaceFileReader.realPath!(file.toString()), workspaceFileReader.realPath!(folder.uri.toString())]);
  return real !== undefined && realFolder !== undefined && !isInside(realFolder, real);
}
