// The Timeline panel: it opens beside the draft, draws the fact base's events with the draft's, and
// opens an event's passage.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/vscode/extension';
import { fixture, openDraft, waitFor, waitForDiagnostics } from './helpers';

/** From creating a webview to its page's script running, for a page of one line. */
async function emptyWebviewMs(): Promise<number> {
  const started = performance.now();
  const panel = vscode.window.createWebviewPanel('crosscheck.test.emptyWebview', 'Empty', vscode.ViewColumn.Beside, { enableScripts: true });
  const ready = new Promise((resolve) => panel.webview.onDidReceiveMessage(resolve));
  panel.webview.html = '<!DOCTYPE html><html><body><p>Empty</p><script>acquireVsCodeApi().postMessage("ready")</script></body></html>';
  await ready;
  const ms = performance.now() - started;
  panel.dispose();
  return ms;
}

describe('timeline', () => {
  let api: CrosscheckApi;
  let draft: vscode.TextDocument;

  before(async () => {
    draft = await openDraft(fixture('drafts', 'report.md'));
    api = await vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck')!.activate();
    await waitForDiagnostics(draft.uri, (found) => found.some((diagnostic) => diagnostic.message.includes('February 2025')));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a panel drawing the dated events, the draft’s mentioned and its conflicting dates', async () => {
    const t0 = performance.now();
    await vscode.commands.executeCommand('crosscheck.showTimeline');
    console.log(`DEBUG command ${performance.now() - t0}`);
    const html = await waitFor('the timeline page', () => api.timeline.html || undefined);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.match(html, /data-event="moscow-talks-2006-03-03" data-source="s002"/);
    assert.match(html, /<g class="event mentioned" tabindex="0" role="button" data-event="moscow-talks-2025-02-03"/);
    assert.match(html, /the draft gives 5 February 2025/);
    assert.match(html, /<rect class="conflict"/);
    assert.match(html, /mentioned in \S*report\.md/);
    await waitFor('a Crosscheck Timeline tab', () => vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.label === 'Crosscheck Timeline')));
    const openingMs = await waitFor('the page standing in its webview', () => api.timeline.openingMs);
    // The figures the benchmark's editor row reads from the window's console: the Timeline's opening,
    // and the webview's own start, which a page of one line takes in the same window.
    console.log(`timeline timing: ${JSON.stringify({ openingMs, emptyWebviewMs: await emptyWebviewMs() })}`);
  });

  it('opens the passage of an event in the source of its lane, and nothing for an unknown event', async () => {
    assert.equal(await api.timeline.open('moscow-talks-2006-03-03', 's002'), true);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /\/dataset\/sources\/002_[0-9a-f]+\.txt$/);
    assert.match(editor.document.getText(editor.selection), /talks in Moscow, March 3, 2006/);
    assert.equal(await api.timeline.open('no-such-event', 's002'), false);
  });
});
