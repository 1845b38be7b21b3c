// A person hovers the names and citations of a draft whose fact base and citation keys are written to
// break out of the hover's Markdown: the card shows that text as text, with no image, no HTML and no
// link but the ones to source passages and the one revealing the actor of the fact base.
const assert = require('node:assert/strict');
const path = require('node:path');
const { Workbench } = require('./workbench');
const { repoRoot } = require('../harness/paths');

const folder = path.join(repoRoot, 'test', 'integration', 'fixtures', 'hostile');

describe('a hostile fact base in the workbench', function () {
  this.timeout(90000);
  let workbench;

  before(async () => {
    workbench = await Workbench.open(folder);
    await workbench.openFromExplorer('draft.md');
  });

  after(async () => {
    await workbench?.close();
  });

  for (const [what, line, text] of [
    ['a name whose actor holds Markdown and HTML', 3, 'Anna Berg'],
    ['a citation of a source whose title holds Markdown', 3, 'notice'],
    ['a citation key written to end its code span', 5, 'x` ![i]'],
  ]) {
    it(`renders ${what} as text, with passage and actor links only`, async () => {
      await workbench.goToLine(line);
      const card = await workbench.hover(text);
      await workbench.screenshot(`hostile-${line}-${text.replace(/\W+/g, '')}`);
      const { links, images, html } = await workbench.hoverElements();
      assert.match(card, /attacker\.example/, `the hostile text is not shown:\n${card}`);
      assert.deepEqual(images, [], 'the card shows images');
      assert.deepEqual(html, [], 'the card renders HTML from the fact base');
      for (const link of links) {
        const target = link.dataHref ?? link.href ?? '';
        if (link.text === 'Reveal in Actors') assert.equal(target, `command:crosscheck.revealActor?${encodeURIComponent(JSON.stringify(['anna-berg']))}`);
        // The workbench's own actions on a diagnostic, which link nowhere.
        else if (/^(?:View Problem|Quick Fix|No quick fixes available)/.test(link.text)) assert.equal(target, '', `the card links "${link.text}" to ${target}`);
        // A diagnostic's code links to its section of the extension's own findings page.
        else if (/^[a-z]+(?:-[a-z]+)+$/.test(link.text)) assert.match(target, new RegExp(`/docs/findings\\.md#${link.text}$`), `the card links "${link.text}" to ${target}`);
        else assert.match(target, /^command:crosscheck\.openPassage\?/, `the card links "${link.text}" to ${target}`);
      }
    });
  }
});
