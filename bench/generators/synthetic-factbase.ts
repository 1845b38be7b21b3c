// A large synthetic fact base in the bundled format: invented actors with several spellings each,
// dated events, titles, ages and disagreements, and source texts that contain every quote and whose
// whole-word counts match the `uses` the YAML declares.
import type { Random } from './random';
import { CalendarDate, capitalise, formatDate, randomDate } from './text-variation';

export interface SyntheticSpec {
  actors: number;
  /** Full and short spellings per actor, at least 2. */
  spellingsPerActor: number;
  events: number;
  sources: number;
  disagreements: number;
}

export interface SyntheticFactBase {
  /** The YAML text of the fact base. */
  yaml: string;
  /** Source texts keyed by their path relative to the YAML file. */
  sources: Map<string, string>;
  /** Every full spelling, for word lists. */
  names: string[];
}

type ActorType = 'person' | 'organisation' | 'place';

interface Form {
  text: string;
  kind: 'full' | 'short';
  /** Source index to whole-word occurrences. */
  uses: Map<number, number>;
}

interface SyntheticActor {
  id: string;
  type: ActorType;
  forms: Form[];
  given?: string[];
  memberOf?: string;
  titles: { title: string; wording: string; organisation: string; asOf: CalendarDate; source: number; quote: string }[];
  age?: { value: number; asOf: CalendarDate; source: number; quote: string };
  evidence: { source: number; quote: string };
}

interface SyntheticEvent {
  id: string;
  word: string;
  date: CalendarDate;
  precision: 'year' | 'month' | 'day';
  place: string;
  participants: string[];
  source: number;
  quote: string;
}

type Part = string | { actor: SyntheticActor; form: Form };

const SYLLABLES = [
  'ka', 'ro', 'mi', 'tal', 'ven', 'sha', 'dor', 'lu', 'ne', 'bar', 'zi', 'kor', 'fa', 'mel', 'tu', 'ris',
  'go', 'han', 'pe', 'sol', 'da', 'vi', 'nor', 'el', 'qa', 'mar', 'bo', 'lin', 'se', 'yur', 'ta', 'gan',
];
const TITLES = [
  ['Deputy Foreign Minister', 'Deputy Head of the Foreign Ministry'],
  ['Ambassador', 'envoy'],
  ['Chairman of the Politburo', 'head of the political bureau'],
  ['Spokesman', 'spokesperson'],
  ['Special Representative', 'special envoy'],
];
const EVENT_WORDS = ['talks', 'consultations', 'visit', 'meeting', 'negotiations'];
const VERBS = ['said', 'arrived', 'declined to comment', 'spoke to reporters', 'was quoted'];

export function generateSyntheticFactBase(random: Random, spec: SyntheticSpec): SyntheticFactBase {
  const words = new UniqueWords(random);
  const givenNames = Array.from({ length: 300 }, () => words.next(2));
  const published = Array.from({ length: spec.sources }, () => randomDate(random, 2006, 2025));
  const sentences: string[][] = Array.from({ length: spec.sources }, () => []);
  const anySource = () => random.int(0, spec.sources - 1);

  const say = (source: number, parts: Part[]): string => {
    const sentence = parts
      .map((part) => {
        if (typeof part === 'string') return part;
        part.form.uses.set(source, (part.form.uses.get(source) ?? 0) + 1);
        return part.form.text;
      })
      .join('');
    sentences[source].push(sentence);
    return sentence;
  };
  const full = (actor: SyntheticActor) => ({ actor, form: actor.forms[0] });
  const anyForm = (actor: SyntheticActor) => ({ actor, form: random.pick(actor.forms) });

  const actors = Array.from({ length: spec.actors }, (_, index) =>
    createActor(index, random.weighted({ person: 7, organisation: 2, place: 1 }), words, givenNames, random, spec.spellingsPerActor),
  );
  const byType = (type: ActorType) => actors.filter((actor) => actor.type === type);
  const people = byType('person');
  const organisations = byType('organisation');
  const places = byType('place');

  for (const actor of actors) {
    const source = anySource();
    const quote = say(source, [full(actor), `, ${random.pick(VERBS)}`]);
    actor.evidence = { source, quote };
    say(source, ['.']);
    // The first spelling is used by the most sources, so it is the preferred one.
    for (const [rank, form] of actor.forms.entries()) {
      const sourcesUsing = rank === 0 ? random.int(2, 3) : 1;
      for (let i = 0; i < sourcesUsing; i++) say(anySource(), ['According to ', { actor, form }, ', nothing changed.']);
    }
  }
  for (const person of people) {
    if (organisations.length && random.chance(0.5)) person.memberOf = random.pick(organisations).id;
    if (organisations.length && places.length && random.chance(0.3)) {
      const [title, wording] = random.pick(TITLES);
      const source = anySource();
      const organisation = random.pick(organisations);
      const quote = say(source, [`${wording} `, full(person)]);
      say(source, [' arrived in ', anyForm(random.pick(places)), '.']);
      person.titles.push({ title, wording, organisation: organisation.id, asOf: published[source], source, quote });
    }
    if (places.length && random.chance(0.1)) {
      const source = anySource();
      const value = random.int(18, 90);
      const quote = say(source, [full(person), `, ${value}, from `, anyForm(random.pick(places))]);
      say(source, ['.']);
      person.age = { value, asOf: published[source], source, quote };
    }
  }

  const events: SyntheticEvent[] = [];
  const parties = [...people, ...organisations];
  for (let index = 0; index < spec.events && parties.length >= 2 && places.length; index++) {
    const participants = random.shuffle(Array.from({ length: 3 }, () => random.pick(parties))).slice(0, random.int(2, 3));
    if (participants[0] === participants[1]) participants.pop();
    const place = random.pick(places);
    const date = randomDate(random, 2006, 2025);
    const precision = random.weighted({ day: 8, month: 1, year: 1 });
    const written = formatDate(date, precision === 'day' ? 'month-day-year' : precision === 'month' ? 'month-year' : 'year');
    const word = random.pick(EVENT_WORDS);
    const source = anySource();
    const quote = say(source, [
      `${precision === 'year' ? 'It happened ' : 'On '}${written}, `,
      anyForm(participants[0]),
      ` held ${word} with `,
      anyForm(participants[participants.length - 1]),
      ' in ',
      full(place),
    ]);
    say(source, ['.']);
    events.push({
      id: `syn-e${String(index).padStart(5, '0')}`,
      word,
      date,
      precision,
      place: place.id,
      participants: [...new Set(participants.map((p) => p.id))],
      source,
      quote,
    });
  }

  const disagreements: string[] = [];
  for (let index = 0; index < spec.disagreements && people.length && organisations.length >= 2; index++) {
    const person = random.pick(people);
    const claims = [random.pick(organisations), random.pick(organisations)].map((organisation) => {
      const source = anySource();
      const quote = say(source, [full(person), ' is being held by ', full(organisation)]);
      say(source, ['.']);
      return { value: organisation.forms[0].text, source, quote };
    });
    disagreements.push(
      [
        `  - id: syn-d${String(index).padStart(4, '0')}`,
        `    topic: ${yamlString(`Who holds ${person.forms[0].text}`)}`,
        `    about: [${person.id}]`,
        '    claims:',
        ...claims.flatMap((claim) => [`      - value: ${yamlString(claim.value)}`, `        evidence: [${evidence(claim.source, claim.quote)}]`]),
      ].join('\n'),
    );
  }

  const sourcePath = (index: number) => `synthetic-sources/${String(index).padStart(4, '0')}.txt`;
  const sources = new Map<string, string>();
  sentences.forEach((list, index) => sources.set(sourcePath(index), joinSentences(list)));

  const yaml = [
    'version: 1',
    '',
    'sources:',
    ...published.map((date, index) =>
      [
        `  - id: ${sourceId(index)}`,
        `    file: ${sourcePath(index)}`,
        `    title: Synthetic report ${index}`,
        `    published: { date: ${formatDate(date, 'iso')} }`,
      ].join('\n'),
    ),
    '',
    'actors:',
    ...actors.map(writeActor),
    '',
    'events:',
    ...events.map(writeEvent),
    '',
    'disagreements:',
    ...disagreements,
    '',
  ].join('\n');
  return { yaml, sources, names: actors.flatMap((actor) => actor.forms.filter((f) => f.kind === 'full').map((f) => f.text)) };
}

function createActor(
  index: number,
  type: ActorType,
  words: UniqueWords,
  givenNames: string[],
  random: Random,
  spellings: number,
): SyntheticActor {
  const shortCount = Math.min(2, spellings - 1);
  const fullCount = spellings - shortCount;
  const core = words.next(3);
  const cores = [core, ...Array.from({ length: Math.max(shortCount, Math.ceil(fullCount / 2)) - 1 }, () => words.variantOf(core))];
  let fullTexts: string[];
  let shortTexts: string[];
  let given: string[] | undefined;
  if (type === 'person') {
    const givens = [random.pick(givenNames), words.variantOf(random.pick(givenNames))];
    given = givens;
    fullTexts = cores.flatMap((surname) => givens.map((first) => `${first} ${surname}`));
    shortTexts = cores;
  } else if (type === 'organisation') {
    fullTexts = cores.flatMap((name) => [`${name} Front`, `${name} Movement`]);
    shortTexts = cores;
  } else {
    fullTexts = cores.flatMap((name) => [name, `${name} City`]);
    shortTexts = [words.variantOf(core), words.variantOf(core)];
  }
  const form = (kind: Form['kind']) => (text: string): Form => ({ text, kind, uses: new Map() });
  return {
    id: `syn-a${String(index).padStart(5, '0')}`,
    type,
    forms: [...fullTexts.slice(0, fullCount).map(form('full')), ...shortTexts.slice(0, shortCount).map(form('short'))],
    given,
    titles: [],
    evidence: { source: 0, quote: '' },
  };
}

function writeActor(actor: SyntheticActor): string {
  const uses = (form: Form) =>
    `{ ${[...form.uses].sort(([a], [b]) => a - b).map(([source, count]) => `${sourceId(source)}: ${count}`).join(', ')} }`;
  const spellingList = (kind: Form['kind']) =>
    actor.forms.filter((form) => form.kind === kind).flatMap((form) => [`      - text: ${yamlString(form.text)}`, `        uses: ${uses(form)}`]);
  const lines = [
    `  - id: ${actor.id}`,
    `    type: ${actor.type}`,
    `    name: ${yamlString(actor.forms[0].text)}`,
    ...(actor.given ? [`    given: [${actor.given.join(", ")}]`] : []),
    '    spellings:',
    ...spellingList('full'),
  ];
  if (actor.forms.some((form) => form.kind === 'short')) lines.push('    short:', ...spellingList('short'));
  if (actor.memberOf) lines.push(`    member_of: [${actor.memberOf}]`);
  if (actor.titles.length) {
    lines.push('    titles:');
    for (const title of actor.titles) {
      lines.push(
        `      - title: ${title.title}`,
        `        wordings: [${title.title}, ${title.wording}]`,
        `        organisation: ${title.organisation}`,
        `        as_of: ${formatDate(title.asOf, 'iso')}`,
        `        evidence: [${evidence(title.source, title.quote)}]`,
      );
    }
  }
  if (actor.age) {
    lines.push(
      '    attributes:',
      '      - kind: age',
      `        value: ${actor.age.value}`,
      `        as_of: ${formatDate(actor.age.asOf, 'iso')}`,
      `        evidence: [${evidence(actor.age.source, actor.age.quote)}]`,
    );
  }
  lines.push(`    evidence: [${evidence(actor.evidence.source, actor.evidence.quote)}]`);
  return lines.join('\n');
}

function writeEvent(event: SyntheticEvent): string {
  const iso = formatDate(event.date, 'iso');
  const date = event.precision === 'day' ? iso : event.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  return [
    `  - id: ${event.id}`,
    `    name: ${yamlString(`${event.word} ${event.id}`)}`,
    `    words: [${event.word}]`,
    `    date: ${date}`,
    `    place: ${event.place}`,
    `    participants: [${event.participants.join(', ')}]`,
    `    evidence: [${evidence(event.source, event.quote)}]`,
  ].join('\n');
}

function evidence(source: number, quote: string): string {
  return `{ source: ${sourceId(source)}, quote: ${JSON.stringify(quote)} }`;
}

function sourceId(index: number): string {
  return `syn-s${String(index).padStart(4, '0')}`;
}

function yamlString(text: string): string {
  return /^[A-Za-z][A-Za-z0-9 .'-]*$/.test(text) ? text : JSON.stringify(text);
}

/** Sentences run together as prose, several to a paragraph. */
function joinSentences(sentences: string[]): string {
  let text = '';
  sentences.forEach((sentence, index) => {
    const startsSentence = !/^[.,]/.test(sentence);
    if (startsSentence && index > 0) text += index % 7 === 0 ? '\n' : ' ';
    text += sentence;
  });
  return text + '\n';
}

/** Invented words, each used once, so that no two actors share a spelling. */
class UniqueWords {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(syllables: number): string {
    for (;;) {
      const word = capitalise(Array.from({ length: syllables }, () => this.random.pick(SYLLABLES)).join(''));
      if (this.claim(word)) return word;
      syllables += this.random.chance(0.1) ? 1 : 0;
    }
  }

  /** Another transliteration of the same word: one vowel changed or doubled. */
  variantOf(word: string): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const vowels = [...word].flatMap((char, index) => (/[aeiou]/.test(char) ? [index] : []));
      const at = vowels.length ? this.random.pick(vowels) : word.length - 1;
      const replacement = this.random.chance(0.5) ? word[at] + word[at] : this.random.pick(['a', 'e', 'i', 'o', 'ou', 'y']);
      const variant = word.slice(0, at) + replacement + word.slice(at + 1);
      if (this.claim(variant)) return variant;
    }
    return this.next(word.length > 8 ? 4 : 3);
  }

  private claim(word: string): boolean {
    const key = word.toLowerCase();
    if (this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }
}
