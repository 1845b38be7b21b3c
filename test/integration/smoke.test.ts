// The extension is installed in the host and activates when a Markdown file is opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const extensionId = 'crosscheck.crosscheck';

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe('smoke', () => {
  it('the extension is present', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not among the installed extensions`);
    assert.equal(extension.packageJSON.name, 'crosscheck');
  });

  it('activates when a Markdown file is opened', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Draft\n\nMikhail Bogdanov met the delegation.\n' });
    await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension(extensionId)!;
    const active = await waitFor(() => extension.isActive, 20000);
    assert.ok(active, `${extensionId} did not activate within 20 s of opening a Markdown file`);
  });
});
