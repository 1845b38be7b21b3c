// The VS Code workbench in headless Chromium, driven as a person would: clicks, the mouse and the
// keyboard, reading only what is on screen.
const fs = require('node:fs');
const path = require('node:path');
const { startCodeServer } = require('../harness/code-server');
const { launchBrowser } = require('../harness/browser');
const { resultsDir, repoRoot } = require('../harness/paths');

const screenshotsDir = path.join(resultsDir, 'e2e');

/** The text of an element as shown, with the non-breaking spaces the editor renders made plain. */
const shownText = (text) => text.replace(/\u00a0/g, ' ');

class Workbench {
  /**
   * Starts a server and opens `folder` in it, with the extension installed from `vsix` or, without
   * one, loaded from the repository as in development; `settings` go to the user settings.
   */
  static async open(folder, { vsix, settings } = {}) {
    const server = await startCodeServer({ extensions: vsix ? [vsix] : [], settings });
    const { browser, page } = await launchBrowser().catch(async (error) => {
      await server.stop();
      throw error;
    });
    const query = new URLSearchParams({ folder });
    if (!vsix) query.set('payload', JSON.stringify([['extensionDevelopmentPath', `vscode-remote://remote${repoRoot}`]]));
    await page.goto(`${server.url}/?${query}`);
    await page.locator('.monaco-workbench .part.sidebar').waitFor({ timeout: 60000 });
    return new Workbench(server, browser, page);
  }

  constructor(server, browser, page) {
    this.server = server;
    this.browser = browser;
    this.page = page;
  }

  async close() {
    await this.browser.close();
    await this.server.stop();
  }

  /** Saves a screenshot as test-results/e2e/<name>.png, or at `file` when given. */
  async screenshot(name, file = path.join(screenshotsDir, `${name}.png`)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
  }

  async openFromExplorer(fileName) {
    await this.page.getByRole('treeitem', { name: fileName, exact: true }).click();
    await this.page.locator(`.tab.active[aria-label^="${fileName}"]`).waitFor();
    await this.page.locator('.editor-instance .view-lines .view-line').first().waitFor();
  }

  /** Runs a command from the Command Palette by its title, as "Crosscheck: Show Timeline". */
  async runCommand(title) {
    const input = this.page.locator('.quick-input-widget input');
    // A focus change right after a key (the side bar closing) may close the palette as it opens: open it again.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      try {
        await input.fill(`>${title}`, { timeout: 5000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Moves the cursor to a 1-based line with Go to Line, which also scrolls it into view. */
  async goToLine(line) {
    await this.page.locator('.editor-instance .view-lines').first().click();
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
  }

  /** The screen box of the first occurrence of `text` among the editor's visible lines, top to bottom. */
  async boxOf(text) {
    return this.page.evaluate((wanted) => {
      const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')];
      lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let content = '';
        while (walker.nextNode()) {
          nodes.push({ node: walker.currentNode, start: content.length });
          content += walker.currentNode.textContent.replace(/\u00a0/g, ' ');
        }
        const index = content.indexOf(wanted);
        if (index < 0) continue;
        const at = (offset) => {
          const hit = nodes.findLast((entry) => entry.start <= offset);
          return [hit.node, offset - hit.start];
        };
        const range = document.createRange();
        range.setStart(...at(index));
        range.setEnd(...at(index + wanted.length - 1));
        const box = range.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      }
      return null;
    }, text);
  }

  /** Hovers `text` in the editor until a hover card shows; resolves to the card's text. */
  async hover(text, { attempts = 10 } = {}) {
    const card = this.page.locator('.monaco-hover:not(.hidden)').first();
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const box = await this.boxOf(text);
      if (!box) throw new Error(`"${text}" is not on screen in the editor`);
      await this.page.mouse.move(5, 5);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
      const shown = await card.waitFor({ timeout: 3000 }).then(() => true, () => false);
      // Activation is lazy: until the extension answers, no card (or an empty one) shows.
      const cardText = shown ? await this.settledText(card) : '';
      if (cardText) {
        await this.animationsFinished();
        return cardText;
      }
    }
    throw new Error(`no hover card appeared over "${text}"`);
  }

  /**
   * What the shown hover card renders as links and images: each <a> with its href and data-href,
   * each <img> with its src, as the workbench put them in the page.
   */
  async hoverElements() {
    return this.page.locator('.monaco-hover:not(.hidden)').first().evaluate((card) => ({
      links: [...card.querySelectorAll('a')].map((link) => ({ text: link.textContent, href: link.getAttribute('href'), dataHref: link.getAttribute('data-href') })),
      images: [...card.querySelectorAll('img')].map((image) => image.getAttribute('src')),
      html: [...card.querySelectorAll('script, iframe, object, embed, b')].map((element) => element.outerHTML),
    }));
  }

  /**
   * The element's text once it has stopped changing: a hover card reads "Loading..." until every
   * provider has answered. Empty when it never settles.
   */
  async settledText(element, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    let previous;
    while (Date.now() < deadline) {
      const text = await element.innerText({ timeout: 1000 }).then(shownText, () => '');
      if (text === previous && text.trim() && !/^Loading\W*$/m.test(text)) return text.trim();
      previous = text;
      await this.page.waitForTimeout(200);
    }
    return '';
  }

  /** Waits for the fade-ins to end, so a screenshot shows what a person sees. */
  async animationsFinished() {
    await this.page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    );
  }

  /** Opens the Problems panel from the status bar; resolves to the text of its rows. */
  async openProblems() {
    // The status bar item toggles the panel: click it only when the panel is closed.
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.locator('[id="status.problems"]').click();
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 10000 });
    return (await rows.allInnerTexts()).map(shownText);
  }

  /** The errors, warnings and infos the status bar counts (its label reads e.g. "Warnings: 2"). */
  async problemCount() {
    const label = (await this.page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
    return (label.match(/\d+/g) ?? []).reduce((sum, number) => sum + Number(number), 0);
  }

  waitForProblemCountBelow(count) {
    return this.poll(() => this.problemCount(), (now) => now < count);
  }

  /** The editor's visible text, its rows in screen order. */
  async editorText() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((line) => line.textContent.replace(/\u00a0/g, ' '))
        .join('\n'),
    );
  }

  /** Opens the quick fix menu (Ctrl+.) at the cursor; resolves to the titles it offers. */
  async openQuickFixes() {
    await this.page.keyboard.press('Control+.');
    const items = this.page.locator('.action-widget .monaco-list-row.action');
    await items.first().waitFor({ timeout: 5000 });
    return (await items.allInnerTexts()).map((text) => shownText(text).trim());
  }

  /** Picks `title` in the open quick fix menu with the arrow keys and Enter. */
  async chooseQuickFix(title) {
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    const count = await this.page.locator('.action-widget .monaco-list-row.action').count();
    for (let step = 0; step < count; step += 1) {
      if ((await focused.getAttribute('aria-label')) === title) return this.page.keyboard.press('Enter');
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`the quick fix menu has no "${title}"`);
  }

  /**
   * Goes through the crosscheck rows of the Problems panel, opening each finding in the editor and
   * its quick fix menu, until one offers a title `isWanted` accepts: resolves to that title, the
   * menu left open.
   */
  async findQuickFix(isWanted) {
    const rows = this.page.locator('.markers-panel .monaco-list-row', { hasText: 'crosscheck' });
    const count = await rows.count();
    for (let index = 0; index < count; index += 1) {
      await rows.nth(index).click();
      await this.page.keyboard.press('Enter');
      const titles = await this.openQuickFixes().catch(() => []);
      const wanted = titles.find(isWanted);
      if (wanted) return wanted;
      await this.page.keyboard.press('Escape');
      await this.openProblems();
    }
    return undefined;
  }

  waitForTextChange(before) {
    return this.poll(() => this.editorText(), (text) => text !== before);
  }

  /** Reads every 100 ms until `isDone(value)` or the time is up; resolves to the last value read. */
  async poll(read, isDone, timeoutMs = 10000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (isDone(value) || Date.now() > deadline) return value;
      await this.page.waitForTimeout(100);
    }
  }

}

module.exports = { Workbench };
