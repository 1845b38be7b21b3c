import * as assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check/checker';
import { ignoreInsertions, type Insertion } from '../../../src/core/editor/ignore';
import type { Finding } from '../../../src/core/check/types';
import type { FactBase } from '../../../src/core/factbase/types';
import { scanMarkdown } from '../../../src/core/text/markdown';
import { assertNearProseTime } from '../prose-time';
import { bundledFactBase } from './bundled';

/** Ignores the finding on a line (1-based) that starts at `word` there, or at the line's start. */
function applyIgnore(text: string, line: number, code = 'name-variant', word = 'Trupanov'): string {
  const lineStart = text.split('\n').slice(0, line - 1).reduce((offset, above) => offset + above.length + 1, 0);
  const inLine = text.slice(lineStart).split('\n')[0].indexOf(word);
  return applied(text, ignoreInsertions(text, { line, offset: lineStart + Math.max(0, inLine) }, [code]));
}

function applied(text: string, insertions: Insertion[]): string {
  insertions = [...insertions].sort((a, b) => b.offset - a.offset);
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

  it('ends the line before a paragraph\'s middle line where a sentence ends, so the paragraph stays whole', () => {
    const text = 'The talks went on.\nTrupanov was named.\n';
    assert.equal(applyIgnore(text, 2), 'The talks went on. <!-- crosscheck-disable-next-line name-variant -->\nTrupanov was named.\n');
  });

  it('puts crosscheck-ignore right before the finding when a sentence runs on across the line break', () => {
    const text = 'The talks went on,\nwith Trupanov named, and Trupanov again.\n';
    assert.equal(applyIgnore(text, 2), 'The talks went on,\nwith <!-- crosscheck-ignore name-variant -->Trupanov named, and Trupanov again.\n');
  });

  it('never puts crosscheck-ignore after a backslash, which would escape it', () => {
    const text = 'The talks went on,\n\\Trupanov named.\n';
    assert.equal(applyIgnore(text, 2), '<!-- crosscheck-disable name-variant -->\nThe talks went on,\n\\Trupanov named. <!-- crosscheck-enable name-variant -->\n');
  });

  it('puts crosscheck-ignore at the end of the line before when the finding opens its line', () => {
    const text = 'The talks went on with\nTrupanov named.\n';
    assert.equal(applyIgnore(text, 2), 'The talks went on with <!-- crosscheck-ignore name-variant -->\nTrupanov named.\n');
    const quoted = '> The talks went on with\n> Trupanov named.\n';
    assert.equal(applyIgnore(quoted, 2), '> The talks went on with <!-- crosscheck-ignore name-variant -->\n> Trupanov named.\n');
  });

  it('wraps the lines of the sentence when crosscheck-ignore would fall inside the words of another finding', () => {
    const text = 'The talks went on,\nwith Trupanov named.\n';
    const around = { start: text.indexOf('with'), end: text.indexOf(' named') };
    assert.equal(
      applied(text, ignoreInsertions(text, { line: 2, offset: text.indexOf('Trupanov') }, ['name-variant'], [around])),
      '<!-- crosscheck-disable name-variant -->\nThe talks went on,\nwith Trupanov named. <!-- crosscheck-enable name-variant -->\n',
    );
  });

  it('wraps only the lines the sentence joins, between line breaks where sentences end', () => {
    const text = 'Talks began.\nThey went on,\nwith Trupanov named,\ninto the night.\nThey ended.\n';
    const spanning = { start: text.indexOf('on,'), end: text.indexOf(' named') };
    assert.equal(
      applied(text, ignoreInsertions(text, { line: 3, offset: text.indexOf('Trupanov') }, ['name-variant'], [spanning])),
      'Talks began. <!-- crosscheck-disable name-variant -->\nThey went on,\nwith Trupanov named,\ninto the night. <!-- crosscheck-enable name-variant -->\nThey ended.\n',
    );
  });

  it('keeps a hard line break of two spaces or a backslash', () => {
    assert.equal(applyIgnore('First line.  \nTrupanov.\n', 2), 'First line. <!-- crosscheck-disable-next-line name-variant -->  \nTrupanov.\n');
    const met = 'They met,\nwith Trupanov.  \nThen left.\n';
    assert.equal(
      applied(met, ignoreInsertions(met, { line: 2, offset: met.indexOf('Trupanov') }, ['name-variant'], [{ start: 0, end: met.indexOf('.') }])),
      '<!-- crosscheck-disable name-variant -->\nThey met,\nwith Trupanov. <!-- crosscheck-enable name-variant -->  \nThen left.\n',
    );
    assert.equal(applyIgnore('They met with\\\nTrupanov.\n', 2), 'They met with <!-- crosscheck-ignore name-variant -->\\\nTrupanov.\n');
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
    assert.equal(applyIgnore('A line.\r\nTrupanov.\r\n', 2), 'A line. <!-- crosscheck-disable-next-line name-variant -->\r\nTrupanov.\r\n');
    assert.equal(applyIgnore('A line,\r\nTrupanov.\r\n', 2), 'A line, <!-- crosscheck-ignore name-variant -->\r\nTrupanov.\r\n');
  });

  it('stays inside a deep block quote, and finds where to write as fast as in prose', () => {
    const quote = '>  '.repeat(40);
    assert.equal(applyIgnore(`${quote}- Item\n${quote}- Trupanov here.\n`, 2), `${quote}- Item\n${quote}  <!-- crosscheck-disable-next-line name-variant -->\n${quote}- Trupanov here.\n`);
    const deep = `${'>  '.repeat(30_000)}Trupanov here.\n`;
    assertNearProseTime('deep quote', deep, (text) => ignoreInsertions(text, { line: 1, offset: text.length - 15 }, ['name-variant']));
  });

  it('finds where to write after a table, list marker or hard break followed by a long run of spaces as fast as in prose', () => {
    for (const line of ['|---|', '- x', 'Trupanov,', 'a | b']) {
      const text = `Before.\n${line}${' '.repeat(100_000)}x \\\nTrupanov here.\n`;
      assertNearProseTime(JSON.stringify(line), text, (draft) => ignoreInsertions(draft, { line: 3, offset: draft.length - 15 }, ['name-variant']));
    }
  });

  it('returns nothing for a line past the end', () => {
    assert.deepEqual(ignoreInsertions('One line.\n', { line: 5, offset: 10 }, ['name-variant']), []);
  });
});

/** Drafts with "Trupanov" (a name-variant) on one line, in every place a line can stand in Markdown. */
const PLACES: Record<string, string> = {
  'the only line': 'Trupanov was seen.',
  'the first line, after a blank one': '\nTrupanov was seen.',
  'a paragraph\'s first line': 'Intro.\n\nTrupanov was seen.\nMore.',
  'a paragraph\'s middle line': 'The talks,\nwith Trupanov,\nwent on.',
  'a paragraph\'s last line': 'The talks went on,\nwith Trupanov.',
  'a paragraph\'s line after a sentence ends': 'The talks went on.\nTrupanov was seen,\nthey said.',
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
  'a block quote\'s line after a sentence ends': '> The talks went on.\n> Trupanov was seen,\n> they said.',
  'an item\'s line after a sentence ends': '- The talks went on.\n  Trupanov was seen,\n  they said.',
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
  'a line after a comment that opens on the line before': 'The talks went on. <!-- a note\nthat goes on --> Trupanov was seen.',
  'a line before a comment that is never closed': 'The talks went on,\nwith Trupanov <!--\nHniyh',
  'a line right after indented code': '    code.\nTrupanov was seen.',
  'a lazy line of a block quote': '> The talks went on,\nwith Trupanov.',
};

/**
 * Drafts where a finding's words run across a line break: the role-conflict on "Foreign\nMinister Naim"
 * (or "Naim, the\nforeign minister"), the date-conflict on "March\n1 2006". Ignoring a finding on the
 * line after must not write into them.
 */
const SPANNING: Record<string, string> = {
  'a paragraph': 'Meshaal Marzouk Foreign\nMinister Naim talk March 1 2006',
  'a paragraph after a sentence': 'Hamas came to Moscow.\nMeshaal Marzouk Foreign\nMinister Naim talk March 1 2006',
  'a paragraph going on after the sentence': 'Meshaal Marzouk Foreign\nMinister Naim talk March 1 2006.\nLater Trupanov was seen.',
  'an appositive': 'Meshaal met Basem Naim, the\nforeign minister, and Trupanov.',
  'a date': 'Meshaal Marzouk Naim talk March\n1 2006, Meshaal said.',
  'a list item': '- Meshaal Marzouk Foreign\n  Minister Naim talk March 1 2006',
  'a second list item': '- Hamas came.\n- Meshaal Marzouk Foreign\n  Minister Naim talk March 1 2006',
  'a block quote': '> Meshaal Marzouk Naim talk March\n> 1 2006, Meshaal said.',
  'a lazy line of a block quote': '> Meshaal Marzouk Foreign\nMinister Naim talk March 1 2006',
  'CRLF lines': 'Meshaal Marzouk Foreign\r\nMinister Naim talk March 1 2006\r\n',
};

describe('ignore here, checked by the checker', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  const blockKinds = (text: string) => scanMarkdown(text).blocks.map((block) => block.kind);
  const described = (findings: Finding[], text: string) =>
    findings.map((finding) => `${finding.code} ${finding.message} @${text.slice(finding.range.start.offset, finding.range.end.offset)}`).sort();

  /**
   * Ignores the finding and checks that it is gone and that the findings of other codes keep their
   * words and messages (findings of its code near it may be silenced with it).
   */
  function assertIgnoresOnly(draft: string, finding: Finding): void {
    const before = checkDraft(factBase, draft);
    const words = before.map(({ range }) => ({ start: range.start.offset, end: range.end.offset }));
    const insertions = ignoreInsertions(draft, finding.range.start, [finding.code], words);
    const edited = applied(draft, insertions);
    const after = checkDraft(factBase, edited);
    const movedStart = insertions
      .filter((insertion) => insertion.offset <= finding.range.start.offset)
      .reduce((offset, insertion) => offset + insertion.text.length, finding.range.start.offset);
    const stays = after.find((other) => other.code === finding.code && other.range.start.offset === movedStart);
    assert.ok(!stays, `${finding.code} on line ${finding.range.start.line} still reported in ${JSON.stringify(edited)}`);
    const otherCodes = (list: Finding[]) => list.filter((other) => other.code !== finding.code);
    assert.deepEqual(described(otherCodes(after), edited), described(otherCodes(before), draft), `other findings changed in ${JSON.stringify(edited)}`);
    assert.deepEqual(blockKinds(edited), blockKinds(draft), `blocks changed in ${JSON.stringify(edited)}`);
  }

  for (const [place, draft] of Object.entries(PLACES)) {
    it(`silences a finding on ${place}, the Markdown blocks unchanged`, () => {
      const findings = checkDraft(factBase, draft);
      const finding = findings.find((candidate) => candidate.code === 'name-variant');
      assert.ok(finding, `no name-variant finding in ${JSON.stringify(draft)}`);
      assertIgnoresOnly(draft, finding);
      const after = checkDraft(factBase, applied(draft, ignoreInsertions(draft, finding.range.start, [finding.code])));
      assert.equal(after.length, findings.length - 1, 'other findings silenced or added');
    });
  }

  for (const [place, draft] of Object.entries(SPANNING)) {
    it(`silences each finding of ${place} with a finding across a line break, and only that one`, () => {
      const findings = checkDraft(factBase, draft);
      assert.ok(findings.some((finding) => finding.range.start.line < finding.range.end.line), `no finding across a line break in ${JSON.stringify(draft)}`);
      for (const finding of findings) assertIgnoresOnly(draft, finding);
    });
  }
});
