// Every example draft checked against the bundled fact base gives exactly the findings listed in
// test/examples/NAME.expected.json. Run with CROSSCHECK_UPDATE_EXAMPLES=1 to rewrite those files after
// reviewing a deliberate change.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../src/core/check/checker';
import type { Finding } from '../../src/core/check/types';
import { bundledFactBase } from './editor/bundled';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const EXPECTED = path.join(__dirname, '..', 'examples');
const SOURCES = path.join(__dirname, '..', '..', 'dataset', 'sources');

interface ExpectedFinding {
  code: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text the finding covers, for whoever reads the file. */
  text: string;
  fixes: string[];
  message: string;
}

function expected(text: string, finding: Finding): ExpectedFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
    text: text.slice(finding.range.start.offset, finding.range.end.offset),
    fixes: finding.fixes.map((fix) => fix.replacement),
    message: finding.message,
  };
}

/** What the comparison covers: everything but the message, whose wording may be improved freely. */
function compared({ message: _message, ...rest }: ExpectedFinding): Omit<ExpectedFinding, 'message'> {
  return rest;
}

describe('examples', () => {
  const drafts = fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.md')).sort();

  it('has drafts with findings of every code and drafts without any', () => {
    const codes = new Set<string>();
    let clean = 0;
    for (const draft of drafts) {
      const findings = JSON.parse(fs.readFileSync(path.join(EXPECTED, draft.replace(/\.md$/, '.expected.json')), 'utf8')) as ExpectedFinding[];
      findings.forEach((finding) => codes.add(finding.code));
      if (findings.length === 0) clean++;
    }
    assert.deepEqual([...codes].sort(), ['age-conflict', 'date-conflict', 'name-mismatch', 'name-misspelled', 'name-variant', 'place-conflict', 'quote-mismatch', 'role-conflict', 'unknown-source']);
    assert.ok(clean >= 1, 'at least one example is correct throughout');
  });

  for (const draft of drafts) {
    it(`${draft} gives exactly the expected findings`, async () => {
      const text = fs.readFileSync(path.join(EXAMPLES, draft), 'utf8');
      const actual = checkDraft(await bundledFactBase(), text).map((finding) => expected(text, finding));
      const expectedFile = path.join(EXPECTED, draft.replace(/\.md$/, '.expected.json'));
      if (process.env.CROSSCHECK_UPDATE_EXAMPLES) fs.writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      const wanted = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as ExpectedFinding[];
      assert.deepEqual(actual.map(compared), wanted.map(compared));
    });
  }
});

describe('the source documents checked as drafts', () => {
  for (const file of fs.readdirSync(SOURCES).filter((name) => name.endsWith('.txt')).sort()) {
    it(`${file} conflicts with nothing and only uses minority spellings`, async () => {
      const factBase = await bundledFactBase();
      const text = fs.readFileSync(path.join(SOURCES, file), 'utf8');
      const sourceId = [...factBase.sources.values()].find((source) => source.resolvedFile.endsWith(file))?.id;
      assert.ok(sourceId, `${file} is a source of the bundled fact base`);
      const findings = checkDraft(factBase, text);
      assert.deepEqual(findings.filter((finding) => finding.code !== 'name-variant').map((finding) => `${finding.code} ${finding.range.start.line}:${finding.range.start.column} ${finding.message}`), []);
      for (const finding of findings) {
        const written = text.slice(finding.range.start.offset, finding.range.end.offset);
        const spelling = [...factBase.actors.values()].flatMap((actor) => [...actor.spellings, ...actor.shortForms]).find((form) => form.text.toLowerCase() === written.toLowerCase());
        assert.ok(spelling?.suggestion, `“${written}” is a variant spelling`);
        assert.ok((spelling.uses[sourceId] ?? 0) > 0, `${sourceId} uses “${written}”, as the fact base records`);
      }
    });
  }
});
