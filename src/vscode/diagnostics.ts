// Findings as diagnostics in every open Markdown draft, re-checked as the user types.
import * as vscode from 'vscode';
import { createDraftChecker, type Coverage, type DraftChecker } from '../core/check';
import type { CheckOptions, Finding, Severity } from '../core/check/types';
import type { WorkspaceConfig } from '../core/config';
import type { FactBase } from '../core/factbase/types';
import { isDraft } from './drafts';
import { editorRange } from './locations';
import { inBackground, logFailure } from './log';
import { checkOptions, debounceMs, limitsFor } from './settings';
import type { CrosscheckWorkspace, DraftContext } from './workspace';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export interface DraftChecked {
  uri: vscode.Uri;
  checkMs: number;
  factBaseLoadMs: number;
  /** Whether the check found its folder's setup and fact base at hand, or had to wait for them to be read. */
  contextAtHand: boolean;
}

interface DraftState {
  checker?: { factBase: FactBase; optionsKey: string; draft: DraftChecker };
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every edit, so a check that finishes after a newer edit is dropped. */
  generation: number;
  toldTooLarge?: boolean;
}

export class DraftDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('crosscheck');
  private readonly drafts = new Map<string, DraftState>();
  private readonly findings = new Map<string, Finding[]>();
  private readonly published = new vscode.EventEmitter<DraftChecked>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires after an open draft was checked and its diagnostics set. */
  readonly onDidCheck = this.published.event;

  constructor(
    private readonly workspace: CrosscheckWorkspace,
    private readonly documentation: (code: string) => vscode.Uri,
  ) {
    this.subscriptions = [
      this.collection,
      this.published,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0, 'open')),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.edited(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document, 0, 'save')),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      workspace.onDidChange(() => this.recheckOpenDrafts()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('crosscheck')) this.recheckOpenDrafts();
      }),
    ];
  }

  /**
   * Checks the drafts already open: at once those whose context is at hand, the others once it is.
   * Activation calls it; later drafts are checked as they open.
   */
  checkOpenDrafts(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!isDraft(document)) continue;
      const context = this.workspace.contextNow(document.uri);
      const state = this.stateOf(document);
      if (context && document.getText().length <= limitsFor(document.uri, context.setup.config).maxTypingSize) {
        state.generation++;
        try {
          this.checkWith(document, state, context, true);
        } catch (error) {
          logFailure(`Checking ${vscode.workspace.asRelativePath(document.uri)}`, error);
        }
      } else {
        this.schedule(document, 0, 'open');
      }
    }
  }

  /** The findings behind the diagnostics last set for a draft. */
  findingsOf(uri: vscode.Uri): Finding[] {
    return this.findings.get(uri.toString()) ?? [];
  }

  /** The coverage of an open draft as last checked. */
  coverageOf(uri: vscode.Uri): Coverage | undefined {
    return this.drafts.get(uri.toString())?.checker?.draft.coverage();
  }

  /**
   * The diagnostics set for a draft that touch a range. Code actions read them here rather than from
   * the request, which may be made before the editor has received the newest ones.
   */
  diagnosticsAt(uri: vscode.Uri, range: vscode.Range): vscode.Diagnostic[] {
    return (this.collection.get(uri) ?? []).filter((diagnostic) => diagnostic.range.intersection(range) !== undefined);
  }

  /** Sets a draft's diagnostics from findings got elsewhere (the workspace check). */
  publish(uri: vscode.Uri, findings: Finding[]): void {
    this.findings.set(uri.toString(), findings);
    this.collection.set(uri, findings.map((finding) => this.toDiagnostic(finding)));
  }

  /**
   * Checks the open drafts against a fact base ahead of time, as if their folders had no .crosscheck.yaml,
   * while those files are still being read; drafts in folders known to use another fact base are left
   * alone. Nothing is published: a draft whose folder turns out to
   * use this fact base and these options keeps the checker, which then has its findings at hand.
   * The checker's indexes of the fact base are built even when no draft is open.
   */
  prepare(factBase: FactBase): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!isDraft(document) || document.getText().length > limitsFor(document.uri, undefined).maxTypingSize) continue;
      if (this.workspace.discovery.setupNow(document.uri)?.bundled === false) continue;
      const state = this.stateOf(document);
      if (state.checker) continue;
      const options = openDraftOptions(document.uri, undefined);
      state.checker = { factBase, optionsKey: JSON.stringify(options), draft: createDraftChecker(factBase, options) };
      state.checker.draft.check(document.getText());
    }
    createDraftChecker(factBase);
  }

  /** Checks an open draft now, whatever its size. */
  async checkNow(document: vscode.TextDocument): Promise<Finding[]> {
    const state = this.stateOf(document);
    clearTimeout(state.timer);
    return this.check(document, state, ++state.generation);
  }

  dispose(): void {
    for (const state of this.drafts.values()) clearTimeout(state.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private recheckOpenDrafts(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0, 'open');
  }

  private edited(document: vscode.TextDocument): void {
    if (!isDraft(document)) return;
    this.schedule(document, debounceMs(), 'typing');
  }

  private schedule(document: vscode.TextDocument, delay: number, reason: 'open' | 'typing' | 'save'): void {
    if (!isDraft(document)) return;
    const state = this.stateOf(document);
    const generation = ++state.generation;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      inBackground(`Checking ${vscode.workspace.asRelativePath(document.uri)}`, this.checkUnlessTooLarge(document, state, generation, reason));
    }, delay);
  }

  private async checkUnlessTooLarge(document: vscode.TextDocument, state: DraftState, generation: number, reason: 'open' | 'typing' | 'save'): Promise<void> {
    const atHand = this.workspace.contextNow(document.uri);
    const context = atHand ?? (await this.workspace.contextFor(document.uri));
    if (generation !== state.generation || document.isClosed) return;
    const limit = limitsFor(document.uri, context.setup.config).maxTypingSize;
    if (reason === 'typing' && document.getText().length > limit) {
      if (!state.toldTooLarge) {
        state.toldTooLarge = true;
        inBackground(
          'Telling of a large draft',
          Promise.resolve(
            vscode.window.showInformationMessage(
              `Crosscheck checks ${vscode.workspace.asRelativePath(document.uri)} when it is saved or on "Crosscheck: Check Workspace": it is larger than ${Math.round(limit / 1024)} KB (crosscheck.maxDraftSizeKB).`,
            ),
          ),
        );
      }
      return;
    }
    this.checkWith(document, state, context, atHand !== undefined);
  }

  private async check(document: vscode.TextDocument, state: DraftState, generation: number): Promise<Finding[]> {
    const atHand = this.workspace.contextNow(document.uri);
    const context = atHand ?? (await this.workspace.contextFor(document.uri));
    if (generation !== state.generation || document.isClosed) return this.findingsOf(document.uri);
    return this.checkWith(document, state, context, atHand !== undefined);
  }

  /**
   * Checks with the context at hand. Callers take it without awaiting when they can: at start-up any
   * await lets other extensions' activation run first, and the first diagnostics would wait for it.
   */
  private checkWith(document: vscode.TextDocument, state: DraftState, { setup, loaded }: DraftContext, contextAtHand: boolean): Finding[] {
    const options = openDraftOptions(document.uri, setup.config);
    const optionsKey = JSON.stringify(options);
    if (!state.checker || state.checker.factBase !== loaded.factBase || state.checker.optionsKey !== optionsKey) {
      state.checker = { factBase: loaded.factBase, optionsKey, draft: createDraftChecker(loaded.factBase, options) };
    }
    const started = performance.now();
    const findings = state.checker.draft.check(document.getText()).slice(0, options.maxFindings);
    this.publish(document.uri, findings);
    this.published.fire({ uri: document.uri, checkMs: performance.now() - started, factBaseLoadMs: loaded.loadMs, contextAtHand });
    return findings;
  }

  private closed(document: vscode.TextDocument): void {
    const state = this.drafts.get(document.uri.toString());
    if (!state) return;
    clearTimeout(state.timer);
    this.drafts.delete(document.uri.toString());
    this.findings.delete(document.uri.toString());
    this.collection.delete(document.uri);
  }

  private stateOf(document: vscode.TextDocument): DraftState {
    const key = document.uri.toString();
    let state = this.drafts.get(key);
    if (!state) {
      state = { generation: 0 };
      this.drafts.set(key, state);
    }
    return state;
  }

  private toDiagnostic(finding: Finding): vscode.Diagnostic {
    const { start, end } = finding.range;
    const diagnostic = new vscode.Diagnostic(editorRange(start.line, start.column, end.line, end.column), finding.message, severities[finding.severity]);
    diagnostic.source = 'crosscheck';
    diagnostic.code = { value: finding.code, target: this.documentation(finding.code) };
    diagnostic.relatedInformation = finding.related.map(
      (passage) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(vscode.Uri.parse(passage.file), editorRange(passage.line, passage.column, passage.endLine, passage.endColumn)),
          passage.message,
        ),
    );
    return diagnostic;
  }
}

/** An open draft's check options: those of its folder, and its coverage worked out for the status bar. */
function openDraftOptions(document: vscode.Uri, config: WorkspaceConfig | undefined): CheckOptions {
  return { ...checkOptions(document, config), coverage: true };
}

/** The finding behind a diagnostic, matched by code and range. */
export function findingOf(findings: Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return findings.find((finding) => {
    const { start, end } = finding.range;
    return finding.code === code && editorRange(start.line, start.column, end.line, end.column).isEqual(diagnostic.range);
  });
}

