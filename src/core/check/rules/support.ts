// Which sources state a block's claims, and where each claim stands: supported (a source states
// it), contradicted (a conflict finding covers it) or unsupported (no source states it). What
// citation-unsupported checks citations against, and what coverage counts.

import type { Actor, AttributeFact, Evidence } from '../../factbase/types';
import type { ClaimContext } from '../claims/context';
import type { HomeClaim } from '../claims/people';
import { placeFits } from '../claims/places';
import type { QuotationClaim } from '../claims/quotations';
import { fitsLoosely } from '../claims/events';
import type { BlockClaims } from '../claims/read';
import { GENERIC_RANKS } from '../claims/lexicon';
import { isCheckable, isShorterForm, isUnattachedForm, mayReferTo, sameOfficeCountryAside } from '../claims/offices';
import type { HeldOffice } from '../claims/facts';
import type { TitleClaim } from '../claims/titles';
import type { Passage } from '../quote-index';
import type { RawFinding, Span } from '../rules';
import type { FindingCode } from '../types';
import { eventName } from './messages';

export type ClaimKind = 'date' | 'title' | 'age' | 'place' | 'quotation';

export const CLAIM_KINDS: readonly ClaimKind[] = ['date', 'title', 'age', 'place', 'quotation'];

export type ClaimStatus = 'supported' | 'contradicted' | 'unsupported';

export interface StatedClaim extends Span {
  kind: ClaimKind;
  /** What the claim states, for messages: "the date of the talks", "Peskov's title “spokesman”". */
  what: string;
  /** The passages of the sources that state it; none when no source does. */
  evidence: Evidence[];
  /** Said of events (their date or place), rather than of a person or a quotation. */
  ofEvents: boolean;
  /** For a title in words so general ("Hamas official", "its leader") that a source may state it in others: the person it is said of. */
  looseTitleOf?: Actor;
  /** For a date: it falls within the event's date but is more precise ("7 October 2023" of a visit in October 2023), so it need not be the event's. */
  dateOnlyFits?: boolean;
  /** For a person's title or home: the person, and the words a source telling of it would write (the title, the place). */
  saidOf?: { person: Actor; words: string };
}

export interface ClassifiedClaim extends StatedClaim {
  status: ClaimStatus;
}

/** The codes whose findings say the sources state otherwise than a claim. */
const CONTRADICTING: ReadonlySet<FindingCode> = new Set(['date-conflict', 'role-conflict', 'age-conflict', 'place-conflict', 'quote-mismatch']);

/** Every claim of the block with the passages of the sources that state it. */
export function statedClaims(claims: BlockClaims, context: ClaimContext): StatedClaim[] {
  const stated: StatedClaim[] = [];
  const add = (kind: ClaimKind, span: Span, what: string, evidence: Evidence[], ofEvents = false, looseTitleOf?: Actor): StatedClaim => {
    const claim: StatedClaim = { kind, start: span.start, end: span.end, what, evidence, ofEvents, ...(looseTitleOf && { looseTitleOf }) };
    stated.push(claim);
    return claim;
  };
  for (const claim of claims.dates) {
    const stated = add('date', claim, `the date of ${eventName(context.names, claim.event.event)}`, claim.agrees ? claim.event.event.evidence : [], true);
    if (claim.agrees && fitsLoosely(claim.event, claim.date)) stated.dateOnlyFits = true;
  }
  for (const claim of claims.eventPlaces) {
    const names = claim.events.map(({ event }) => eventName(context.names, event)).join(' and of ');
    add('place', claim, `the place of ${names}`, claim.agrees ? claim.events.flatMap(({ event }) => event.evidence) : [], true);
  }
  for (const claim of claims.homes) {
    const stated = add('place', claim, `${claim.person.name}'s ${claim.kind === 'residence' ? 'base' : 'home town'}`, fittingHomes(context, claim).flatMap((home) => home.evidence));
    stated.saidOf = { person: claim.person, words: context.text.slice(claim.written.start, claim.written.end) };
  }
  for (const claim of claims.titles) {
    // "An official" says nothing a source could state.
    if (!isCheckable(claim.phrase.office)) continue;
    const stated = add('title', claim, `${claim.person.name}'s title “${claim.written}”`, heldTitles(context, claim).flatMap((held) => held.title.evidence), false, isLoose(context, claim) ? claim.person : undefined);
    // "then deputy minister": a source telling of it writes the title, not the draft's word for when.
    stated.saidOf = { person: claim.person, words: claim.written.replace(/^(?:the\s+)?then[\s-]+/i, '') };
  }
  for (const claim of claims.ages) {
    const facts = (context.facts.agesOf.get(claim.person.id) ?? []).filter((fact) => fact.value === claim.value);
    add('age', claim, `${claim.person.name}'s age`, facts.flatMap((fact) => fact.evidence));
  }
  for (const claim of claims.quotations) {
    const holders = quotationHolders(claim, context);
    add('quotation', claim, 'the quotation', holders.map((id) => passageEvidence(context, { sourceId: id, range: context.facts.quotes.find(id, claim.parts)!, text: claim.text })));
  }
  return stated;
}

/**
 * Whether a title is worded so generally that a source naming the person may state it in other
 * words: one naming no body, or a generic rank in a body the person belongs to ("Hamas official"),
 * though not one naming a domain of its own ("special representative for the Middle East").
 */
function isLoose(context: ClaimContext, claim: TitleClaim): boolean {
  const { office } = claim.phrase;
  if (office.body.size === 0) return true;
  const own = new Set(claim.person.memberOf.flatMap((body) => context.facts.organisationWords.get(body) ?? []));
  return GENERIC_RANKS.has(office.rank) && [...office.body].every((word) => own.has(word));
}

/** The block's claims, each classed by the findings of the block (those of every contradicting code must be among them). */
export function classifiedClaims(claims: BlockClaims, context: ClaimContext, findings: readonly RawFinding[]): ClassifiedClaim[] {
  const contradictions = findings.filter((finding) => CONTRADICTING.has(finding.code));
  return statedClaims(claims, context).map((claim) => ({
    ...claim,
    status: contradictions.some((finding) => finding.start < claim.end && claim.start < finding.end) ? 'contradicted' : claim.evidence.length > 0 ? 'supported' : 'unsupported',
  }));
}

/** Whether a code's findings can contradict a claim: coverage needs their rules run whatever their severity. */
export function contradicts(code: FindingCode): boolean {
  return CONTRADICTING.has(code);
}

/** The homes the sources give the person that the claim may mean: any for "X-based", home towns for the other forms. */
export function comparedHomes(context: ClaimContext, claim: HomeClaim): AttributeFact[] {
  const homes = context.facts.homesOf.get(claim.person.id) ?? [];
  return homes.filter((home) => (claim.kind === 'residence' ? true : home.kind === 'hometown'));
}

/**
 * Whether the written place may be the home the sources give (see `placeFits`); a home the fact
 * base has no place for is compared by name.
 */
export function homeFits(context: ClaimContext, claim: HomeClaim, home: AttributeFact): boolean | undefined {
  const place = context.factBase.actors.get(String(home.value));
  if (place) return placeFits(context, claim.written, place);
  return claim.written.place ? claim.written.place.name.toLowerCase() === String(home.value).toLowerCase() : undefined;
}

/** The titles the sources give the person that the claim's office names, else those it may refer to ("the deputy minister"). */
function heldTitles(context: ClaimContext, claim: TitleClaim): HeldOffice[] {
  const held = context.facts.officesOf.get(claim.person.id) ?? [];
  const office = claim.phrase.office;
  // A source's shorter wording of the same office ("former deputy mayor" for "former deputy mayor for urban planning") tells of it too.
  const same = held.filter((title) => title.offices.some((worded) => sameOfficeCountryAside(office, worded) || isUnattachedForm(office, worded) || isShorterForm(worded, office)));
  return same.length > 0 ? same : held.filter((title) => title.offices.some((worded) => mayReferTo(office, worded)));
}

function fittingHomes(context: ClaimContext, claim: HomeClaim): AttributeFact[] {
  return comparedHomes(context, claim).filter((home) => homeFits(context, claim, home) === true);
}

/** The sources that hold the quotation verbatim (its omissions and insertions honoured), cited or not. */
export function quotationHolders(claim: QuotationClaim, context: ClaimContext): string[] {
  const quotes = context.facts.quotes;
  return context.session.remembered('quotation holders', claim.parts.join('\u0000'), () => quotes.sourceIds.filter((id) => quotes.find(id, claim.parts) !== undefined));
}

export function passageEvidence(context: ClaimContext, passage: Passage): Evidence {
  return { sourceId: passage.sourceId, quote: passage.text, passage: passage.range, at: context.factBase.sources.get(passage.sourceId)!.at };
}
