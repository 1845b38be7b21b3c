// name-variant, name-misspelled and name-mismatch: how the draft writes the names the sources use.

import type { Actor, Evidence, Spelling } from '../factbase/types';
import { sourceList } from './evidence';
import { findMisspellings } from './misspell';
import type { NameMention } from './names';
import type { BlockView, RawFinding } from './rules';
import { isCapitalized, normalizeWord, phraseTokens, type Token } from './tokens';
import { transliterationKey } from './translit';

export interface NameRuleOptions {
  /** Normalised spellings the user accepts. */
  accepted: Set<string>;
  /** Words of the draft written in lower case somewhere near: ordinary words, not names. */
  isOrdinaryWord: (normalizedWord: string) => boolean;
}

export function checkNames(block: BlockView, options: NameRuleOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const mention of block.mentions) {
    const variant = variantFinding(block, mention, options);
    if (variant) findings.push(variant);
    const mismatch = mismatchFinding(block, mention);
    if (mismatch) findings.push(mismatch);
  }
  for (const misspelling of findMisspellings(block.names, block.text, block.tokens, block.mentions, options.isOrdinaryWord)) {
    const written = block.text.slice(misspelling.start, misspelling.end);
    if (options.accepted.has(normalizeWord(written))) continue;
    const users = usersOf(misspelling.actor, misspelling.suggestion);
    findings.push({
      code: 'name-misspelled',
      start: misspelling.start,
      end: misspelling.end,
      message: `No source writes “${written}”; ${users ? `${users} write` : 'the fact base gives'} “${misspelling.suggestion}” (${misspelling.actor.name}).`,
      evidence: evidenceNaming(misspelling.actor, misspelling.suggestion),
      fixes: [{ title: `Write “${misspelling.suggestion}”`, replacement: misspelling.suggestion }],
    });
  }
  return findings;
}

function variantFinding(block: BlockView, mention: NameMention, options: NameRuleOptions): RawFinding | undefined {
  const { spelling } = mention;
  if (!spelling.suggestion || options.accepted.has(normalizeWord(spelling.text))) return undefined;
  const actor = block.factBase.actors.get(mention.actorId);
  if (!actor) return undefined;
  // "Moussa Abu Marzook": the person's own given name before a variant short form. Mending only the
  // short form would leave another blend, so the whole name becomes the preferred full form.
  const given = spelling.kind === 'short' ? givenNameBefore(block, mention) : undefined;
  if (given && givenNameKeys(actor).has(transliterationKey(given.norm))) {
    const written = block.text.slice(given.start, mention.end);
    return {
      code: 'name-variant',
      start: given.start,
      end: mention.end,
      message: `No source writes “${written}”; ${usersOf(actor, actor.preferred) || 'most sources'} write “${actor.preferred}”.`,
      evidence: evidenceNaming(actor, actor.preferred),
      fixes: [{ title: `Write “${actor.preferred}”`, replacement: actor.preferred }],
    };
  }
  const variantUsers = sourceList(usingSources(spelling));
  const preferredUsers = usersOf(actor, spelling.suggestion);
  const written = variantUsers ? `only ${variantUsers} ${variantUsers.includes(' and ') ? 'write' : 'writes'} “${spelling.text}”` : `no source writes “${spelling.text}”`;
  return {
    code: 'name-variant',
    start: mention.start,
    end: mention.end,
    message: `${capitalize(written)}; ${preferredUsers || 'most sources'} write “${spelling.suggestion}” (${actor.name}).`,
    evidence: evidenceNaming(actor, spelling.suggestion),
    fixes: [{ title: `Write “${spelling.suggestion}”`, replacement: spelling.suggestion }],
  };
}

/** The capitalised word right before a short form, on its line or the one before, when it is some person's given name. */
function givenNameBefore(block: BlockView, mention: NameMention): Token | undefined {
  const at = block.tokenAt(mention.start);
  if (at < 1) return undefined;
  const given = block.tokens[at - 1];
  const separator = block.text.slice(given.end, mention.start);
  if (!/^[ \t]*\r?\n?[ \t]*$/.test(separator) || separator === '') return undefined;
  if (!isCapitalized(block.text.slice(given.start, given.end)) || !block.names.givenNames.has(given.norm)) return undefined;
  if (block.mentions.some((other) => other.start <= given.start && given.end <= other.end)) return undefined;
  return given;
}

/** "Sergei Bogdanov": a given name placed before a person's surname that the sources never give that person. */
function mismatchFinding(block: BlockView, mention: NameMention): RawFinding | undefined {
  const actor = block.factBase.actors.get(mention.actorId);
  if (!actor || actor.type !== 'person' || mention.spelling.kind !== 'short' || actor.givenNames.length === 0) return undefined;
  const given = givenNameBefore(block, mention);
  if (!given || givenNameKeys(actor).has(transliterationKey(given.norm))) return undefined;
  const writtenGiven = block.text.slice(given.start, given.end);
  const sourceGiven = actor.givenNames[0];
  return {
    code: 'name-mismatch',
    start: given.start,
    end: mention.end,
    message: `The sources' ${mention.spelling.text} is ${actor.givenNames.join(' / ')}, never ${writtenGiven}: “${actor.preferred}” (${sourceList(actor.evidence.map((item) => item.sourceId))}).`,
    evidence: evidenceNaming(actor, sourceGiven),
    fixes: [{ title: `Write “${actor.preferred}”`, replacement: actor.preferred }],
  };
}

function givenNameKeys(actor: Actor): Set<string> {
  const words = [...actor.givenNames, ...actor.spellings.map((spelling) => spelling.text)].map((name) => phraseTokens(name).words[0]);
  return new Set(words.filter((word) => word !== undefined).map(transliterationKey));
}

function usingSources(spelling: Spelling): string[] {
  return Object.entries(spelling.uses)
    .filter(([, count]) => count > 0)
    .map(([sourceId]) => sourceId);
}

/** The sources that write the given form of the actor's name, as a list. */
function usersOf(actor: Actor, form: string): string {
  const spelling = [...actor.spellings, ...actor.shortForms].find((candidate) => candidate.text === form);
  return spelling ? sourceList(usingSources(spelling)) : '';
}

/** The actor's evidence whose quotes contain the given form, else all of it. */
function evidenceNaming(actor: Actor, form: string): Evidence[] {
  const lower = form.toLowerCase();
  const naming = actor.evidence.filter((item) => item.quote.toLowerCase().includes(lower));
  return naming.length > 0 ? naming : actor.evidence;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
