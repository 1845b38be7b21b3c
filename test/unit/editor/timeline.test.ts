import * as assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check';
import { draftTimeline, escapeXml, timelineHtml, timelineSvg } from '../../../src/core/editor/timeline';
import { createMemoryFileReader, loadFactBase } from '../../../src/core/factbase';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

const page = { nonce: 'n0nce' };

/** The <g class="event ..."> elements of the SVG: their classes and data attributes. */
function events(svg: string): { classes: string[]; event: string; source: string; label: string }[] {
  return [...svg.matchAll(/<g class="(event[^"]*)" tabindex="0" role="button" data-event="([^"]*)" data-source="([^"]*)" aria-label="([^"]*)">/g)].map((match) => ({
    classes: match[1]!.split(' '),
    event: match[2]!,
    source: match[3]!,
    label: match[4]!,
  }));
}

const HOSTILE_NAME = `Talks </text><script>alert("x")</script> & 'quotes' "here"`;

async function hostileFactBase(): Promise<FactBase> {
  const sourceText = 'On 3 May 2020 Ivan Petrov met the board. <img src=x onerror=alert(1)>';
  const yaml = `version: 1
sources:
  - id: s1
    file: s1.txt
    title: "<b>Title</b> \\"quoted\\""
actors:
  - id: ivan-petrov
    type: person
    name: Ivan Petrov
    spellings: [{ text: Ivan Petrov, uses: { s1: 1 } }]
    evidence: [{ source: s1, quote: Ivan Petrov met the board }]
events:
  - id: board-meeting
    name: ${JSON.stringify(HOSTILE_NAME)}
    words: [met]
    date: 2020-05-03
    participants: [ivan-petrov]
    evidence: [{ source: s1, quote: On 3 May 2020 Ivan Petrov met the board }]
`;
  const { factBase, problems } = await loadFactBase([{ file: '/f/facts.yaml', text: yaml }], createMemoryFileReader(new Map([['/f/s1.txt', sourceText]])));
  assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  return factBase;
}

describe('timeline', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  it('draws each dated event in the lane of every source its evidence comes from', () => {
    const drawn = events(timelineSvg(factBase));
    for (const event of factBase.events.values()) {
      const sources = new Set(event.evidence.map((evidence) => evidence.sourceId));
      const lanes = new Set(drawn.filter((each) => each.event === event.id).map((each) => each.source));
      assert.deepEqual(lanes, event.date ? sources : new Set(), event.id);
    }
    const lanes = [...timelineSvg(factBase).matchAll(/<text class="lane-id"[^>]*>([^<]*)</g)].map((match) => match[1]);
    assert.deepEqual(lanes, [...factBase.sources.keys()].sort());
  });

  it('marks the events whose passages the sources dispute', () => {
    const talks = events(timelineSvg(factBase)).find((each) => each.event === 'moscow-talks-2006-03-03');
    assert.ok(talks?.classes.includes('disputed'), JSON.stringify(talks));
    assert.match(talks!.label, /sources disagree: How often Hamas has held talks in Moscow/);
  });

  it('highlights the events a draft mentions and draws its conflicting date in red beside the sources’', () => {
    const text = '# Talks\n\nOn 5 February 2025 the Hamas delegation headed by Mousa Abu Marzouk held talks in Moscow with Mikhail Bogdanov [@s000].\n';
    const findings = checkDraft(factBase, text);
    assert.ok(findings.some((finding) => finding.code === 'date-conflict'), JSON.stringify(findings.map((finding) => finding.message)));
    const draft = draftTimeline(factBase, text, findings);
    assert.deepEqual(draft.conflicts.map(({ eventId, date, text }) => ({ eventId, date, text })), [
      { eventId: 'moscow-talks-2025-02-03', date: { year: 2025, month: 2, day: 5, precision: 'day' }, text: '5 February 2025' },
    ]);
    assert.ok(draft.mentioned.has('moscow-talks-2025-02-03'));
    assert.ok(!draft.mentioned.has('moscow-talks-2006-03-03'), [...draft.mentioned].join(', '));
    const svg = timelineSvg(factBase, draft);
    const talks = events(svg).filter((each) => each.event === 'moscow-talks-2025-02-03');
    assert.ok(talks.length > 0 && talks.every((each) => each.classes.includes('mentioned')));
    assert.match(talks[0]!.label, /the draft gives 5 February 2025/);
    assert.equal(svg.match(/<rect class="conflict"/g)?.length, talks.length, 'one red mark in each lane of the event');
    assert.equal(svg.match(/<text class="conflict-label"[^>]*>draft: 5 February 2025</g)?.length, talks.length);
    assert.ok(events(svg).some((each) => !each.classes.includes('mentioned')));
  });

  it('escapes every string of the fact base, in text and in attributes', async () => {
    const hostile = await hostileFactBase();
    const html = timelineHtml(hostile, undefined, undefined, page);
    assert.ok(!html.includes('<script>alert'), 'no script from the fact base');
    assert.ok(!html.includes('<b>'), 'no markup from a source title');
    assert.equal(html.match(/<script/g)?.length, 1, 'the page’s own script only');
    assert.ok(html.includes(escapeXml('Talks </text><script>alert("x")</script> & \'quotes\' "here"')));
    const [drawn] = events(timelineSvg(hostile));
    assert.ok(drawn, 'the hostile event is drawn');
    assert.ok(!drawn.label.includes('"') && !drawn.label.includes('<'));
    assert.equal(escapeXml(`<a href="x" onclick='y'>&amp;`), '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;amp;');
  });

  it('allows nothing remote: a Content-Security-Policy with the nonce of its one style and script', () => {
    const html = timelineHtml(factBase, undefined, undefined, page);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(policy, "default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';".replace(/'/g, '&#39;'));
    assert.match(html, /<style nonce="n0nce">/);
    assert.match(html, /<script nonce="n0nce">/);
    assert.ok(!/https?:\/\//.test(html.replace('http://www.w3.org/2000/svg', '')), 'no address but the SVG namespace');
  });

  it('tells the editor once the page stands, last of its script, so that the editor can time an opening', () => {
    const script = /<script nonce="n0nce">([^]*)<\/script>/.exec(timelineHtml(factBase, undefined, undefined, page))![1]!;
    assert.equal(script.trim().split('\n').at(-1), "vscode.postMessage({ type: 'drawn' });");
  });

  it('makes every event focusable, opened by Enter as by a click', () => {
    const html = timelineHtml(factBase, undefined, undefined, page);
    assert.ok(events(html).length > 0);
    assert.equal(html.match(/<g class="event[^"]*" tabindex="0" role="button"/g)?.length, events(html).length);
    assert.match(html, /key\.key === 'Enter'/);
  });
});
