// age-conflict and the home-town side of place-conflict: "Andrei Kozlov, 29," or "Trufanov, from
// Ashkelon" where the sources give another age or town.

import type { Actor, AttributeFact, Evidence, FactBase } from '../factbase/types';
import { atDate } from './date-format';
import { sourcesOf } from './evidence';
import { isDisputed } from './facts-index';
import { memoize } from './per-fact-base';
import type { NameMention } from './names';
import { timeContext, type BlockView, type RawFinding, type RawFix } from './rules';
import { normalizeWord } from './tokens';
import { daySpan, overlaps } from './when';

/** Ages stated this many years apart from the sources' date are not compared at all. */
const MAX_YEARS_APART = 2;

interface WrittenAge {
  value: number;
  start: number;
  end: number;
}

/** Adds the age and home-town conflicts written next to a mention of a person to `findings`. */
export function checkAgeAndHometown(block: BlockView, mention: NameMention, person: Actor, findings: RawFinding[]): void {
  if (!block.facts.withAgeOrHometown.has(mention.actorId)) return;
  const age = writtenAge(block, mention);
  const ageFinding = age && checkAge(block, person, age);
  if (ageFinding) findings.push(ageFinding);
  const townFinding = checkHometown(block, person, mention, age);
  if (townFinding) findings.push(townFinding);
}

/** "Kozlov, 29", "Kozlov, aged 29", "Kozlov (29)" after the name; "29-year-old (hostage) Kozlov" before it. */
function writtenAge(block: BlockView, mention: NameMention): WrittenAge | undefined {
  const nameEnd = afterEmphasis(block.text, mention.end);
  const after = mayStateAgeAt(block.text, nameEnd) && /^(,[ \t]*(?:aged[ \t]+)?|[ \t]*\([ \t]*)(\d{1,3})(?=[ \t]*(?:[,;.)]|years?\b|$))/.exec(block.text.slice(nameEnd, nameEnd + 24));
  if (after) {
    const start = nameEnd + after[1].length;
    return { value: Number(after[2]), start, end: start + after[2].length };
  }
  const lead = block.text.slice(Math.max(block.start, mention.start - 60), mention.start);
  // The pattern below tries every offset of the lead: most leads are ruled out by one search.
  if (!lead.includes('-year-old')) return undefined;
  const before = /(\d{1,3})-year-old[ \t]+(?:\p{Ll}[\p{L}-]*[ \t]+){0,2}$/u.exec(lead);
  if (!before) return undefined;
  const start = mention.start - lead.length + before.index;
  // The last digits of a longer number ("2019-year-old") are no age, even where the lead cuts that number.
  if (/\d/.test(block.text.charAt(start - 1))) return undefined;
  return { value: Number(before[1]), start, end: start + before[1].length };
}

/**
 * What an age after a name starts with, at the offset: a comma then a digit or "aged", or an opening
 * parenthesis then a digit, with spaces between. Rules out most names at once, before the pattern.
 */
function mayStateAgeAt(text: string, offset: number): boolean {
  if (text.charCodeAt(offset) === 44) {
    const next = text.charCodeAt(skipSpaces(text, offset + 1));
    return isDigit(next) || next === 97;
  }
  const open = skipSpaces(text, offset);
  return text.charCodeAt(open) === 40 && isDigit(text.charCodeAt(skipSpaces(text, open + 1)));
}

/** Before "from" after a name: commas, spaces and a closing parenthesis, then an "f". Rules out most names at once. */
function mayStateHometownAt(text: string, offset: number): boolean {
  let i = offset;
  let code = text.charCodeAt(i);
  while (code === 44 || code === 32 || code === 9 || code === 41) code = text.charCodeAt(++i);
  return code === 102;
}

function skipSpaces(text: string, offset: number): number {
  let i = offset;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A person's ages in the sources, with what a finding says of them: worked out once per person. */
interface AgeFacts {
  facts: AttributeFact[];
  evidence: Evidence[];
  /** "27 in January 2024 (s004)" */
  said: string;
}

const ageFactsOf = memoize((person: Actor): AgeFacts => {
  const facts = person.attributes.filter((attribute) => attribute.kind === 'age' && typeof attribute.value === 'number');
  const said = facts.map((fact) => `${fact.value}${fact.asOf ? ` ${atDate(fact.asOf)}` : ''} (${sourcesOf(fact.evidence)})`);
  return { facts, evidence: facts.flatMap((item) => item.evidence), said: said.join(' and ') };
});

/** The offset after the emphasis markers closing a name: "**Andrei Kozlov**, 27". */
function afterEmphasis(text: string, offset: number): number {
  let end = offset;
  while (end < offset + 2 && (text.charCodeAt(end) === 42 || text.charCodeAt(end) === 95)) end++;
  return end;
}

function checkAge(block: BlockView, person: Actor, age: WrittenAge): RawFinding | undefined {
  const { facts, evidence, said } = ageFactsOf(person);
  if (facts.length === 0 || isDisputed(block.facts, person.id, String(age.value))) return undefined;
  const dates = timeContext(block, age.start);
  let comparable = false;
  for (const fact of facts) {
    const value = fact.value as number;
    if (!fact.asOf) {
      if (value === age.value) return undefined;
      comparable = true;
      continue;
    }
    const asOf = daySpan(fact.asOf);
    if (dates.some((date) => Math.abs(date.date.year - fact.asOf!.year) >= MAX_YEARS_APART)) continue;
    comparable = true;
    const sameTime = dates.length > 0 && dates.every((date) => overlaps(date.span, asOf));
    if (sameTime ? age.value === value : Math.abs(age.value - value) <= 1) return undefined;
  }
  if (!comparable) return undefined;
  return {
    code: 'age-conflict',
    start: age.start,
    end: age.end,
    message: `The sources give ${person.name}'s age as ${said}, not ${age.value}.`,
    evidence,
    fixes: [{ title: `Write ${facts[0].value}`, replacement: String(facts[0].value) }],
  };
}

/** A person's home towns in the sources: worked out once per person. */
interface Hometowns {
  towns: AttributeFact[];
  /** The towns' values, normalised. */
  townKeys: string[];
  names: string[];
  evidence: Evidence[];
  fixes: RawFix[];
}

const hometownsOf = memoize((factBase: FactBase) =>
  memoize((person: Actor): Hometowns => {
    const towns = person.attributes.filter((attribute) => attribute.kind === 'hometown');
    const names = towns.map((town) => (typeof town.value === 'string' ? (factBase.actors.get(town.value)?.name ?? town.value) : String(town.value)));
    return { towns, townKeys: towns.map((town) => normalizeWord(String(town.value))), names, evidence: towns.flatMap((town) => town.evidence), fixes: names.map((name) => ({ title: `Write “${name}”`, replacement: name })) };
  }),
);

const normalizedNameOf = memoize((actor: Actor) => normalizeWord(actor.name));

/** "Trufanov, from Ashkelon" / "Trufanov, 28, from Ashkelon": a known town the sources do not give as the home town. */
function checkHometown(block: BlockView, person: Actor, mention: NameMention, age: WrittenAge | undefined): RawFinding | undefined {
  const from = age && age.start > mention.end ? age.end : afterEmphasis(block.text, mention.end);
  if (!mayStateHometownAt(block.text, from)) return undefined;
  const { towns, townKeys, names, evidence, fixes } = hometownsOf(block.factBase)(person);
  if (towns.length === 0) return undefined;
  const lead = /^,?[ \t]*(?:\)[ \t]*,?[ \t]*)?from[ \t]+/.exec(block.text.slice(from, from + 20));
  if (!lead) return undefined;
  const place = block.mentions.find((candidate) => candidate.start === from + lead[0].length);
  const placeActor = place?.actor;
  if (!place || !placeActor || placeActor.type !== 'place' || !block.facts.hometowns.has(placeActor.id)) return undefined;
  const placeKey = normalizedNameOf(placeActor);
  if (towns.some((town, i) => town.value === placeActor.id || townKeys[i] === placeKey)) return undefined;
  if (isDisputed(block.facts, person.id, placeActor.name)) return undefined;
  return {
    code: 'place-conflict',
    start: place.start,
    end: place.end,
    message: `The sources give ${person.name}'s home town as ${names.join(' or ')} (${sourcesOf(evidence)}), not ${block.text.slice(place.start, place.end)}.`,
    evidence,
    fixes,
  };
}
