import * as assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check/checker';
import { ignoreInsertions } from '../../../src/core/editor/ignore';
import type { FactBase } from '../../../src/core/factbase/types';
import { scanMarkdown } from '../../../src/core/text/markdown';
import { bundledFactBase } from './bundled';

function applyIgnore(text: string, line: number, code = 'name-variant'): string {
  const insertions = ignoreInsertions(text, line, [code]).sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const insertion of insertions) result = result.slice(0, insertion.offset) + insertion.text + result.slice(insertion.offset);
  return result;
}

describe('ignore here', () => {
  it('puts the comment on its own line before a paragraph\'s first line', () => {
    const text = 'Intro.\n\nTrupanov was seen.\nMore.\n';
    assert.equal(applyIgnore(text, 3), 'Intro.\n\n<!-- crosscheck-disable-next-line name-variant -->\nTrupanov was seen.\nMore.\n');
  });

  it('puts it before the first line of the draft', () => {
    assert.equal(applyIgnore('Trupanov was seen.\n', 1, 'date-conflict'), '<!-- crosscheck-disable-next-line date-conflict -->\nTrupanov was seen.\n');
  });

  it('ends the line before a paragraph\'s middle line, so the paragraph stays whole', () => {
    const text = 'The talks went on,\nwith Trupanov named.\n';
    assert.equal(applyIgnore(text, 2), 'The talks went on, <!-- crosscheck-disable-next-line name-variant -->\nwith Trupanov named.\n');
  });

  it('keeps a hard line break of two spaces or a backslash', () => {
    assert.equal(applyIgnore('First line  \nTrupanov.\n', 2), 'First line <!-- crosscheck-disable-next-line name-variant -->  \nTrupanov.\n');
    assert.equal(applyIgnore('First line\\\nTrupanov.\n', 2), 'First line <!-- crosscheck-disable-next-line name-variant -->\\\nTrupanov.\n');
  });

  it('indents the comment to a list item\'s content, so the list goes on', () => {
    const text = '- One item\n- Trupanov item\n';
    assert.equal(applyIgnore(text, 2), '- One item\n  <!-- crosscheck-disable-next-line name-variant -->\n- Trupanov item\n');
  });

  it('indents the comment to the marker of a list\'s first item, as deeper would be indented code', () => {
    assert.equal(applyIgnore('  + Trupanov\n', 1), '  <!-- crosscheck-disable-next-line name-variant -->\n  + Trupanov\n');
    const nested = '1. First\n   - Nested Trupanov\n';
    assert.equal(applyIgnore(nested, 2), '1. First\n   <!-- crosscheck-disable-next-line name-variant -->\n   - Nested Trupanov\n');
  });

  it('keeps the indentation of a continuation paragraph in a list item', () => {
    const text = '- Item\n\n  Trupanov again.\n';
    assert.equal(applyIgnore(text, 3), '- Item\n\n  <!-- crosscheck-disable-next-line name-variant -->\n  Trupanov again.\n');
  });

  it('stays inside a block quote', () => {
    const text = '> Quoted.\n>\n> Trupanov here.\n';
    assert.equal(applyIgnore(text, 3), '> Quoted.\n>\n> <!-- crosscheck-disable-next-line name-variant -->\n> Trupanov here.\n');
  });

  it('writes into the last cell of the row before a table row', () => {
    const text = '| Name | Note |\n| --- | --- |\n| Lavrov | ok |\n| Trupanov | held |\n';
    assert.equal(
      applyIgnore(text, 4),
      '| Name | Note |\n| --- | --- |\n| Lavrov | ok <!-- crosscheck-disable-next-line name-variant --> |\n| Trupanov | held |\n',
    );
  });

  it('wraps the table when the row follows the delimiter row', () => {
    const text = 'Before.\n\n| Name | Note |\n|---|---|\n| Trupanov | held |\n\nAfter.\n';
    assert.equal(
      applyIgnore(text, 5),
      'Before.\n\n<!-- crosscheck-disable name-variant -->\n| Name | Note |\n|---|---|\n| Trupanov | held |\n<!-- crosscheck-enable name-variant -->\n\nAfter.\n',
    );
  });

  it('wraps a table that ends the draft without a final line break', () => {
    const text = '| A |\n|---|\n| Trupanov |';
    assert.equal(applyIgnore(text, 3), '<!-- crosscheck-disable name-variant -->\n| A |\n|---|\n| Trupanov |\n<!-- crosscheck-enable name-variant -->\n');
  });

  it('puts the comment on its own line after a heading', () => {
    assert.equal(applyIgnore('# Title\nTrupanov.\n', 2), '# Title\n<!-- crosscheck-disable-next-line name-variant -->\nTrupanov.\n');
  });

  it('handles CRLF line endings', () => {
    assert.equal(applyIgnore('A line,\r\nTrupanov.\r\n', 2), 'A line, <!-- crosscheck-disable-next-line name-variant -->\r\nTrupanov.\r\n');
  });

  it('returns nothing for a line past the end', () => {
    assert.deepEqual(ignoreInsertions('One line.\n', 5, ['name-variant']), []);
  });
});

/** Drafts with "Trupanov" (a name-variant) on one line, in every place a line can stand in Markdown. */
const PLACES: Record<string, string> = {
  'the only line': 'Trupanov was seen.',
  'the first line, after a blank one': '\nTrupanov was seen.',
  'a paragraph\'s first line': 'Intro.\n\nTrupanov was seen.\nMore.',
  'a paragraph\'s middle line': 'The talks,\nwith Trupanov,\nwent on.',
  'a paragraph\'s last line': 'The talks went on,\nwith Trupanov.',
  'a line after a hard break': 'The talks went on  \nwith Trupanov.',
  'a line after a lone carriage return': 'The talks went on,\rwith Trupanov.\nMore.',
  'a CRLF paragraph\'s middle line': 'The talks,\r\nwith Trupanov,\r\nwent on.',
  'a list\'s first item': '- Trupanov was seen.\n- More.',
  'a first item indented two spaces': '  + Trupanov was seen.',
  'a first item indented three spaces after a paragraph': 'Intro.\n   * Trupanov was seen.',
  'a first item indented after a blank line': 'Intro.\n\n  + Trupanov was seen.\n  + More.',
  'a second item': '- One.\n- Trupanov was seen.',
  'a second item of a loose list': '- One.\n\n- Trupanov was seen.',
  'an item after a nested list': '- One.\n  - Nested.\n- Trupanov was seen.',
  'an item after a continuation line': '- One,\n  more.\n- Trupanov was seen.',
  'a nested first item': '1. First.\n   - Trupanov was seen.',
  'a nested second item': '1. First.\n   - Nested.\n   - Trupanov was seen.',
  'an item after a wider marker': '9. One.\n10. Trupanov was seen.',
  'an item with its content far from the marker': '-     Trupanov was seen.',
  'an item\'s continuation line': '- One,\n  with Trupanov.',
  'an item\'s second paragraph': '- One.\n\n  Trupanov was seen.',
  'an item in a block quote': '> - One.\n> - Trupanov was seen.',
  'a first item in a block quote': '> Intro.\n>\n> - Trupanov was seen.',
  'a table\'s header row': '| Trupanov | Note |\n| --- | --- |\n| a | b |',
  'a table\'s header row after a paragraph': 'Intro.\n\n| Trupanov | Note |\n| --- | --- |\n| a | b |',
  'a table\'s first body row': 'Intro.\n\n| Name | Note |\n| --- | --- |\n| Trupanov | held |\n| b | c |\n\nAfter.',
  'a table\'s later row': '| Name | Note |\n| --- | --- |\n| a | b |\n| Trupanov | held |',
  'a table row without pipes at its ends': 'Name | Note\n--- | ---\na | b\nTrupanov | held',
  'a block quote\'s first line': 'Intro.\n\n> Trupanov was seen.\n> More.',
  'a block quote\'s middle line': '> The talks,\n> with Trupanov,\n> went on.',
  'a block quote\'s second paragraph': '> Quoted.\n>\n> Trupanov was seen.',
  'a heading': 'Intro.\n\n# Trupanov\n\nText.',
  'a heading right after a paragraph': 'Intro.\n## Trupanov',
  'a line after a heading': '# Title\nTrupanov was seen.',
  'a setext heading': 'Trupanov\n========\n\nText.',
  'a line after a setext heading': 'Title\n-----\nTrupanov was seen.',
  'a line after a thematic break': 'Intro.\n\n***\nTrupanov was seen.',
  'a line right after front matter': '---\ntitle: Talks\n---\nTrupanov was seen.',
  'a line right after a code fence': '```\ncode\n```\nTrupanov was seen.',
  'a line right after a tilde fence in a quote': '> ~~~\n> code\n> ~~~\n> Trupanov was seen.',
  'a line after a comment': '<!-- note -->\nTrupanov was seen.',
  'a line right after indented code': '    code.\nTrupanov was seen.',
  'a lazy line of a block quote': '> The talks went on,\nwith Trupanov.',
};

describe('ignore here, checked by the checker', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  const blockKinds = (text: string) => scanMarkdown(text).blocks.map((block) => block.kind);

  for (const [place, draft] of Object.entries(PLACES)) {
    it(`silences a finding on ${place}, the Markdown blocks unchanged`, () => {
      const findings = checkDraft(factBase, draft);
      const finding = findings.find((candidate) => candidate.code === 'name-variant');
      assert.ok(finding, `no name-variant finding in ${JSON.stringify(draft)}`);
      const edited = applyIgnore(draft, finding.range.start.line, finding.code);
      const after = checkDraft(factBase, edited);
      assert.deepEqual(after.filter((other) => other.code === 'name-variant'), [], `still reported in ${JSON.stringify(edited)}`);
      assert.equal(after.length, findings.length - 1, `other findings changed in ${JSON.stringify(edited)}`);
      assert.deepEqual(blockKinds(edited), blockKinds(draft), `blocks changed in ${JSON.stringify(edited)}`);
    });
  }
});
