// The Crosscheck views as a person sees them, in a light and a dark theme: the Actors tree opened
// from the activity bar with an actor's titles unfolded, This Draft with an actor's mentions, and the Timeline of the open draft, whose
// events open their passages on a click or on Enter. Screenshots go to test-results/e2e/.
const assert = require('node:assert/strict');
const { Workbench } = require('./workbench');
const { DRAFT_NAME } = require('./example-draft');
const { examplesDir } = require('../harness/paths');

const thisDraftPane = (sidebar) => sidebar.locator('.pane', { has: sidebar.page().locator('.pane-header', { hasText: 'This Draft' }) }).first();

const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' };

for (const [shade, theme] of Object.entries(THEMES)) {
  describe(`the Crosscheck views in a ${shade} theme`, function () {
    this.timeout(120000);
    let workbench;
    let page;

    before(async () => {
      workbench = await Workbench.open(examplesDir, { settings: { 'workbench.colorTheme': theme } });
      page = workbench.page;
      await workbench.openFromExplorer(DRAFT_NAME);
    });

    after(async () => {
      await workbench?.close();
    });

    it('shows the actors by kind in the activity bar, filtered to one with its titles unfolded', async () => {
      await page.locator('.activitybar [aria-label^="Crosscheck"]').first().click();
      const sidebar = page.locator('.part.sidebar');
      const row = (text) => sidebar.locator('.monaco-list-row', { hasText: text }).first();
      await row('Persons').waitFor({ timeout: 20000 });
      // This Draft folded, so that the Actors tree has the side bar's height.
      await thisDraftPane(sidebar).locator('.pane-header[aria-expanded="true"]').click();
      await row('Organisations').waitFor();
      await workbench.runCommand('Crosscheck: Filter Actors…');
      await page.locator('.quick-input-widget input').fill('Bogdanov');
      await page.keyboard.press('Enter');
      await row('Mikhail Bogdanov').click();
      await row('Titles').click();
      await row('Deputy Foreign Minister').waitFor();
      await row('Spellings').click();
      await row('preferred full name').waitFor();
      // A wider side bar, so that the descriptions show.
      const sash = await sidebar.boundingBox();
      await page.mouse.move(sash.x + sash.width - 1, sash.y + 300);
      await page.mouse.down();
      await page.mouse.move(sash.x + 520, sash.y + 300, { steps: 5 });
      await page.mouse.up();
      await workbench.animationsFinished();
      await workbench.screenshot(`views-actors-${shade}`);
    });

    it('shows what the active draft names in This Draft, an actor unfolded to its findings and mentions', async () => {
      await page.locator(`.tab[aria-label^="${DRAFT_NAME}"]`).first().click();
      const sidebar = page.locator('.part.sidebar');
      const pane = thisDraftPane(sidebar);
      // Actors folded, This Draft unfolded.
      await sidebar.locator('.pane-header[aria-expanded="true"]', { hasText: 'Actors' }).click();
      await pane.locator('.pane-header[aria-expanded="false"]').click();
      const row = (text) => pane.locator('.monaco-list-row', { hasText: text }).first();
      await row('Events').waitFor({ timeout: 20000 });
      // Its twistie unfolds a row; a click on the row reveals it in the draft.
      await row('Mikhail Bogdanov').locator('.monaco-tl-twistie').click();
      await row('line ').waitFor();
      await workbench.animationsFinished();
      await workbench.screenshot(`views-this-draft-${shade}`);
    });

    it('draws the timeline of the draft, and an event opens its passage on Enter', async () => {
      const draftTab = page.locator(`.tab[aria-label^="${DRAFT_NAME}"]`).first();
      await draftTab.click();
      await page.keyboard.press('Control+B');
      await workbench.runCommand('Crosscheck: Show Timeline');
      const timeline = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await timeline.locator('svg.timeline').waitFor({ timeout: 20000 });
      // The timeline alone across the window: one editor group, the timeline's tab on top.
      await draftTab.click();
      await workbench.runCommand('View: Join All Editor Groups');
      await page.locator('.tab[aria-label^="Crosscheck Timeline"]').first().click();
      await timeline.locator('svg.timeline').waitFor();
      const events = timeline.locator('g.event');
      assert.ok((await events.count()) > 10, 'events are drawn');
      assert.ok((await timeline.locator('g.event.mentioned').count()) > 0, 'the draft’s events are highlighted');
      assert.ok((await timeline.locator('rect.conflict').count()) > 0, 'the draft’s conflicting date is drawn');
      await page.waitForTimeout(500);
      await workbench.screenshot(`views-timeline-${shade}`);

      const mentioned = timeline.locator('g.event.mentioned').first();
      await mentioned.focus();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active[aria-label*=".txt"]').waitFor({ timeout: 10000 });
      await page.locator('.editor-instance .view-lines .view-line').first().waitFor();
      await workbench.screenshot(`views-passage-${shade}`);
    });
  });
}
