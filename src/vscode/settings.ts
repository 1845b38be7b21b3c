// Check options for a draft: the folder's .crosscheck.yaml, overridden by settings the user set.
import * as vscode from 'vscode';
import { FINDING_CODES, type CheckOptions, type FindingCode, type Severity } from '../core/check/types';
import { checkOptionsOf, type WorkspaceConfig } from '../core/config';

export interface DraftLimits {
  /** Largest draft checked as the user types, in characters. */
  maxTypingSize: number;
  maxFindings: number;
}

const DEFAULT_MAX_DRAFT_KB = 2048;
const DEFAULT_MAX_FINDINGS = 500;

export function debounceMs(): number {
  return vscode.workspace.getConfiguration('crosscheck').get<number>('debounceMs', 150);
}

export function checkOptions(document: vscode.Uri, config: WorkspaceConfig | undefined): CheckOptions {
  const settings = vscode.workspace.getConfiguration('crosscheck', document);
  const fromConfig = config ? checkOptionsOf(config) : {};
  const severity: Partial<Record<FindingCode, Severity | 'off'>> = { ...fromConfig.severity };
  for (const code of FINDING_CODES) {
    const chosen = explicitValue<Severity | 'off'>(settings, `severity.${code}`);
    if (chosen) severity[code] = chosen;
  }
  const reportUnsupported = explicitValue<boolean>(settings, 'reportUnsupported');
  if (reportUnsupported !== undefined) severity['unsupported-claim'] = reportUnsupported ? 'info' : 'off';
  return { ...fromConfig, severity, maxFindings: limitsFor(document, config).maxFindings };
}

export function limitsFor(document: vscode.Uri, config: WorkspaceConfig | undefined): DraftLimits {
  const settings = vscode.workspace.getConfiguration('crosscheck', document);
  const maxDraftKB = explicitValue<number>(settings, 'maxDraftSizeKB');
  return {
    maxTypingSize: maxDraftKB !== undefined ? maxDraftKB * 1024 : (config?.maxDraftSize ?? DEFAULT_MAX_DRAFT_KB * 1024),
    maxFindings: explicitValue<number>(settings, 'maxFindings') ?? config?.maxFindings ?? DEFAULT_MAX_FINDINGS,
  };
}

/** A setting's value when the user set it anywhere, so that package defaults never hide .crosscheck.yaml. */
function explicitValue<T>(settings: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const inspected = settings.inspect<T>(key);
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
}
