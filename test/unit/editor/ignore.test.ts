import * as assert from 'node:assert/strict';
import { ignoreInsertions } from '../../../src/core/editor/ignore';

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
    const nested = '1. First\n   - Nested Trupanov\n';
    assert.equal(applyIgnore(nested, 2), '1. First\n     <!-- crosscheck-disable-next-line name-variant -->\n   - Nested Trupanov\n');
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
