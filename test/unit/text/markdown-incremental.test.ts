import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRandom, type Random } from '../../../bench/generators/random';
import { scanMarkdown } from '../../../src/core/text/markdown';
import { createMarkdownScanner } from '../../../src/core/text/markdown-incremental';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

function exampleDrafts(): string[] {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(path.join(EXAMPLES, name), 'utf8'));
}

/** What edits insert: the characters and lines that change how the lines around them are read. */
const SNIPPETS = [
  '```', '~~~', '```ts\n', '\n```\n', '<!--', '-->', '<!-- note -->', '|', ' | ', '| a | b |\n|---|---|\n', '|---|---|',
  '>', '> ', '\n> ', '- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '---', '\n---\n', '---\n', '+++\n', '...\n', '===\n', '`', '``',
  '[@', '[@s000]', '[see @s001, p. 2]', '@', ']', '[', '](', '(http://x.org/a)', '\n', '\n\n', '\r\n', '#', '# ', '## Heading\n',
  '    ', '\t', ' ', 'word', 'Moscow', '[^1]', '[^1]: ', '[ref]: http://x.org', '<div>', '</div>', '**', '_', '~~', '\\',
  'www.x.org/a ', '<http://x.org>', '&amp;', '2006', '*** ', '___',
];

const LINES = [
  '# Talks in Moscow', 'Setext heading', '=====', '-----', '', '', '', 'A paragraph on the talks [@s000].',
  'It went on [see @s001; @s002] with **names** and `code`.', '- a list item', '  continued item text', '1. numbered',
  '> quoted text', '> > nested quote', '>', '| Date | Event |', '|------|-------|', '| 2006 | Visit |', '```', '~~~~',
  '    indented code', '<!-- a comment', 'still comment -->', '<!-- whole -->', '[^1]: A footnote.', '[id]: http://x.org',
  '---', '***', '<div>', 'Text with <b>tag</b> and a link [here](http://x.org "t").', '* * *', '\t\ttabbed',
];

function generatedDraft(random: Random): string {
  const lines: string[] = [];
  if (random.chance(0.15)) lines.push('---', 'title: x', random.chance(0.8) ? '---' : 'draft: true');
  const count = random.int(5, 120);
  for (let i = 0; i < count; i++) lines.push(random.pick(LINES));
  return lines.join(random.chance(0.1) ? '\r\n' : '\n') + (random.chance(0.5) ? '\n' : '');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** An edit as a writer or a paste would make it: characters or lines inserted, deleted or replaced. */
function edit(random: Random, text: string): string {
  const starts = lineStarts(text);
  const at = random.chance(0.4) ? random.pick(starts) : random.int(0, text.length);
  switch (random.weighted({ insert: 4, delete: 3, replace: 3, deleteLines: 1, duplicateLine: 1 })) {
    case 'insert':
      return text.slice(0, at) + random.pick(SNIPPETS) + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(Math.min(text.length, at + random.int(1, random.chance(0.8) ? 3 : 40)));
    case 'replace':
      return text.slice(0, at) + random.pick(SNIPPETS) + text.slice(Math.min(text.length, at + random.int(1, 6)));
    case 'deleteLines': {
      const line = random.int(0, starts.length - 1);
      const end = starts[Math.min(starts.length - 1, line + random.int(1, 3))];
      return text.slice(0, starts[line]) + text.slice(end > starts[line] ? end : text.length);
    }
    case 'duplicateLine': {
      const line = random.int(0, starts.length - 1);
      const end = line + 1 < starts.length ? starts[line + 1] : text.length;
      return text.slice(0, end) + (end === text.length ? '\n' : '') + text.slice(starts[line], end) + text.slice(end);
    }
  }
}

/** Runs `edits` successive random edits on `text`, checking each incremental scan against a full one. */
function checkEdits(random: Random, text: string, edits: number): void {
  const scanner = createMarkdownScanner();
  assert.deepStrictEqual(scanner.scan(text), scanMarkdown(text));
  let current = text;
  for (let i = 0; i < edits; i++) {
    const before = current;
    const previousScan = scanner.scan(before);
    current = edit(random, current);
    assert.deepStrictEqual(scanner.scan(current), scanMarkdown(current), `after edit ${i}: ${JSON.stringify(before)} -> ${JSON.stringify(current)}`);
    if (i % 10 === 0) assert.deepStrictEqual(previousScan, scanMarkdown(before), 'an earlier result was left as it was');
  }
}

describe('createMarkdownScanner', () => {
  it('scans each version after random edits of the example drafts as a full scan does', () => {
    const random = createRandom(13);
    for (const draft of exampleDrafts()) checkEdits(random, draft, 250);
  });

  it('scans each version after random edits of generated drafts as a full scan does', () => {
    const random = createRandom(31);
    for (let draft = 0; draft < 40; draft++) checkEdits(random, generatedDraft(random), 60);
  });

  it('scans a draft edited into and out of nothing', () => {
    const scanner = createMarkdownScanner();
    for (const text of ['', '# A\n\nB', '', 'x', '---\n', '---\nA\n', '---\nA\n---\nB\n\nC', '---\nA\n--\nB\n\nC', '']) {
      assert.deepStrictEqual(scanner.scan(text), scanMarkdown(text), JSON.stringify(text));
    }
  });

  it('keeps the blocks an edit leaves alone, and re-reads the edited paragraph', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} on the talks [@s00${i % 5}].`);
    const text = `# Talks\n\n${paragraphs.join('\n\n')}\n`;
    const scanner = createMarkdownScanner();
    const first = scanner.scan(text);
    const editedText = text.replace('Paragraph 100 on', 'Paragraph 100 in');
    const edited = scanner.scan(editedText);
    assert.deepStrictEqual(edited, scanMarkdown(editedText));
    const editedBlock = edited.blocks.findIndex((block) => editedText.slice(block.start, block.end).startsWith('Paragraph 100 '));
    assert.ok(editedBlock > 0);
    edited.blocks.forEach((block, i) => {
      if (i === editedBlock) assert.notEqual(block, first.blocks[i]);
      else assert.equal(block, first.blocks[i], `block ${i} kept`);
    });
  });

  it('moves what follows an edit that changes the length, and heads it by a heading the edit made', () => {
    const text = '# One\n\nFirst [@s000].\n\nSecond <!-- c --> part.\n\n| a | b |\n|---|---|\n| c | d |\n';
    const scanner = createMarkdownScanner();
    scanner.scan(text);
    for (const next of [text.replace('First', '## First'), text.replace('First', 'Very first'), text.replace('# One\n', '')]) {
      assert.deepStrictEqual(scanner.scan(next), scanMarkdown(next), JSON.stringify(next));
    }
  });
});
