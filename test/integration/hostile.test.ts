// A workspace whose fact base and draft are written to break out of the hover's Markdown, and links
// to crosscheck.openPassage that no hover made: the hover shows every string as text, the command
// opens only passages of the sources in use, and a failure of one request leaves the next served.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { fixture, hoverText, openDraft, positionOf, untilAnswered, waitFor } from './helpers';

/** A Markdown text without its code spans: a run of backticks to the next run as long. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)[^]*?[^`]\1(?!`)/g, '');
}

const LINK = /(?<!\\)\]\(([^)]*)\)/g;

describe('hostile fact base and draft', () => {
  let draft: vscode.TextDocument;
  before(async () => {
    draft = await openDraft(fixture('hostile', 'draft.md'));
  });

  const hoverAt = (text: string, offsetInText = 1) =>
    untilAnswered(`a hover on "${text}"`, () => hoverText(draft, positionOf(draft, text, offsetInText)), (value) => value !== '');

  for (const [what, at] of [
    ['an actor whose name, description, title and quotes hold Markdown', 'Anna Berg spoke'],
    ['a source whose title and outlet hold Markdown', 'notice]'],
    ['a citation key written to end its code span', 'x` ![i]'],
  ] as const) {
    it(`shows ${what} as text: every link the hover has opens a passage or reveals the actor`, async () => {
      const markdown = await hoverAt(at);
      assert.match(markdown, /attacker/, 'the hostile text is shown');
      const text = outsideCode(markdown);
      for (const [, target] of text.matchAll(LINK)) {
        assert.match(target!, /^command:crosscheck\.(openPassage|revealActor)\?/, `a link to ${target} in:\n${markdown}`);
        if (target!.startsWith('command:crosscheck.revealActor?')) assert.deepEqual(JSON.parse(decodeURIComponent(target!.split('?')[1]!)), ['anna-berg']);
      }
      assert.doesNotMatch(text.replace(LINK, ''), /https?:\/\/|www\.|(?<!\\)<(img|b)\b/, `an address or HTML that would show live in:\n${markdown}`);
    });
  }

  it('opens no file but a passage of a source in use, whatever a link asks', async () => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    for (const args of [['file:///etc/passwd', 1, 1, 1, 1], [draft.uri.toString(), 1, 1, 1, 1], ['file:///etc/passwd'], [fixture('hostile', 'facts', 'sources', 'notice.txt').toString(), 0, 'x', 1, 1]]) {
      assert.equal(await vscode.commands.executeCommand('crosscheck.openPassage', ...args), undefined);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before, `opened ${JSON.stringify(args)}`);
    }
    const notice = fixture('hostile', 'facts', 'sources', 'notice.txt').toString();
    await vscode.commands.executeCommand('crosscheck.openPassage', notice, 1, 1, 1, 5);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), notice);
    await vscode.window.showTextDocument(draft);
  });

  it('logs a command that fails and keeps serving the next requests', async () => {
    // The source "gone" is in use, but its file does not exist: opening it fails.
    const gone = fixture('hostile', 'facts', 'sources', 'gone.txt').toString();
    assert.equal(await vscode.commands.executeCommand('crosscheck.openPassage', gone, 1, 1, 1, 1), undefined);
    await vscode.window.showTextDocument(draft);
    assert.match(await hoverAt('Anna Berg spoke'), /\*\*Anna Berg\*\* · person/);
  });

  it('refuses a source that is a pipe at once, saying so at its file line, instead of waiting on it', async function () {
    if (process.platform !== 'linux') this.skip();
    const gone = fixture('hostile', 'facts', 'sources', 'gone.txt');
    const facts = fixture('hostile', 'facts', 'hostile.facts.yaml');
    execFileSync('mkfifo', [gone.fsPath]);
    try {
      await vscode.commands.executeCommand('crosscheck.reloadFactBase');
      const messages = vscode.languages.getDiagnostics(facts).map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
      assert.ok(messages.some((message) => /^\d+: source gone: cannot read .*gone\.txt: not a regular file but a pipe$/.test(message)), messages.join('\n'));
    } finally {
      fs.rmSync(gone.fsPath, { force: true });
      await vscode.commands.executeCommand('crosscheck.reloadFactBase');
    }
  });

  it('reads no source outside the fact base\'s folder and the workspace, saying so at its file line', async () => {
    const facts = fixture('hostile', 'facts', 'hostile.facts.yaml');
    const outside = /^source outside: \S+\/etc\/hostname is outside the folder of this fact base file and the workspace/;
    await waitFor('the problem of the source outside', () => vscode.languages.getDiagnostics(facts).some((diagnostic) => outside.test(diagnostic.message)));
  });
});
