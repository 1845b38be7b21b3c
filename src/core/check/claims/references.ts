// Words that refer back to an actor named earlier: "he" and "his" to the last person, "the
// delegation" or "the group" to the last organisation, "the ministry" to the last one named so.

import type { NameMention } from '../names';
import type { Token } from '../tokens';
import { ORGANISATION_BACK_REFERENCES, PERSON_PRONOUNS, SUBJECT_PRONOUNS } from './lexicon';

export interface BackReference {
  start: number;
  end: number;
  actorId: string;
  type: 'person' | 'organisation';
  /** For a pronoun, the mention of the person it refers to. */
  referent?: NameMention;
}

/**
 * The back-references among the tokens, each resolved to the last actor of its kind named before
 * it in the block, or else in `before` (the heading's mentions); an organisation, else in
 * `earlierOrganisations` (those of the blocks before, the latest last). In an entry about a person
 * (`entry`), "he" and "she" are that person.
 */
export function backReferences(tokens: readonly Token[], mentions: readonly NameMention[], before: readonly NameMention[] = [], earlierOrganisations: readonly NameMention[] = [], entry?: NameMention): BackReference[] {
  const references: BackReference[] = [];
  let lastPerson = lastPersonOf(before);
  let lastOrganisation: NameMention | undefined;
  // The last organisation named whose name has the word: "the ministry" is the last ministry named.
  const lastByWord = new Map<string, NameMention>();
  // "the movement" or "the group" is the last organisation named that is no ministry or agency; for a body within one ("the Hamas Politburo"), the one it is within.
  let lastMovement: string | undefined;
  const note = (mention: NameMention) => {
    if (mention.actor.type !== 'organisation') return;
    lastOrganisation = mention;
    const word = headWordOf(mention.actor.name);
    if (ORGANISATION_BACK_REFERENCES.has(word)) lastByWord.set(word, mention);
    if (!INSTITUTION_WORDS.has(word)) lastMovement = mention.actor.memberOf[0] ?? mention.actorId;
  };
  for (const mention of [...earlierOrganisations, ...before]) note(mention);
  let mentionAt = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (mentionAt < mentions.length && mentions[mentionAt].end <= token.start) {
      const mention = mentions[mentionAt++];
      if (mention.actor.type === 'person') lastPerson = mention;
      else note(mention);
    }
    const referent = entry && SUBJECT_PRONOUNS.has(token.norm) && token.start > entry.end ? entry : lastPerson;
    if (PERSON_PRONOUNS.has(token.norm) && referent) {
      references.push({ start: token.start, end: token.end, actorId: referent.actorId, type: 'person', referent });
    } else if (ORGANISATION_BACK_REFERENCES.has(token.norm) && i > 0 && isDefinite(tokens[i - 1].norm)) {
      const organisation = (lastByWord.get(token.norm) ?? (INSTITUTION_WORDS.has(token.norm) ? lastOrganisation : undefined))?.actorId ?? (INSTITUTION_WORDS.has(token.norm) ? undefined : lastMovement);
      if (organisation) references.push({ start: tokens[i - 1].start, end: token.end, actorId: organisation, type: 'organisation' });
    }
  }
  return references;
}

/** Words that refer back to an institution of their kind, never to a movement or group. */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['ministry', 'agency']);

/** The last word of a name, lower-cased: "ministry" of "Russian Foreign Ministry". */
function headWordOf(name: string): string {
  const space = name.lastIndexOf(' ');
  return name.slice(space + 1).toLowerCase();
}

function isDefinite(word: string): boolean {
  return word === 'the' || word === 'that' || word === 'this' || word === 'its';
}

function lastPersonOf(mentions: readonly NameMention[]): NameMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].actor.type === 'person') return mentions[i];
  return undefined;
}
