import { strict as assert } from 'node:assert';
import { scanMarkdown, scanMarkdownWithCheckpoints, type MarkdownScan } from '../../../src/core/text/markdown';
import { assertNearProseTime } from '../prose-time';

/** Each block as [kind, its text in the draft]. */
function blocksOf(markdown: string): [string, string][] {
  return scanMarkdown(markdown).blocks.map((block) => [block.kind, markdown.slice(block.start, block.end)]);
}

/** The prose with runs of spaces collapsed, to compare what is left readable. */
function words(scan: MarkdownScan): string {
  return scan.prose.replace(/[ \t]+/g, ' ').trim();
}

function assertSameShape(markdown: string, prose: string): void {
  assert.equal(prose.length, markdown.length);
  for (let i = 0; i < markdown.length; i++) {
    const code = markdown.charCodeAt(i);
    if (code === 10 || code === 13) assert.equal(prose.charCodeAt(i), code, `line break kept at ${i}`);
    else assert.ok(prose[i] === ' ' || prose[i] === markdown[i], `offset ${i} is either kept or a space`);
  }
}

describe('scanMarkdown', () => {
  it('keeps prose at its offsets and blanks markup with spaces, keeping line breaks', () => {
    const markdown = '# Talks\r\n\r\nOn **February 3**, _Bogdanov_ met `x` [Abu Marzouk](https://x.com/a).\n';
    const scan = scanMarkdown(markdown);
    assertSameShape(markdown, scan.prose);
    assert.equal(words(scan), 'Talks\r\n\r\nOn February 3 , Bogdanov met Abu Marzouk .');
  });

  it('reads ATX headings, with closing hashes, and their levels', () => {
    const markdown = '# Title #\n\n### Sub *part* ###\n\n#NoHeading\n';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(
      scan.blocks.map((block) => [block.kind, markdown.slice(block.start, block.end), block.headingLevel, block.heading]),
      [
        ['heading', 'Title', 1, -1],
        ['heading', 'Sub *part', 3, 0],
        ['paragraph', '#NoHeading', undefined, 1],
      ],
    );
    assert.equal(scan.blocks[0].start, 2);
    assert.equal(scan.blocks[0].end, 7);
  });

  it('reads setext headings and tells them from thematic breaks', () => {
    const markdown = 'Main title\n==========\n\nSection\n---\n\nText\n\n---\n\nMore\n';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['heading', 'Main title'],
      ['heading', 'Section'],
      ['paragraph', 'Text'],
      ['paragraph', 'More'],
    ]);
    assert.deepEqual(scan.blocks.map((block) => block.headingLevel), [1, 2, undefined, undefined]);
    assert.deepEqual(scan.blocks.map((block) => block.heading), [-1, 0, 1, 1]);
    assert.equal(scan.prose.slice(11, 21), ' '.repeat(10), 'the underline is not prose');
  });

  it('keeps a paragraph over several lines as one block, so a name split by a line break stays one', () => {
    const markdown = 'Deputy Foreign Minister Mikhail\nBogdanov met the delegation\nin Moscow.\n\nNext paragraph.';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['paragraph', 'Deputy Foreign Minister Mikhail\nBogdanov met the delegation\nin Moscow.'],
      ['paragraph', 'Next paragraph.'],
    ]);
    assert.equal(scan.blocks[0].start, 0);
    assert.equal(scan.blocks[0].end, 70);
  });

  it('makes each list item a block, nested and ordered, and masks markers and task boxes', () => {
    const markdown = '- first item\n  continues here\n  - nested item\n    1. deep item\n* [x] done task\n2) ordered\n';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['list-item', 'first item\n  continues here'],
      ['list-item', 'nested item'],
      ['list-item', 'deep item'],
      ['list-item', 'done task'],
      ['list-item', 'ordered'],
    ]);
    assertSameShape(markdown, scan.prose);
    assert.equal(scan.prose.indexOf('-'), -1);
    assert.equal(scan.prose.indexOf('[x]'), -1);
    assert.equal(scan.prose.indexOf('1.'), -1);
  });

  it('does not start a list inside a paragraph at a number other than 1', () => {
    const markdown = 'Talks resumed in\n2008. Then they stopped.\n';
    assert.deepEqual(blocksOf(markdown), [['paragraph', 'Talks resumed in\n2008. Then they stopped.']]);
  });

  it('makes each table row a block with its cells, and the delimiter row no prose', () => {
    const markdown = 'Intro\n\n| Name | Date |\n|:-----|-----:|\n| Mikhail Bogdanov | 3 February 2025 |\n| `code` | a \\| b |\n\nAfter';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['paragraph', 'Intro'],
      ['table-row', 'Name | Date'],
      ['table-row', 'Mikhail Bogdanov | 3 February 2025'],
      ['table-row', 'a \\| b'],
      ['paragraph', 'After'],
    ]);
    const cells = scan.blocks.map((block) => block.cells?.map((cell) => markdown.slice(cell.start, cell.end)));
    assert.deepEqual(cells, [undefined, ['Name', 'Date'], ['Mikhail Bogdanov', '3 February 2025'], ['a \\| b'], undefined]);
    const delimiterStart = markdown.indexOf('|:---');
    assert.equal(scan.prose.slice(delimiterStart, delimiterStart + 15), ' '.repeat(15));
    assert.equal(scan.prose.indexOf('|'), markdown.indexOf('\\|') + 1, 'only the escaped pipe is prose');
  });

  it('reads delimiter rows with and without outer pipes, colons and spaces, and nothing else as one', () => {
    const isDelimiterRow = (row: string) => scanMarkdown(`a | b\n${row}\n`).blocks[0]?.kind === 'table-row';
    for (const row of ['|---|---|', '---|---', '| :--- | ---: |', ':-:|:-:', '|-|', '-- | --|  ', '|---|\r', '| --- |\t--- |']) {
      assert.ok(isDelimiterRow(row), JSON.stringify(row));
    }
    for (const row of ['|', '| |', '|:|', '|-x-|', '|---|x', '---', '|--- ---|', '|---|:', '|::-|', '|-:-|', '|---||---|']) {
      assert.ok(!isDelimiterRow(row), JSON.stringify(row));
    }
  });

  it('reads a line of millions of dashes, stars, underscores or delimiter cells without running out of stack', () => {
    for (const piece of ['-', '*', '_', '- ', '|-', '=']) {
      const markdown = `Title\n${piece.repeat(4_000_000 / piece.length)}\n\nText`;
      const scan = scanMarkdown(markdown);
      assert.equal(scan.prose.length, markdown.length);
      assert.equal(scan.blocks[scan.blocks.length - 1]?.kind, 'paragraph', JSON.stringify(piece));
    }
  });

  it('reads a delimiter row, setext underline or thematic break that runs on into a long run of spaces as fast as prose', () => {
    for (const opening of ['- ', '|-', '|---|', '---', '=', '***']) {
      const markdown = `a | b\n${opening}${' '.repeat(100_000)}x\n`;
      assertNearProseTime(JSON.stringify(opening), markdown, scanMarkdown);
    }
  });

  it('strips block quote markers to spaces, nested and lazy', () => {
    const markdown = '> Quoted *text*\n> goes on\n>\n> > nested quote\nlazy line\n\nplain';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['blockquote', 'Quoted *text*\n> goes on'],
      ['blockquote', 'nested quote\nlazy line'],
      ['paragraph', 'plain'],
    ]);
    assert.equal(scan.prose.indexOf('>'), -1);
    assertSameShape(markdown, scan.prose);
  });

  it('reads footnote definitions as blocks and masks footnote references', () => {
    const markdown = 'Trufanov was released.[^note]\n\n[^note]: Reported by TASS on\n    February 3, 2025.\n';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['paragraph', 'Trufanov was released.'],
      ['footnote', 'Reported by TASS on\n    February 3, 2025.'],
    ]);
    assert.equal(scan.prose.indexOf('note'), -1);
    assert.equal(scan.prose.indexOf('^'), -1);
  });

  it('masks fenced code blocks, with backticks and tildes, and an unterminated fence to the end', () => {
    const markdown = 'Before\n```js\nconst name = "Bogdanov";\n```\nBetween\n~~~~\n~~~\nstill code\n~~~~\nAfter\n```\nnever closed\nJanuary 19\n';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['paragraph', 'Before'],
      ['paragraph', 'Between'],
      ['paragraph', 'After'],
    ]);
    assert.equal(words(scan).replace(/\s+/g, ' '), 'Before Between After');
  });

  it('masks indented code blocks but not indented paragraph continuations', () => {
    const markdown = 'Text\n    continued line\n\n    code line\n\nAfter';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['paragraph', 'Text\n    continued line'],
      ['paragraph', 'After'],
    ]);
    assert.equal(scan.prose.indexOf('code'), -1);
  });

  it('masks YAML and TOML front matter at the top only', () => {
    const yaml = '---\ntitle: Mikhail Bogdanov\ndate: 2025-02-03\n---\nBody text';
    assert.deepEqual(blocksOf(yaml), [['paragraph', 'Body text']]);
    assert.equal(scanMarkdown(yaml).prose.indexOf('Mikhail'), -1);
    const toml = '+++\ntitle = "x"\n+++\nBody';
    assert.deepEqual(blocksOf(toml), [['paragraph', 'Body']]);
    const unclosed = '---\nNot front matter';
    assert.deepEqual(blocksOf(unclosed), [['paragraph', 'Not front matter']]);
  });

  it('reads the prose of YAML front matter, list items and values of some words, as blocks of their own, and masks its metadata', () => {
    const yaml = '---\ntitle: Talks\ndate: 2025-02-10\nauthor: Research desk of the institute\nsummary: "The delegation met Bogdanov in Moscow."\ntimeline:\n  - 2024-10 — last aid shipment to Gaza\n  - s000\n  - id: x\n---\nBody text';
    assert.deepEqual(blocksOf(yaml), [
      ['paragraph', 'The delegation met Bogdanov in Moscow.'],
      ['list-item', '2024-10 — last aid shipment to Gaza'],
      ['paragraph', 'Body text'],
    ]);
    const prose = scanMarkdown(yaml).prose;
    for (const hidden of ['Talks', '2025-02-10', 'Research', 'summary', 'timeline', 's000']) assert.equal(prose.indexOf(hidden), -1, hidden);
    assert.notEqual(prose.indexOf('Bogdanov'), -1);
  });

  it('reports HTML comments, inline and over several lines, and masks them', () => {
    const markdown = 'Text <!-- crosscheck-ignore date-conflict --> more\n<!--\nmulti\n\nline -->\nAfter the comment.\n<!-- open';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(
      scan.comments.map((comment) => [comment.start, comment.end, comment.text, comment.textStart]),
      [
        [5, 45, ' crosscheck-ignore date-conflict ', 9],
        [51, 71, '\nmulti\n\nline ', 55],
        [91, 100, ' open', 95],
      ],
    );
    assert.deepEqual(blocksOf(markdown), [
      ['paragraph', 'Text <!-- crosscheck-ignore date-conflict --> more'],
      ['paragraph', 'After the comment.'],
    ]);
    assert.equal(words(scan).replace(/\s+/g, ' '), 'Text more After the comment.');
  });

  it('does not read comments inside code spans or fenced code', () => {
    const markdown = 'Use `<!-- crosscheck-ignore -->` like this:\n\n```md\n<!-- crosscheck-ignore -->\n```\n';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(scan.comments, []);
    assert.deepEqual(blocksOf(markdown), [['paragraph', 'Use `<!-- crosscheck-ignore -->` like this:']]);
  });

  it('continues the text after a multi-line comment on the line where it ends', () => {
    const markdown = 'Start <!-- a\nb --> Bogdanov met\nMarzouk.';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [['paragraph', markdown]]);
    assert.equal(words(scan).replace(/\s+/g, ' '), 'Start Bogdanov met Marzouk.');
  });

  it('masks HTML tags and entities but keeps the text between tags', () => {
    const markdown = 'Met <span class="name" data-x=\'1\'>Bogdanov</span>&nbsp;in<br/>Moscow &amp; a < b';
    const scan = scanMarkdown(markdown);
    assert.equal(words(scan), 'Met Bogdanov in Moscow a < b');
  });

  it('masks code spans of matching backtick runs only', () => {
    const markdown = 'A `code` and ``co`de`` but `unclosed and ```x`` end';
    const scan = scanMarkdown(markdown);
    assert.equal(words(scan), 'A and but `unclosed and ```x`` end');
  });

  it('masks link targets, reference labels and definitions, and keeps link text', () => {
    const markdown =
      'See [the TASS report](https://tass.ru/x_(y) "Title") and ![photo of Bogdanov](img.png) and [RIA][ria] or [Mid][].\n\n[ria]: https://ria.ru/20250203/gaza-1997077712.html "RIA"\n';
    const scan = scanMarkdown(markdown);
    assert.equal(words(scan), 'See the TASS report and photo of Bogdanov and RIA or Mid .');
    assert.deepEqual(blocksOf(markdown).length, 1);
  });

  it('masks autolinks, bare URLs, www addresses, source references and e-mail addresses', () => {
    const markdown =
      'Sources: <https://ria.ru/a>, https://tass.ru/23036213. (www.mid.ru/ru/news) Ria.ru/20250203/gaza-1997077712.html, mail press@mid.ru and U.S./Russia talks.';
    const scan = scanMarkdown(markdown);
    assert.equal(words(scan), 'Sources: , . ( ) , mail and U.S./Russia talks.');
  });

  it('reports Pandoc citations with their keys and masks them', () => {
    const markdown = 'Talks [@s000] and [@s000; @s004] and [see @s002, p. 2] and [-@s001] and [@{s 3}] but not [an @ sign] or a@b.';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(
      scan.citations.map((citation) => [markdown.slice(citation.start, citation.end), citation.keys.map((key) => [key.id, key.start, key.end])]),
      [
        ['[@s000]', [['s000', 8, 12]]],
        ['[@s000; @s004]', [['s000', 20, 24], ['s004', 27, 31]]],
        ['[see @s002, p. 2]', [['s002', 43, 47]]],
        ['[-@s001]', [['s001', 62, 66]]],
        ['[@{s 3}]', [['s 3', 75, 78]]],
      ],
    );
    for (const citation of scan.citations) {
      assert.equal(scan.prose.slice(citation.start, citation.end).trim(), '');
      for (const key of citation.keys) assert.equal(markdown.slice(key.start, key.end), key.id);
    }
    assert.ok(scan.prose.includes('[an @ sign]'));
  });

  it('replaces emphasis markers by spaces, but keeps underscores inside words', () => {
    const markdown = '**Bogdanov** met *Abu Marzouk*, __Hamas__ and snake_case_name; ~~struck text~~ stays hidden, ~121 hostages.';
    const scan = scanMarkdown(markdown);
    assert.equal(words(scan), 'Bogdanov met Abu Marzouk , Hamas and snake_case_name; stays hidden, ~121 hostages.');
    assert.equal(scan.prose.indexOf('Bogdanov'), 2);
  });

  it('handles backslash escapes', () => {
    const markdown = 'Not \\*emphasis\\*, not \\[a link\\](x), a \\\\ backslash';
    const scan = scanMarkdown(markdown);
    assert.equal(words(scan), 'Not *emphasis *, not [a link ](x), a \\ backslash');
  });

  it('trims blocks to their prose and citations and drops blocks with neither', () => {
    const markdown = '# `code only`\n\n**Bold start** end**\n\n[@s000]\n\n![](image.png)\n\nText';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(blocksOf(markdown), [
      ['paragraph', 'Bold start** end'],
      ['paragraph', '[@s000]'],
      ['paragraph', 'Text'],
    ]);
    assert.deepEqual(scan.blocks.map((block) => block.heading), [-1, -1, -1]);
  });

  it('points every block at the nearest heading before it', () => {
    const markdown = '# One\n\ntext a\n\n## Two\n\n- item\n\n# Three\n\n> quote';
    const scan = scanMarkdown(markdown);
    assert.deepEqual(scan.blocks.map((block) => [block.kind, block.heading]), [
      ['heading', -1],
      ['paragraph', 0],
      ['heading', 0],
      ['list-item', 2],
      ['heading', 2],
      ['blockquote', 4],
    ]);
  });

  it('never throws and stays the same shape on odd input', () => {
    const inputs = [
      '',
      '\n\n\n',
      '[[[[[[[[[[',
      ']]]]](((((',
      '<!--',
      '```',
      '> > > > >',
      '| | |\n|-|-|\n| |',
      '\\',
      '`'.repeat(50),
      '*_~'.repeat(100),
      '\u{1F600} emoji \uD800 lone surrogate',
      '- '.repeat(200),
      '#'.repeat(10),
      '[@',
      '[@]',
      '<a href="',
      'www.',
      'http://',
    ];
    for (const input of inputs) {
      const scan = scanMarkdown(input);
      assertSameShape(input, scan.prose);
      for (const block of scan.blocks) assert.ok(block.start < block.end && block.end <= input.length);
    }
  });

  it('stays linear on adversarial input', () => {
    const cases = [
      '[a]('.repeat(40000),
      '<a x="'.repeat(30000),
      '`'.repeat(1000) + ' ' + '` ``'.repeat(20000),
      '['.repeat(50000) + ']'.repeat(50000),
      '- '.repeat(1000).replace(/- /g, (_match, offset: number) => `${' '.repeat(offset % 40)}- x\n`),
      'a/'.repeat(100000),
      '<!-- '.repeat(20000),
      ('>'.repeat(50) + ' text\n').repeat(5000),
      'a'.repeat(200000),
      '[@' + 'x;'.repeat(50000) + ']',
    ];
    for (const input of cases) {
      const started = performance.now();
      scanMarkdown(input);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 2000, `${input.slice(0, 20)}... took ${elapsed.toFixed(0)} ms`);
    }
  });
});

describe('scanMarkdown table cells', () => {
  it('splits a row at its pipes but not at escaped ones', () => {
    const text = '| Lavrov \\| Bogdanov | Moscow |\n|---|---|\n| Haniyeh | Doha |\n';
    const rows = scanMarkdown(text).blocks.filter((block) => block.kind === 'table-row');
    assert.deepEqual(
      rows.map((row) => row.cells!.map((cell) => text.slice(cell.start, cell.end))),
      [['Lavrov \\| Bogdanov', 'Moscow'], ['Haniyeh', 'Doha']],
    );
  });
});

describe('scanMarkdownWithCheckpoints', () => {
  const text = '# Talks\n\nLavrov met *Haniyeh* in `Moscow` <!-- note --> [@s000].\n\n| Lavrov \\| Bogdanov | Moscow |\n|---|---|\n| a | b |\n\nMore prose after the table, long enough to span words of the mask.\n';

  it('composes the same prose from a scratch mask at any byte offset, longer than the text', () => {
    for (let offset = 0; offset < 4; offset++) {
      const mask = new Uint8Array(new ArrayBuffer(offset + text.length + 9), offset, text.length + 9);
      const { scan } = scanMarkdownWithCheckpoints(text, mask);
      assert.deepEqual(scan, scanMarkdown(text));
      assert.ok(mask.every((value) => value === 0));
    }
  });

  it('blanks the markup and keeps the prose', () => {
    const { prose } = scanMarkdown(text);
    assert.equal(prose.length, text.length);
    assert.ok(prose.includes('Lavrov met  Haniyeh  in'));
    assert.ok(!prose.includes('Moscow` <!--'));
    assert.ok(prose.includes('More prose after the table, long enough to span words of the mask.'));
  });
});
