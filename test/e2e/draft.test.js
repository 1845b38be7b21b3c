// A person opens a draft with errors from the Explorer, hovers a name, reads the Problems panel and
// applies a quick fix. Screenshots of each step go to test-results/e2e/.
const assert = require('node:assert/strict');
const { Workbench } = require('./workbench');
const { DRAFT_NAME, draftText, peopleNamed } = require('./example-draft');
const { examplesDir } = require('../harness/paths');

const CODES = ['date-conflict', 'name-variant', 'name-misspelled', 'name-mismatch', 'role-conflict', 'age-conflict', 'place-conflict'];

// A fix that replaces text is titled "Replace with “X”", an explanation possibly following.
const REPLACING_FIX = /^Replace with “([^”]+)”/;
const replacementIn = (title) => REPLACING_FIX.exec(title)[1];

describe('a draft in the workbench', function () {
  this.timeout(90000);
  let workbench;

  before(async () => {
    workbench = await Workbench.open(examplesDir);
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens from the Explorer', async () => {
    await workbench.openFromExplorer(DRAFT_NAME);
    await workbench.screenshot('1-draft-open');
  });

  it('shows the canonical name and a title when a name is hovered', async () => {
    const [{ form, line, actor }] = peopleNamed(draftText());
    await workbench.goToLine(line);
    const card = await workbench.hover(form);
    await workbench.screenshot('2-hover');
    assert.ok(card.includes(actor.name), `the hover over "${form}" does not name ${actor.name}:\n${card}`);
    const titles = (actor.titles ?? []).map(({ title }) => title);
    if (titles.length > 0) {
      assert.ok(titles.some((title) => card.includes(title)), `the hover over "${form}" gives none of the titles ${titles.join('; ')}:\n${card}`);
    }
  });

  it('lists crosscheck findings in the Problems panel', async () => {
    const rows = await workbench.openProblems();
    await workbench.screenshot('3-problems');
    const findings = rows.filter((row) => row.includes('crosscheck') && CODES.some((code) => row.includes(code)));
    assert.ok(findings.length > 0, `no crosscheck finding among the Problems rows:\n${rows.join('\n')}`);
  });

  it('applies a "Replace with" quick fix', async () => {
    const fix = await workbench.findQuickFix((title) => REPLACING_FIX.test(title));
    assert.ok(fix, 'no finding in the Problems panel offers a "Replace with" quick fix');
    await workbench.screenshot('4-quick-fix-menu');
    const before = await workbench.editorText();
    const problemsBefore = await workbench.problemCount();
    await workbench.chooseQuickFix(fix);
    const after = await workbench.waitForTextChange(before);
    const problemsAfter = await workbench.waitForProblemCountBelow(problemsBefore);
    await workbench.screenshot('5-quick-fix-applied');
    const count = (text) => text.split(replacementIn(fix)).length - 1;
    assert.ok(count(after) > count(before), `"${fix}" did not put its text in the draft, which reads:\n${after}`);
    assert.ok(problemsAfter < problemsBefore, `the Problems count stayed at ${problemsBefore} after "${fix}"`);
  });
});
