// The picture of the demo in the README: the example draft open, its findings in the Problems panel
// and the hover card of the last person it names.
const { Workbench } = require('./workbench');
const { DRAFT_NAME, draftText, peopleNamed } = require('./example-draft');
const { examplesDir } = require('../harness/paths');

async function takeDemoScreenshot(vsix, file) {
  const workbench = await Workbench.open(examplesDir, { vsix });
  try {
    await workbench.openFromExplorer(DRAFT_NAME);
    await workbench.openProblems();
    const { form, line } = peopleNamed(draftText()).at(-1); // its card covers no other line
    await workbench.goToLine(line);
    await workbench.hover(form);
    await workbench.screenshot('demo', file);
  } finally {
    await workbench.close();
  }
}

module.exports = { takeDemoScreenshot };
