// Writing the drawn fact base as YAML in the bundled fact base's layout, each review mark with its reason as a comment.
import type { DraftActor, DraftAttribute, DraftEvent, DraftEvidence, DraftFactBase, DraftSpelling, DraftTitle } from './drafts';

/** A double-quoted scalar: JSON's string syntax is YAML's. */
const quoted = (text: string) => JSON.stringify(text);
// Flow lists padded as the yaml package writes them, so that `init --update` leaves them as they are.
const list = (items: readonly string[]) => `[ ${items.map(quoted).join(', ')} ]`;
const ids = (items: readonly string[]) => `[ ${items.join(', ')} ]`;

function comment(reason: string | undefined, indent: string): string[] {
  return reason ? [`${indent}# review: ${reason.replace(/\s+/g, ' ')}`] : [];
}

function evidenceLines(evidence: readonly DraftEvidence[], indent: string): string[] {
  return [`${indent}evidence:`, ...evidence.map((item) => `${indent}  - { source: ${item.source}, quote: ${quoted(item.quote)} }`)];
}

function usesOf(uses: Record<string, number>): string {
  const entries = Object.entries(uses);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([source, count]) => `${source}: ${count}`).join(', ')} }`;
}

function spellingLines(field: string, spellings: readonly DraftSpelling[]): string[] {
  if (spellings.length === 0) return [];
  return [`    ${field}:`, ...spellings.flatMap((spelling) => [`      - text: ${quoted(spelling.text)}`, `        uses: ${usesOf(spelling.uses)}`])];
}

function titleLines(title: DraftTitle): string[] {
  return [
    ...comment(title.review, '      '),
    `      - title: ${quoted(title.title)}`,
    ...(title.review ? ['        review: true'] : []),
    `        wordings: ${list(title.wordings)}`,
    ...(title.organisation ? [`        organisation: ${title.organisation}`] : []),
    ...(title.from ? [`        from: ${title.from}`] : []),
    ...(title.asOf ? [`        as_of: ${title.asOf}`] : []),
    ...(title.former ? ['        former: true'] : []),
    ...evidenceLines(title.evidence, '        '),
  ];
}

function attributeLines(attribute: DraftAttribute): string[] {
  return [
    ...comment(attribute.review, '      '),
    `      - kind: ${attribute.kind}`,
    `        value: ${typeof attribute.value === 'number' ? attribute.value : attribute.kind !== 'age' && !attribute.review ? attribute.value : quoted(attribute.value)}`,
    ...(attribute.review ? ['        review: true'] : []),
    ...(attribute.asOf ? [`        as_of: ${attribute.asOf}`] : []),
    ...evidenceLines(attribute.evidence, '        '),
  ];
}

function actorLines(actor: DraftActor): string[] {
  return [
    '',
    ...comment(actor.review, '  '),
    `  - id: ${actor.id}`,
    `    type: ${actor.type}`,
    `    name: ${quoted(actor.name)}`,
    ...(actor.review ? ['    review: true'] : []),
    ...(actor.given.length > 0 ? [`    given: ${list(actor.given)}`] : []),
    ...spellingLines('spellings', actor.spellings),
    ...spellingLines('short', actor.short),
    ...(actor.memberOf.length > 0 ? [`    member_of: ${ids(actor.memberOf)}`] : []),
    ...(actor.titles.length > 0 ? ['    titles:', ...actor.titles.flatMap(titleLines)] : []),
    ...(actor.attributes.length > 0 ? ['    attributes:', ...actor.attributes.flatMap(attributeLines)] : []),
    ...(actor.evidence.length > 0 ? evidenceLines(actor.evidence, '    ') : []),
  ];
}

function eventLines(event: DraftEvent): string[] {
  return [
    '',
    ...comment(event.review, '  '),
    `  - id: ${event.id}`,
    `    name: ${quoted(event.name)}`,
    ...(event.review ? ['    review: true'] : []),
    ...(event.note ? [`    note: ${quoted(event.note)}`] : []),
    `    words: ${list(event.words)}`,
    ...(event.date ? [`    date: ${event.date}`] : []),
    ...(event.until ? [`    until: ${event.until}`] : []),
    ...(event.place ? [`    place: ${event.place}`] : []),
    ...(event.participants.length > 0 ? [`    participants: ${ids(event.participants)}`] : []),
    ...evidenceLines(event.evidence, '    '),
  ];
}

export function writeFactBase(factBase: DraftFactBase): string {
  const lines = [
    `# Drawn by "crosscheck init" from ${factBase.sources.length} documents. Entries with review: true need a person's check;`,
    '# the comment above each says why. Delete the mark once the entry is checked.',
    'version: 1',
    '',
    'sources:',
    ...factBase.sources.flatMap((source) => [
      `  - id: ${source.id}`,
      `    file: ${quoted(source.file)}`,
      `    title: ${quoted(source.title)}`,
      ...(source.outlet ? [`    outlet: ${quoted(source.outlet)}`] : []),
      ...(source.published ? ['    published:', `      date: ${source.published.date}`, `      inferred: ${quoted(source.published.inferred)}`] : []),
    ]),
    '',
    'actors:',
    ...factBase.actors.flatMap(actorLines),
    '',
    'events:',
    ...factBase.events.flatMap(eventLines),
  ];
  if (factBase.actors.length === 0) lines.splice(lines.indexOf('actors:'), 1, 'actors: []');
  if (factBase.events.length === 0) lines.splice(lines.indexOf('events:'), 1, 'events: []');
  return lines.join('\n') + '\n';
}
