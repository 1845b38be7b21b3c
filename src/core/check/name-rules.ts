// name-variant, name-misspelled and name-mismatch: how the draft writes the names the sources use.

import type { Actor, Evidence, Spelling } from '../factbase/types';
import { isQuoted, type ClaimContext } from './claims/context';
import { findMisspellings } from './misspell';
import type { NameMention } from './names';
import { memoize } from './per-fact-base';
import type { BlockClaims } from './claims/read';
import { countryOfDemonym, isGivenName, isKnownPlace } from './claims/english';
import { sameBody, type Office } from './claims/offices';
import { GENERIC_RANKS } from './claims/lexicon';
import { firstStartingAt, isWithinLineBreak, type RawFinding, type RawFix, type Span } from './rules';
import { listed, sourceList, writes } from './rules/messages';
import { isCapitalizedAt, normalizeWord, phraseTokens, type Token } from './tokens';
import { transliterationKey } from './translit';

/** Whether the user accepts the spelling (`accept:` in the workspace file). */
function isAccepted(context: ClaimContext, written: string): boolean {
  return context.accepted.size > 0 && context.accepted.has(normalizeWord(written));
}

/** A spelling only a minority of sources use, as a finding. */
export function variantFindingAt(context: ClaimContext, mention: NameMention): RawFinding | undefined {
  const { spelling, actor } = mention;
  if (spelling.suggestion === undefined || spelling.suggestion === '' || isAccepted(context, spelling.text) || isQuoted(context, mention)) return undefined;
  return variantFinding(context, mention, actor, spelling.kind === 'short' ? givenNameBefore(context, mention) : undefined);
}

/**
 * A given name placed before a person's surname that the sources never give that person, as a
 * finding: one the sources give someone else, or one English knows as a given name when the
 * sentence speaks of this person's role (a title of theirs, their age or home, an event they
 * took part in). Another person who shares the surname is spoken of otherwise.
 */
export function mismatchFindingAt(context: ClaimContext, mention: NameMention, claims: BlockClaims): RawFinding | undefined {
  const { spelling, actor } = mention;
  if (spelling.kind !== 'short' || actor.type !== 'person' || actor.givenNames.length === 0 || isQuoted(context, mention)) return undefined;
  const given = capitalisedWordBefore(context, mention);
  if (!given) return undefined;
  const someonesGivenName = context.names.givenNames.has(given.norm);
  // "Captain Vasyl Hrytsenko" for Captain Volodymyr Hrytsenko: between the person's own title and their surname, a word no lexicon knows is a given name too.
  const titled = titledJustBefore(context, claims, mention.actor, given);
  const nameLike = isGivenName(given.norm) || (titled && !isKnownPlace(given.norm) && countryOfDemonym(given.norm) === undefined);
  if (!someonesGivenName && !(nameLike && !context.names.knownWords.has(given.norm) && (titled || saidInRole(context, claims, mention)))) return undefined;
  return mismatchFinding(context, mention, actor, given);
}

/** How far from a name an age or home said of the person may stand and still place the name in its role. */
const ROLE_CHARS = 80;

/** Whether the block says of the person at this mention what the sources say of their role (a title right before the given name aside, see `titledJustBefore`). */
function saidInRole(context: ClaimContext, claims: BlockClaims, mention: NameMention): boolean {
  const person = mention.actor;
  if (claims.titles.some((claim) => claim.mention === mention && isOfTheirRank(context, person, claim.phrase.office))) return true;
  const near = (claim: { start: number; person: { id: string } }) => claim.person.id === person.id && Math.abs(claim.start - mention.end) <= ROLE_CHARS;
  if (claims.ages.some(near) || claims.homes.some(near)) return true;
  return claims.dates.some((claim) => claim.agrees && claim.event.participants.includes(person.id) && Math.abs(claim.start - mention.start) <= ROLE_CHARS * 2);
}

/** "The chair, James Reyes" for the board chair: a title of the rank the sources give the person, though worded for no body or another. */
function isOfTheirRank(context: ClaimContext, person: Actor, office: Office): boolean {
  const offices = context.facts.officesOf.get(person.id) ?? [];
  return offices.some((held) => held.offices.some((worded) => sameBody(office, worded) || (office.rank === worded.rank && !GENERIC_RANKS.has(office.rank))));
}

/** "First officer Irina Sorokina": a title of the person's rank right before the given name the sources do not know, which parts it from the surname. */
function titledJustBefore(context: ClaimContext, claims: BlockClaims, person: Actor, given: Token): boolean {
  // An HTML comment between is not read ("chief <!-- crosscheck-ignore … -->Abbai Kamel").
  const gap = (phrase: Span) => context.text.slice(phrase.end, given.start).replace(/<!--[^]*?-->/g, '');
  return claims.unattachedTitles.some((phrase) => phrase.end <= given.start && /^[ \t]*,?[ \t]*$/.test(gap(phrase)) && isOfTheirRank(context, person, phrase.office));
}

/** Adds the block's misspelt names, words that are no mention but close to one, to `findings`. */
export function checkMisspellings(block: ClaimContext, findings: RawFinding[]): void {
  for (const misspelling of findMisspellings(block.names, block.text, block.tokens, block.mentions)) {
    const written = block.text.slice(misspelling.start, misspelling.end);
    if (isAccepted(block, written) || isQuoted(block, misspelling)) continue;
    const form = formOf(misspelling.actor, misspelling.suggestion);
    findings.push({
      code: 'name-misspelled',
      start: misspelling.start,
      end: misspelling.end,
      message: `${capitalise(notWrittenAlone(misspelling.actor, written))}; ${form.said}.`,
      evidence: form.evidence,
      fixes: form.fixes,
    });
  }
}

/** What a finding says about one form of an actor's name, worked out once per actor and form. */
interface FormParts {
  /** "s000 and s004 write “Sergei Lavrov”", with the actor's name when the form is shorter. */
  said: string;
  /** The sources that write the form, as a list; '' when none does. */
  users: string;
  /** When no source writes the form alone: ", which sources write only within “Alexander Trupanov” (s001)", or ''. */
  within: string;
  evidence: Evidence[];
  fixes: RawFix[];
}

const formsOf = memoize((_actor: Actor) => new Map<string, FormParts>());

function formOf(actor: Actor, form: string): FormParts {
  const forms = formsOf(actor);
  let parts = forms.get(form);
  if (!parts) {
    const spelling = [...actor.spellings, ...actor.shortForms].find((candidate) => candidate.text === form);
    const users = spelling ? sourceList(usingSources(spelling)) : '';
    const who = form === actor.name ? '' : ` (${actor.name})`;
    const within = users ? '' : writtenWithin(actor, form);
    parts = {
      said: users ? `${users} ${writes(users)} “${form}”${who}` : `the fact base gives “${form}”${who}${within}`,
      users,
      within,
      evidence: evidenceNaming(actor, form),
      fixes: [{ title: `Write “${form}”`, replacement: form }],
    };
    forms.set(form, parts);
  }
  return parts;
}

/** Variant spellings' messages: the spelling most sources use first, then who writes the variant. */
const variantMessagesOf = memoize((_actor: Actor) => new Map<Spelling, string>());

function variantMessage(actor: Actor, spelling: Spelling, suggestion: string): string {
  const variantMessages = variantMessagesOf(actor);
  let message = variantMessages.get(spelling);
  if (message === undefined) {
    const variantUsers = sourceList(usingSources(spelling));
    const minority = variantUsers ? `only ${variantUsers} ${writes(variantUsers)} “${spelling.text}”` : notWrittenAlone(actor, spelling.text);
    const { users, within } = formOf(actor, suggestion);
    const who = suggestion === actor.name ? '' : ` for ${actor.name}`;
    message = users ? `Most sources write “${suggestion}”${who} (${users}); ${minority}.` : `The fact base gives “${suggestion}”${who}${within}; ${minority}.`;
    variantMessages.set(spelling, message);
  }
  return message;
}

/** A spelling only a minority of sources use, with the given name before it (see givenNameBefore). */
function variantFinding(block: ClaimContext, mention: NameMention, actor: Actor, given: Token | undefined): RawFinding {
  const { spelling } = mention;
  // "Moussa Abu Marzook": the person's own given name before a variant short form. Mending only the
  // short form would leave another blend, so the whole name becomes the preferred full form.
  if (given && givenNameKeys(actor).has(transliterationKey(given.norm))) {
    const form = formOf(actor, actor.preferred);
    return {
      code: 'name-variant',
      start: given.start,
      end: mention.end,
      message: `${capitalise(notWrittenAlone(actor, block.text.slice(given.start, mention.end)))}; ${form.said}.`,
      evidence: form.evidence,
      fixes: form.fixes,
    };
  }
  const form = formOf(actor, spelling.suggestion!);
  return { code: 'name-variant', start: mention.start, end: mention.end, message: variantMessage(actor, spelling, spelling.suggestion!), evidence: form.evidence, fixes: form.fixes };
}

/** The capitalised word right before a short form, on its line or the one before, when it is some person's given name. */
function givenNameBefore(block: ClaimContext, mention: NameMention): Token | undefined {
  const given = capitalisedWordBefore(block, mention);
  return given && block.names.givenNames.has(given.norm) ? given : undefined;
}

/** The capitalised word right before a short form, on its line or the one before, that no other mention holds. */
function capitalisedWordBefore(block: ClaimContext, mention: NameMention): Token | undefined {
  const at = mention.token;
  if (at < 1) return undefined;
  const given = block.tokens[at - 1];
  if (given.end === mention.start || !isWithinLineBreak(block.text, given.end, mention.start) || !isCapitalizedAt(block.text, given.start)) return undefined;
  const holder = block.mentions[firstStartingAt(block.mentions, given.start + 1) - 1];
  return holder && holder !== mention && holder.start <= given.start && given.end <= holder.end ? undefined : given;
}

/** What a name-mismatch finding says of a person whatever the given name written. */
interface MismatchParts {
  /** "The sources call Bogdanov Mikhail (“Mikhail Bogdanov”: s000, s001 and s004)" */
  said: string;
  evidence: Evidence[];
  fixes: RawFix[];
}

const mismatchPartsOf = memoize((_actor: Actor) => new Map<Spelling, MismatchParts>());

/** "Sergei Bogdanov": a given name placed before a person's surname that the sources never give that person. */
function mismatchFinding(block: ClaimContext, mention: NameMention, actor: Actor, given: Token): RawFinding | undefined {
  if (givenNameKeys(actor).has(transliterationKey(given.norm))) return undefined;
  const byShortForm = mismatchPartsOf(actor);
  let parts = byShortForm.get(mention.spelling);
  if (!parts) {
    const givenNames = actor.givenNames.length === 1 ? actor.givenNames[0] : `${actor.givenNames.slice(0, -1).join(', ')} or ${actor.givenNames.at(-1)}`;
    parts = {
      said: `The sources call ${mention.spelling.text} ${givenNames} (“${actor.preferred}”: ${sourceList(actor.evidence.map((item) => item.sourceId))})`,
      evidence: evidenceNaming(actor, actor.givenNames[0]),
      fixes: [{ title: `Write “${actor.preferred}”`, replacement: actor.preferred }],
    };
    byShortForm.set(mention.spelling, parts);
  }
  return { code: 'name-mismatch', start: given.start, end: mention.end, message: `${parts.said}, never ${block.text.slice(given.start, given.end)}.`, evidence: parts.evidence, fixes: parts.fixes };
}

/** The transliteration keys of the given names the sources use for a person. */
const givenNameKeys = memoize((actor: Actor): Set<string> => {
  const words = [...actor.givenNames, ...actor.spellings.map((spelling) => spelling.text)].map((name) => phraseTokens(name).words[0]);
  return new Set(words.filter((word) => word !== undefined).map(transliterationKey));
});

/**
 * "no source writes “Trupanov”", or, when sources write it only as part of a longer form of the
 * actor's name, "no source writes “Trupanov” alone, only within “Alexander Trupanov” (s001)".
 */
function notWrittenAlone(actor: Actor, written: string): string {
  const within = longerFormsWriting(actor, written);
  return within ? `no source writes “${written}” alone, only within ${within}` : `no source writes “${written}”`;
}

/** ", which sources write only within “Alexander Trupanov” (s001)" (see longerFormsWriting), or ''. */
function writtenWithin(actor: Actor, form: string): string {
  const within = longerFormsWriting(actor, form);
  return within ? `, which sources write only within ${within}` : '';
}

/** The longer forms of the actor's name that hold the words of `written` and that some source writes, each with its sources: "“Alexander Trupanov” (s001)"; '' when there is none. */
function longerFormsWriting(actor: Actor, written: string): string {
  const words = phraseTokens(written).words;
  if (words.length === 0) return '';
  const forms = [...actor.spellings, ...actor.shortForms].filter((form) => {
    const formWords = phraseTokens(form.text).words;
    return formWords.length > words.length && containsRun(formWords, words) && usingSources(form).length > 0;
  });
  return listed(forms.map((form) => `“${form.text}” (${sourceList(usingSources(form))})`));
}

/** Whether `run` occurs in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function usingSources(spelling: Spelling): string[] {
  return Object.entries(spelling.uses)
    .filter(([, count]) => count > 0)
    .map(([sourceId]) => sourceId);
}

/** The actor's evidence whose quotes contain the given form, else all of it. */
function evidenceNaming(actor: Actor, form: string): Evidence[] {
  const lower = form.toLowerCase();
  const naming = actor.evidence.filter((item) => item.quote.toLowerCase().includes(lower));
  return naming.length > 0 ? naming : actor.evidence;
}
