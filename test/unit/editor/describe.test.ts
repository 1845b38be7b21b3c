import * as assert from 'node:assert/strict';
import { codeSpan, describeActor, describeDate, describeQuoteInContext, describeSource, describeUnknownSource, escapeMarkdown } from '../../../src/core/editor/describe';
import { humanDate } from '../../../src/core/check/rules/messages';
import type { Evidence, FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

const link = (evidence: Evidence) => (evidence.passage ? `link:${evidence.sourceId}:${evidence.passage.start.line}` : undefined);

describe('describe', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  it('shows a fact base quote in its source: its sentence around it, the quote in bold, a link to open it', () => {
    const evidence = factBase.actors.get('mikhail-bogdanov')!.evidence[0]!;
    const text = describeQuoteInContext(factBase, evidence, link);
    const source = factBase.sources.get(evidence.sourceId)!;
    assert.ok(text.startsWith(`**${escapeMarkdown(source.title)}** · \`${source.id}\``), text);
    assert.ok(text.includes(`**${escapeMarkdown(source.text.slice(evidence.passage!.start.offset, evidence.passage!.end.offset))}**`), text);
    assert.match(text, new RegExp(`\\[Open in ${source.id}, line ${evidence.passage!.start.line}\\]\\(link:${source.id}:${evidence.passage!.start.line}\\)$`));
    const missing = describeQuoteInContext(factBase, { ...evidence, passage: undefined }, link);
    assert.match(missing, /The source does not hold this quote verbatim\.$/);
  });

  it('formats dates at their precision', () => {
    assert.equal(humanDate({ year: 2025, month: 2, day: 3, precision: 'day' }), '3 February 2025');
    assert.equal(humanDate({ year: 2024, month: 1, precision: 'month' }), 'January 2024');
    assert.equal(humanDate({ year: 2008, precision: 'year' }), '2008');
  });

  it('describes a person: name, type, titles with dates, spellings, timeline and linked quotes', () => {
    const text = describeActor(factBase, factBase.actors.get('mikhail-bogdanov')!, link);
    assert.match(text, /^\*\*Mikhail Bogdanov\*\* · person/);
    assert.match(text, /\*Titles:\* Deputy Foreign Minister, Russian Foreign Ministry \(as of 19 January 2024; as of 3 February 2025\) · /);
    assert.equal(text.match(/Deputy Foreign Minister, Russian/g)?.length, 2, 'once in the leading line, once among the titles');
    assert.match(text, /\*\*Mikhail Bogdanov\*\* \(preferred full name\) — s000, s001, s002, s003, s004/);
    assert.match(text, /\*Latest event:\* 3 February 2025: /);
    assert.match(text, /\[s000, line \d+\]\(link:s000:\d+\)/);
  });

  it('links to the actor in its view when given the target, its parentheses encoded', () => {
    const text = describeActor(factBase, factBase.actors.get('mikhail-bogdanov')!, link, { reveal: 'command:reveal?%5B%22a(b)%22%5D' });
    assert.match(text.split('  \n')[0]!, / · \[Reveal in Actors\]\(command:reveal\?%5B%22a%28b%29%22%5D\)$/);
  });

  it('leads with one line: the name, the title the sources last give, how they stand by the spelling written', () => {
    const bogdanov = factBase.actors.get('mikhail-bogdanov')!;
    const lead = (actorId: string, written: string) => {
      const actor = factBase.actors.get(actorId)!;
      const spelling = [...actor.spellings, ...actor.shortForms].find((each) => each.text === written);
      assert.ok(spelling, written);
      return describeActor(factBase, actor, link, { reveal: 'reveal:it', written: spelling }).split('  \n')[0];
    };
    assert.equal(lead('mikhail-bogdanov', 'Bogdanov'), '**Mikhail Bogdanov** · person · Deputy Foreign Minister, Russian Foreign Ministry · “Bogdanov”: preferred short form · [Reveal in Actors](reveal:it)');
    assert.equal(
      lead('alexander-trufanov', 'Alexander Trupanov'),
      '**Alexander Trufanov** · person · “Alexander Trupanov”: a variant (s001 ×2), most sources write “Alexander Trufanov” · [Reveal in Actors](reveal:it)',
    );
    assert.equal(describeActor(factBase, bogdanov, link).split('  \n')[0], '**Mikhail Bogdanov** · person · Deputy Foreign Minister, Russian Foreign Ministry');
  });

  it('says what each preferred spelling is preferred among: full names, short forms, and short forms of its length where two lengths each have one', () => {
    const marzouk = factBase.actors.get('mousa-abu-marzouk')!;
    const text = describeActor(factBase, marzouk, link);
    assert.deepEqual(text.match(/\*\*[^*]+\*\* \(preferred[^)]*\)/g), [
      '**Mousa Abu Marzouk** (preferred full name)',
      '**Abu Marzouk** (preferred two-word short form)',
      '**Marzouk** (preferred one-word short form)',
    ]);
    const marzoukAlone = marzouk.shortForms.find((form) => form.text === 'Marzouk')!;
    assert.match(describeActor(factBase, marzouk, link, { written: marzoukAlone }).split('  \n')[0]!, / · “Marzouk”: preferred one-word short form$/);
    // One preferred short form: its length goes without saying.
    assert.deepEqual(describeActor(factBase, factBase.actors.get('mikhail-bogdanov')!, link).match(/\(preferred[^)]*\)/g), ['(preferred full name)', '(preferred short form)']);
  });

  it('gives each section a line of a few items, counting what it leaves out and leading to the Actors view for titles, spellings and events', () => {
    const marzouk = factBase.actors.get('mousa-abu-marzouk')!;
    const text = describeActor(factBase, marzouk, link, { reveal: 'reveal:it' });
    const section = (heading: string) => text.split('\n').find((line) => line.startsWith(`*${heading}:* `))?.slice(heading.length + 4).trimEnd().split(' · ');
    const inView = 'in [the Actors view](reveal:it)';
    const titles = section('Titles')!;
    assert.deepEqual(titles.slice(0, 1), ['Deputy Chairman of the Hamas Politburo (as of 19 January 2024; as of 3 February 2025)']);
    assert.match(titles[1]!, new RegExp(`^\\d+ more titles ${inView.replace(/[[\]()]/g, '\\$&')}$`));
    const spellings = [...marzouk.spellings, ...marzouk.shortForms].filter((spelling) => Object.keys(spelling.uses).length > 0).length;
    // The preferred forms of each kind come first.
    assert.deepEqual(section('Spellings')!.slice(1, 4), [
      '**Abu Marzouk** (preferred two-word short form) — s000, s001, s003 ×3',
      '**Marzouk** (preferred one-word short form) — s000 ×3, s002 ×8',
      `${spellings - 3} more spellings ${inView}`,
    ]);
    const events = [...factBase.events.values()].filter((event) => event.participants.includes(marzouk.id) || event.place === marzouk.id).length;
    assert.equal(section('Latest event')!.at(-1), `${events - 1} more events ${inView}`, 'the dated ones not shown and the undated ones');
    assert.match(section('The sources say')!.at(-1)!, /^\d+ more quotes$/);
    // The leading line and the description make one paragraph, the sections another, a line each.
    assert.equal(text.split('\n\n').length, 2, text);
    // An actor of undated events only: how many, where they are listed.
    assert.match(describeActor(factBase, factBase.actors.get('fatah')!, link, { reveal: 'reveal:it' }), /^\*Events:\* 2 undated events in \[the Actors view\]\(reveal:it\) *$/m);
    const untrimmed = describeActor(factBase, factBase.actors.get('andrei-kozlov')!, link, { reveal: 'reveal:it' });
    assert.doesNotMatch(untrimmed, /more (titles|spellings|events)/);
  });

  it('quotes overlapping passages of a source once, by the longest', () => {
    const text = describeActor(factBase, factBase.actors.get('sergei-lavrov')!, link);
    assert.doesNotMatch(text, /“Foreign Minister Sergei Lavrov” —/);
    const kozlov = describeActor(factBase, factBase.actors.get('andrei-kozlov')!, link);
    assert.ok(kozlov.includes(`“${escapeMarkdown('three Russian citizens: Andrei Kozlov, 27, from Rishon Lezion')}” — [s004, line 9]`), kozlov);
    assert.ok(!kozlov.includes(`“${escapeMarkdown('Andrei Kozlov, 27, from Rishon Lezion')}” —`), kozlov);
  });

  it('marks the preferred spelling among variants and tells what the sources say of age and home town', () => {
    const text = describeActor(factBase, factBase.actors.get('alexander-trufanov')!, link);
    assert.match(text, /Alexander Trupanov — s001/);
    assert.match(text, /\*\*Alexander Trufanov\*\* \(preferred full name\)/);
    assert.match(text, /\*Known facts:\* age: 28 \(as of January 2024\) — s004 · home town: Nir Oz — s004 · /);
  });

  it('lists the events of a date, and nothing for a date the sources do not mention', () => {
    const text = describeDate(factBase, { year: 2025, month: 2, day: 3, precision: 'day' }, link);
    assert.ok(text);
    assert.match(text, /^\*\*3 February 2025\*\* in the sources/);
    assert.match(text, /- 3 February 2025: .*Bogdanov/);
    assert.equal(describeDate(factBase, { year: 1999, month: 5, day: 1, precision: 'day' }, link), undefined);
  });

  it('lists the events of a whole year', () => {
    const text = describeDate(factBase, { year: 2008, precision: 'year' }, link);
    assert.ok(text);
    assert.match(text, /Damascus/);
  });

  it('describes a source and an unknown citation key', () => {
    const text = describeSource(factBase.sources.get('s004')!, 'open:s004');
    assert.match(text, /`s004`/);
    assert.match(text, /Outlet: The News of Israel/);
    assert.match(text, /Date: January 2024 \(inferred: /);
    assert.ok(text.endsWith('File: [004\\_aff28270448f48dd\\.txt](open:s004)'), text);
    assert.match(describeUnknownSource('s999', factBase), /No source `s999` in the fact base \(known: s000, s001, s002, s003, s004\)/);
  });

  it('escapes every string it is given, so none opens a link, an image, HTML or a block', () => {
    const hostile = 'Chief ![i](https://attacker.example/d.png) <img src=x> [x](command:workbench.action.terminal.new) www.attacker.example a@b.co\n\n# heading\r> quote';
    const escaped = escapeMarkdown(hostile);
    assert.doesNotMatch(escaped, /[\r\n]/);
    for (let i = 0; i < escaped.length; i++) {
      if (/[!-/:-@[-`{-~]/.test(escaped[i]!) && escaped[i] !== '\\') assert.equal(escaped[i - 1], '\\', `unescaped ${escaped[i]} at ${i} of ${escaped}`);
    }
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile.replace(/[\r\n]+/g, ' '), 'the text shows as written');
  });

  it('puts a citation key in a code span longer than any run of backticks in it', () => {
    assert.equal(codeSpan('s000'), '`s000`');
    assert.equal(codeSpan('x` ![i](https://attacker.example/d.png) `y'), '``x` ![i](https://attacker.example/d.png) `y``');
    assert.equal(codeSpan('``a'), '``` ``a ```');
    assert.equal(describeUnknownSource('x` ![i](https://attacker.example/d.png) `y', factBase).split(' in the fact base')[0], 'No source ``x` ![i](https://attacker.example/d.png) `y``');
  });

  it('percent-encodes what would end a link target early', () => {
    const text = describeSource(factBase.sources.get('s004')!, 'command:open?["/tmp/a) b.txt"]');
    assert.ok(text.endsWith('(command:open?["/tmp/a%29%20b.txt"])'), text);
  });
});
