// Builds large Markdown drafts out of the example drafts, the source documents and the fact base:
// names written in every spelling the sources use and in misspellings, dates right and shifted,
// titles and ages right and wrong, inside paragraphs, lists, tables, quotes and code.
import type { Actor, EventFact, FactBase, PartialDate } from '../../src/core/factbase/types';
import type { Random } from './random';
import {
  CalendarDate,
  capitalise,
  daysInMonth,
  formatDate,
  misspell,
  randomDate,
  randomDateStyle,
  shiftDate,
  shiftDatesIn,
} from './text-variation';

export interface DraftSpec {
  /** Stop once the draft has at least this many UTF-16 code units... */
  targetLength?: number;
  /** ...or at least this many lines. */
  targetLines?: number;
}

interface NamedActor {
  actor: Actor;
  forms: string[];
}

export interface DraftMaterial {
  actors: NamedActor[];
  events: EventFact[];
  paragraphs: string[];
  formPattern: RegExp | undefined;
  actorByForm: Map<string, NamedActor>;
}

export function prepareDraftMaterial(factBase: FactBase, seedTexts: readonly string[]): DraftMaterial {
  const actors: NamedActor[] = [];
  const actorByForm = new Map<string, NamedActor>();
  for (const actor of factBase.actors.values()) {
    const forms = [...new Set([actor.name, ...actor.spellings.map((s) => s.text), ...actor.shortForms.map((s) => s.text)])]
      .filter((form) => form.trim().length > 0);
    const named = { actor, forms };
    actors.push(named);
    for (const form of forms) if (!actorByForm.has(form)) actorByForm.set(form, named);
  }
  const allForms = [...actorByForm.keys()].sort((a, b) => b.length - a.length);
  const formPattern = allForms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${allForms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  const paragraphs = seedTexts
    .flatMap((text) => text.split(/\n\s*\n|\n(?=[^\n]{200,})/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return { actors, events: [...factBase.events.values()], paragraphs, formPattern, actorByForm };
}

export function buildDraft(random: Random, material: DraftMaterial, spec: DraftSpec): string {
  const targetLength = spec.targetLength ?? Infinity;
  const targetLines = spec.targetLines ?? Infinity;
  const lines: string[] = [`# ${writeHeading(random, material)}`, ''];
  let length = lines[0].length + 2;
  while (length < targetLength && lines.length < targetLines) {
    for (const line of writeBlock(random, material)) {
      lines.push(line);
      length += line.length + 1;
      if (lines.length >= targetLines) break;
    }
    if (lines.length < targetLines) {
      lines.push('');
      length += 1;
    }
  }
  return lines.join('\n');
}

function writeBlock(random: Random, material: DraftMaterial): string[] {
  const kind = random.weighted({
    paragraph: 10,
    sentences: 6,
    heading: 1,
    list: 3,
    table: 2,
    code: 1,
    quote: 1,
    html: 0.3,
  });
  switch (kind) {
    case 'paragraph':
      return [rewriteParagraph(random, material)];
    case 'sentences':
      return [Array.from({ length: random.int(2, 5) }, () => writeSentence(random, material)).join(' ')];
    case 'heading':
      return [`${'#'.repeat(random.int(2, 4))} ${writeHeading(random, material)}`];
    case 'list':
      return writeList(random, material);
    case 'table':
      return writeTable(random, material);
    case 'code':
      return ['```' + random.pick(['', 'text', 'yaml', 'json']), writeSentence(random, material), writeSentence(random, material), '```'];
    case 'quote':
      return rewriteParagraph(random, material).split(/(?<=\.) /).map((line) => `> ${line}`);
    case 'html':
      return [`<!-- ${writeSentence(random, material)} -->`];
  }
}

function writeHeading(random: Random, material: DraftMaterial): string {
  return random.pick([
    () => `Talks in ${placeName(random, material)}`,
    () => `Who is ${writeName(random, randomActor(random, material, 'person'))}`,
    () => 'Timeline',
    () => `Notes on ${writeName(random, randomActor(random, material))}`,
  ])();
}

function writeList(random: Random, material: DraftMaterial): string[] {
  const ordered = random.chance(0.3);
  const lines: string[] = [];
  let depth = 0;
  for (let i = random.int(2, 8); i > 0; i--) {
    depth = Math.max(0, Math.min(depth + random.int(-1, 1), 3));
    const marker = ordered ? `${lines.length + 1}.` : random.pick(['-', '*', '+']);
    lines.push(`${'  '.repeat(depth * (ordered ? 2 : 1))}${marker} ${writeSentence(random, material)}`);
  }
  return lines;
}

function writeTable(random: Random, material: DraftMaterial): string[] {
  const lines = ['| Date | Who | Role | Where |', '| --- | --- | --- | --- |'];
  for (let i = random.int(2, 10); i > 0; i--) {
    const event = randomEvent(random, material);
    const date = event?.date ? writeEventDate(random, event.date).replace(/^(on|in) /, '') : formatDate(randomDate(random, 2006, 2025), 'iso');
    const who = randomActor(random, material, 'person');
    const title = who?.actor.titles.length ? writeRole(random, material, who) : '';
    lines.push(`| ${date} | ${writeName(random, who)} | ${title} | ${placeName(random, material)} |`);
  }
  return lines;
}

/** One sentence that states something the fact base knows: an event, a title, an age. */
function writeSentence(random: Random, material: DraftMaterial): string {
  const kind = random.weighted({ event: 4, title: 3, age: 1, plain: 2 });
  const citation = random.chance(0.3) ? ` [@${randomSourceId(random, material)}]` : '';
  switch (kind) {
    case 'event': {
      const event = randomEvent(random, material);
      if (!event) return writeSentenceAboutNobody(random) + citation;
      const participants = event.participants.map((id) => material.actors.find((a) => a.actor.id === id));
      const [first, second] = random.shuffle(participants.filter((p): p is NamedActor => p !== undefined));
      const word = event.words.length ? random.pick(event.words) : 'talks';
      const when = event.date ? `${capitalise(writeEventDate(random, event.date))}, ` : '';
      const place = event.place ? ` in ${writeName(random, material.actors.find((a) => a.actor.id === event.place))}` : '';
      // Event words are nouns ("talks") or verbs ("met", "visited").
      const action = /(ed|met)$/.test(word) ? `${word} ${writeName(random, second)}` : `held ${word} with ${writeName(random, second)}`;
      return `${when}${writeName(random, first)} ${action}${place}.${citation}`;
    }
    case 'title': {
      const holder = randomActor(random, material, 'person');
      return `${writeRole(random, material, holder)} ${writeName(random, holder)} ${random.pick(['said', 'arrived', 'met reporters', 'declined to comment'])}.${citation}`;
    }
    case 'age': {
      const aged = material.actors.filter((a) => a.actor.attributes.some((fact) => fact.kind === 'age'));
      if (aged.length === 0) return writeSentenceAboutNobody(random) + citation;
      const person = random.pick(aged);
      const age = Number(person.actor.attributes.find((fact) => fact.kind === 'age')?.value);
      const written = random.chance(0.7) ? age : age + random.pick([-3, -1, 1, 2, 10]);
      return `${writeName(random, person)}, ${written}, was among the hostages.${citation}`;
    }
    case 'plain':
      return writeSentenceAboutNobody(random) + citation;
  }
}

function writeSentenceAboutNobody(random: Random): string {
  return random.pick([
    'The parties discussed a ceasefire and the release of hostages.',
    `Nothing was said about it ${formatDate(randomDate(random, 2006, 2025), randomDateStyle(random))}.`,
    'See `facts.yaml` for the *sources* and **evidence**.',
    'The ministry did not confirm the [report](https://example.invalid/report).',
  ]);
}

function writeRole(random: Random, material: DraftMaterial, holder: NamedActor | undefined): string {
  const own = holder?.actor.titles ?? [];
  const titleHolders = material.actors.filter((a) => a.actor.titles.length > 0);
  const source = own.length && random.chance(0.8) ? own : titleHolders.length ? random.pick(titleHolders).actor.titles : [];
  if (source.length === 0) return 'Spokesman';
  const title = random.pick(source);
  return random.pick([title.title, ...title.wordings]);
}

/** A paragraph from the seed texts with names respelled and some dates shifted. */
function rewriteParagraph(random: Random, material: DraftMaterial): string {
  if (material.paragraphs.length === 0) return writeSentenceAboutNobody(random);
  const paragraph = random.pick(material.paragraphs);
  const renamed = material.formPattern
    ? paragraph.replace(material.formPattern, (form) => {
        const named = material.actorByForm.get(form);
        if (!named) return form;
        const choice = random.weighted({ keep: 70, respell: 15, misspell: 10, other: 5 });
        if (choice === 'keep') return form;
        if (choice === 'respell') return random.pick(named.forms);
        if (choice === 'misspell') return misspell(random, form);
        return writeName(random, randomActor(random, material, named.actor.type));
      })
    : paragraph;
  return shiftDatesIn(random, renamed, 0.3);
}

function writeName(random: Random, named: NamedActor | undefined): string {
  if (!named) return 'an unnamed official';
  const form = random.pick(named.forms);
  if (random.chance(0.08)) return misspell(random, form);
  if (random.chance(0.05)) return random.pick([`**${form}**`, `_${form}_`, `[${form}](#)`, `${form}'s`, `(${form})`, `"${form}"`]);
  return form;
}

function placeName(random: Random, material: DraftMaterial): string {
  return writeName(random, randomActor(random, material, 'place'));
}

function randomActor(random: Random, material: DraftMaterial, type?: Actor['type']): NamedActor | undefined {
  const candidates = type ? material.actors.filter((a) => a.actor.type === type) : material.actors;
  return candidates.length ? random.pick(candidates) : undefined;
}

function randomEvent(random: Random, material: DraftMaterial): EventFact | undefined {
  return material.events.length ? random.pick(material.events) : undefined;
}

function randomSourceId(random: Random, material: DraftMaterial): string {
  const ids = [...new Set(material.events.flatMap((event) => event.evidence.map((e) => e.sourceId)))];
  return ids.length ? random.pick(ids) : 's000';
}

/** The event's date as the sources give it, or shifted by a few days to a year, with its preposition: "on May 3, 2024", "in 2008". */
function writeEventDate(random: Random, date: PartialDate): string {
  const day = date.day ?? 1;
  const month = date.month ?? 1;
  const calendar: CalendarDate = { year: date.year, month, day: Math.min(day, daysInMonth(date.year, month)) };
  const written = random.chance(0.75) ? calendar : shiftDate(calendar, random.pick([-365, -30, -2, -1, 1, 2, 7, 365]));
  if (date.precision === 'year') return formatDate(written, 'year');
  if (date.precision === 'month') return `in ${formatDate(written, 'month-year')}`;
  return `on ${formatDate(written, random.pick(['month-day-year', 'month-day-year', 'day-month-year', 'iso'] as const))}`;
}


function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
