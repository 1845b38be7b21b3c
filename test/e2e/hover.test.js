// A person hovers the name of an actor the sources say much about: the card leads with one line (name,
// latest title, how the sources stand by the spelling, a "Reveal in Actors" link), gives each section
// a line of a few items, fits the card without scrolling, and its link opens the actor in the Actors view.
// Screenshots go to test-results/e2e/.
const assert = require('node:assert/strict');
const { Workbench } = require('./workbench');
const { examplesDir } = require('../harness/paths');

const DRAFT = 'moscow-talks-2025.md';
const NAME = 'Mousa Abu Marzouk';

describe('the hover of a name the sources say much about', function () {
  this.timeout(90000);
  let workbench;
  let page;

  before(async () => {
    workbench = await Workbench.open(examplesDir);
    page = workbench.page;
    await workbench.openFromExplorer(DRAFT);
  });

  after(async () => {
    await workbench?.close();
  });

  async function assertCardFits() {
    const { scrollHeight, clientHeight } = await page
      .locator('.monaco-hover:not(.hidden) .monaco-hover-content')
      .first()
      .evaluate((content) => ({ scrollHeight: content.scrollHeight, clientHeight: content.clientHeight }));
    assert.ok(scrollHeight <= clientHeight, `the card scrolls: ${scrollHeight} px of content in ${clientHeight} px`);
  }

  it('leads with one line and cuts its sections short, fitting the card', async () => {
    await workbench.goToLine(5);
    const card = await workbench.hover(NAME);
    await workbench.screenshot('hover-trimmed');
    const lines = card.split('\n').filter((line) => line.trim());
    const lead = lines.find((line) => line.startsWith(NAME));
    assert.equal(lead, `${NAME} · person · Deputy Chairman of the Hamas Politburo · preferred full name · Reveal in Actors`, card);
    assert.match(card, /^Titles: .+ · \d+ more titles in the Actors view$/m);
    assert.match(card, /^Spellings: .+ · \d+ more spellings in the Actors view$/m);
    assert.match(card, /^The sources say: “[^”]+” — s\d+, line \d+ · \d+ more quotes$/m);
    await assertCardFits();
  });

  it('opens the actor in the Actors view from its Reveal in Actors link', async () => {
    const card = page.locator('.monaco-hover:not(.hidden)').first();
    if (!(await card.isVisible())) await workbench.hover(NAME);
    await card.getByText('Reveal in Actors', { exact: true }).click();
    const selected = page.locator('.part.sidebar .monaco-list-row.selected', { hasText: NAME });
    await selected.waitFor({ timeout: 10000 });
    await workbench.animationsFinished();
    await workbench.screenshot('hover-revealed');
  });

  it('fits the card of Mikhail Bogdanov too, whose hover is the longest of the bundled fact base', async () => {
    await workbench.goToLine(14);
    const card = await workbench.hover('Mikhail Bogdanov');
    await workbench.screenshot('hover-longest');
    assert.ok(card.split('\n').some((line) => line.startsWith('Mikhail Bogdanov · person · ')), card);
    await assertCardFits();
  });
});
