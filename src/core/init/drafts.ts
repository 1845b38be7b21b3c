// What `init` draws from the documents, before it is written out as YAML. A `review` string says why
// a person should confirm the entry; it is written as `review: true` with the reason as a comment.

export interface InitDocument {
  /** The path the fact base names the document by: relative to the fact base's folder. */
  name: string;
  text: string;
}

export interface DraftEvidence {
  source: string;
  quote: string;
}

export interface DraftSpelling {
  text: string;
  uses: Record<string, number>;
  /** A person's surname, kept as a short form though no source writes it alone. */
  surname?: boolean;
}

export interface DraftSource {
  id: string;
  file: string;
  title: string;
  outlet?: string;
  published?: { date: string; inferred: string };
}

export interface DraftTitle {
  title: string;
  wordings: string[];
  organisation?: string;
  asOf?: string;
  /** The day the title was taken up: "became director in 2022". */
  from?: string;
  former?: boolean;
  evidence: DraftEvidence[];
  review?: string;
}

export interface DraftAttribute {
  kind: 'age' | 'hometown' | 'residence';
  value: number | string;
  asOf?: string;
  evidence: DraftEvidence[];
  review?: string;
}

export type ActorType = 'person' | 'organisation' | 'place';

export interface DraftActor {
  id: string;
  type: ActorType;
  name: string;
  given: string[];
  spellings: DraftSpelling[];
  short: DraftSpelling[];
  memberOf: string[];
  titles: DraftTitle[];
  attributes: DraftAttribute[];
  evidence: DraftEvidence[];
  review?: string;
}

export interface DraftEvent {
  id: string;
  name: string;
  words: string[];
  date?: string;
  until?: string;
  note?: string;
  place?: string;
  participants: string[];
  evidence: DraftEvidence[];
  review?: string;
}

export interface DraftFactBase {
  sources: DraftSource[];
  actors: DraftActor[];
  events: DraftEvent[];
}

/** An id from a name: "Mikhail Bogdanov" gives "mikhail-bogdanov", made unique against `taken`. */
export function uniqueId(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'entry';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
