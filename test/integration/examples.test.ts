// The editor shows on each example draft exactly the findings its .expected.json lists (code, place,
// extent, severity), the ones the checker and the CLI report, related to passages of the sources.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, openDraft, repoRoot, waitFor } from './helpers';

interface ExpectedFinding {
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const severities = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const examplesDir = path.join(repoRoot, 'examples');
const expectedDir = path.join(repoRoot, 'test', 'examples');
const expectedFile = (name: string) => path.join(expectedDir, name.replace(/\.md$/, '.expected.json'));
const drafts = fs.existsSync(examplesDir) ? fs.readdirSync(examplesDir).filter((name) => name.endsWith('.md') && fs.existsSync(expectedFile(name))) : [];

describe('example drafts', () => {
  it('are there to check', () => {
    assert.ok(drafts.length > 0, `example drafts with expected findings in ${examplesDir}`);
  });

  for (const name of drafts) {
    it(`${name}: the diagnostics are the expected findings`, async () => {
      const expected = JSON.parse(fs.readFileSync(expectedFile(name), 'utf8')) as ExpectedFinding[];
      const draft = await openDraft(vscode.Uri.file(path.join(examplesDir, name)));
      const shown = await waitFor(`${expected.length} diagnostics in ${name}`, () => {
        const found = vscode.languages.getDiagnostics(draft.uri).filter((diagnostic) => diagnostic.source === 'crosscheck');
        return found.length === expected.length && found;
      });
      const actual = [...shown]
        .sort((a, b) => a.range.start.compareTo(b.range.start) || (codeOf(a) ?? '').localeCompare(codeOf(b) ?? ''))
        .map((diagnostic) => ({
          code: codeOf(diagnostic),
          severity: diagnostic.severity,
          line: diagnostic.range.start.line + 1,
          column: diagnostic.range.start.character + 1,
          endLine: diagnostic.range.end.line + 1,
          endColumn: diagnostic.range.end.character + 1,
        }));
      const wanted = [...expected]
        .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code))
        .map(({ code, severity, line, column, endLine, endColumn }) => ({ code, severity: severities[severity], line, column, endLine, endColumn }));
      assert.deepEqual(actual, wanted);
      const sourcesDir = vscode.Uri.file(path.join(repoRoot, 'dataset', 'sources')).toString();
      for (const diagnostic of shown) {
        for (const related of diagnostic.relatedInformation ?? []) assert.ok(related.location.uri.toString().startsWith(sourcesDir), related.location.uri.toString());
      }
    });
  }
});
