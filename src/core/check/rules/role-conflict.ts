// role-conflict: a title the draft gives a person that the sources contradict. Read as an office
// (rank, deputy or not, body, country), a title conflicts when the sources give it to someone else
// and never to this person; when they give this person another rank in the same body (a deputy
// called its head) or this rank in another body or country; when they give it this person only at
// other times; or when, for an office one person holds at a time, they name another holder at the
// draft's time.

import type { Actor } from '../../factbase/types';
import { citedSources, sentenceAt, type ClaimContext } from '../claims/context';
import { isDisputed, type HeldOffice, type Tenure } from '../claims/facts';
import { GENERIC_RANKS, isTrade, SINGLE_HOLDER_RANKS } from '../claims/lexicon';
import { countriesDiffer, isCheckable, isShorterForm, isUnattachedForm, mayReferTo, officeKey, sameBody, sameOffice, sameOfficeCountryAside, type Office, type WordedOffice } from '../claims/offices';
import type { TitleClaim } from '../claims/titles';
import type { DraftDate, RawFinding, RawFix } from '../rules';
import { normalizeWord } from '../tokens';
import { daySpan, overlaps, type DaySpan } from '../when';
import { eachClaim } from './rule';
import { atDate, humanDate, shortName, sourcesOf, titlesSaid, whenSaid } from './messages';

/** Most holders a message names; placing findings caps the passages and fixes. */
const MAX_HOLDERS_NAMED = 3;

export const roleConflict = eachClaim('role-conflict', (claims) => claims.titles, titleFinding);

function titleFinding(claim: TitleClaim, context: ClaimContext): RawFinding | undefined {
  const office = claim.phrase.office;
  if (!isCheckable(office) || isDisputed(context.facts, claim.person.id, claim.written)) return undefined;
  const held = context.facts.officesOf.get(claim.person.id) ?? [];
  const holders = context.session.remembered('office holders', officeKey(office), () => context.facts.allOffices.filter((other) => other.offices.some((worded) => sameOffice(office, worded))));
  const others = holders.filter((other) => other.holder !== claim.person);
  if (namesAnotherHolderByGivenName(context, claim, others)) return undefined;
  const own = held.filter((title) => title.offices.some((worded) => sameOfficeCountryAside(office, worded) || isUnattachedForm(office, worded) || isShorterForm(worded, office)));
  if (own.length > 0) return claim.time.length > 0 ? timeFinding(claim, own, others, held, citedBy(context, claim)) : citedTimeFinding(context, claim, own, others, held);
  const otherRank = held.filter((title) => title.offices.some((worded) => sameBody({ ...office, deputy: !office.deputy }, worded)));
  // "director" of someone the sources call both deputy director and Director of the Museum: a shorter wording of the latter, not the deputy's rank misnamed.
  const shorterOfOwn = held.some((title) => title.offices.some((worded) => mayReferTo(office, worded)));
  if (otherRank.length > 0 && !GENERIC_RANKS.has(office.rank) && !shorterOfOwn) return rankFinding(claim, otherRank, others, held);
  // "Naim, head of the Hamas Politburo": a member of the body called its head.
  const memberOnly = office.rank === 'head' ? held.filter((title) => title.offices.some((worded) => worded.rank === 'member' && sameBody(office, { ...worded, rank: 'head' }))) : [];
  if (memberOnly.length > 0) return rankFinding(claim, memberOnly, others, held);
  // A trade's place may say only where the person works or comes from ("the Cheltenham surveyor"): it contradicts when another holds the trade there.
  const placeContradicts = !isTrade(office.rank) || others.length > 0;
  const elsewhere = !placeContradicts ? [] : held.filter((title) => title.offices.some((worded) => countriesDiffer(office, worded) && sameOffice({ ...office, countries: new Set() }, worded)));
  if (elsewhere.length > 0) return rankFinding(claim, elsewhere, others, held);
  // "the Foreign Ministry's spokesman" for the President's press secretary: the rank is the person's, in a body they do not belong to.
  const inOtherBody = GENERIC_RANKS.has(office.rank) || office.body.size === 0 || !belongsElsewhere(context, claim.person, office)
    ? []
    : currentTitles(held, [], claim.time).filter((title) => title.offices.some((worded) => worded.rank === office.rank && worded.deputy === office.deputy));
  if (inOtherBody.length > 0) return rankFinding(claim, inOtherBody, others, held);
  if (others.length === 0) return undefined;
  if (GENERIC_RANKS.has(office.rank) && !belongsElsewhere(context, claim.person, office)) return undefined;
  // "a hydrologist", "an able seaman": a trade of no body or place is many people's, so another's holding it says nothing of this person.
  if (isTrade(office.rank) && office.body.size === 0 && office.countries.size === 0) return undefined;
  // "deputy minister" for a Deputy Minister of Economy: a shorter wording of the person's own office, though another's exactly.
  if (shorterOfOwn) return undefined;
  return otherHolderFinding(claim, others, held);
}

/**
 * "Egyptian intelligence chief Abbas ___": a one-word name that is also the given name of someone the
 * sources give the title to may be that person, named short; it says nothing of the other.
 */
function namesAnotherHolderByGivenName(context: ClaimContext, claim: TitleClaim, others: readonly HeldOffice[]): boolean {
  const written = context.text.slice(claim.mention.start, claim.mention.end);
  if (/\s/.test(written.trim())) return false;
  const word = normalizeWord(written);
  return others.some((other) => other.holder.givenNames.some((given) => normalizeWord(given) === word));
}

/** The sources the sentence of the claim cites. */
function citedBy(context: ClaimContext, claim: TitleClaim): string[] {
  return citedSources(context, sentenceAt(context, claim.phrase.start));
}

/** For a rank such as "official": the person belongs to other bodies, and to none the title names. */
function belongsElsewhere(context: ClaimContext, person: Actor, office: Office): boolean {
  const bodies = context.facts.bodiesOf.get(person.id);
  if (!bodies || bodies.size === 0) return false;
  for (const word of office.body) if (bodies.has(word)) return false;
  return true;
}

/** A title of the person's own, held at other times only, or held then by another in an office for one. */
function timeFinding(claim: TitleClaim, own: HeldOffice[], others: readonly HeldOffice[], held: readonly HeldOffice[], cited: readonly string[]): RawFinding | undefined {
  const { time, person } = claim;
  const office = claim.phrase.office;
  if (office.former) return undefined;
  // "Hamas chief Meshaal introduces his deputy [@s002]": with no time of its own, the claim is made at the time of the source it cites, which gives the title.
  if (!claim.timeInClause && own.some((title) => title.title.evidence.some((evidence) => cited.includes(evidence.sourceId)))) return undefined;
  if (time.every((date) => own.every((title) => outside(title.tenure, date.span)))) return pastFinding(claim, own, held);
  // "the mission's head" in December 2021, when the sources then call him its deputy head, and its head only in 2025.
  const otherRankThen = otherRankAt(claim, own, held, time.map((date) => date.span));
  if (otherRankThen.length > 0) return rankFinding(claim, otherRankThen, others, held);
  // Another holder at the time is told only of a time the title's own clause states.
  if (!SINGLE_HOLDER_RANKS.has(office.rank) || office.deputy || !claim.timeInClause) return undefined;
  if (own.some((title) => time.some((date) => covers(title.tenure, date.span)))) return undefined;
  const ownOffices = own.flatMap((title) => title.offices.filter((worded) => sameOffice(office, worded)));
  const then = others.filter((other) => time.every((date) => covers(other.tenure, date.span)) && other.offices.some((worded) => sameOffice(office, worded) && ownOffices.some((mine) => sameInstitution(mine, worded))));
  if (then.length === 0) return undefined;
  const holders = distinctHolders(then);
  return {
    code: 'role-conflict',
    start: claim.start,
    end: claim.end,
    message: `${whenSaid(time)} the sources give “${claim.written}” to ${holdersSaid(then)}, not to ${person.name}.`,
    evidence: [...then.flatMap((other) => other.title.evidence), ...own.flatMap((title) => title.title.evidence)],
    fixes: holders.map((holder) => nameFix(claim, holder)),
  };
}

/**
 * A title of the person's own said with no time, in a sentence citing sources: the claim is made at
 * their dates, when they call the person by the other rank of the office ("Deputy Energy Minister
 * Sadykov [@s004]", when s004 calls him the minister, and a source of years before his deputy).
 */
function citedTimeFinding(context: ClaimContext, claim: TitleClaim, own: HeldOffice[], others: readonly HeldOffice[], held: readonly HeldOffice[]): RawFinding | undefined {
  const cited = citedBy(context, claim);
  if (claim.phrase.office.former || cited.length === 0 || own.some((title) => title.title.evidence.some((evidence) => cited.includes(evidence.sourceId)))) return undefined;
  const days = cited.flatMap((id) => {
    const published = context.factBase.sources.get(id)?.published?.date;
    return published ? [daySpan(published)] : [];
  });
  if (days.length === 0) return undefined;
  const otherRankThen = otherRankAt(claim, own, held, days).filter((title) => title.title.evidence.some((evidence) => cited.includes(evidence.sourceId)));
  return otherRankThen.length > 0 ? rankFinding(claim, otherRankThen, others, held) : undefined;
}

/** The person's titles of the office's other rank (deputy for head, head for deputy) held on all the days, when none of `own` is. */
function otherRankAt(claim: TitleClaim, own: readonly HeldOffice[], held: readonly HeldOffice[], days: readonly DaySpan[]): HeldOffice[] {
  const office = claim.phrase.office;
  if (own.some((title) => days.some((span) => covers(title.tenure, span)))) return [];
  return held.filter((title) => !own.includes(title) && days.every((span) => covers(title.tenure, span)) && title.offices.some((worded) => worded.deputy !== office.deputy && (sameBody({ ...office, deputy: worded.deputy }, worded) || isUnattachedForm({ ...office, deputy: worded.deputy }, worded))));
}

/** The title is the person's, but the sources give it only before or after the draft's time. */
function pastFinding(claim: TitleClaim, own: HeldOffice[], titles: readonly HeldOffice[]): RawFinding {
  const { time, person, written } = claim;
  const fixes: RawFix[] = currentTitles(titles, own, time).map((title) => titleFix(claim, title.title.title));
  if (own.every((title) => ended(title.tenure) && time.every((date) => date.span.first >= endOf(title.tenure)!))) {
    fixes.push(titleFix(claim, `former ${written}`));
  }
  // A title stated as past ("former head") tells when the others ended, not a tenure of its own.
  const held = own.filter((title) => !title.title.former);
  const said = (held.length > 0 ? held : own).map((title) => tenureSaid(person, title, written));
  return {
    code: 'role-conflict',
    start: claim.start,
    end: claim.end,
    message: `${whenSaid(time)} the sources ${[...new Set(said)].join('; they ')}.`,
    evidence: [...own.flatMap((title) => title.title.evidence), ...own.flatMap((title) => title.tenure.formerSince?.title.evidence ?? [])],
    fixes: fixes,
  };
}

/** A deputy called the head of the body, a head called its deputy, a member called its head, or a title of the person's own kind in another country or body. */
function rankFinding(claim: TitleClaim, sameBody: HeldOffice[], others: readonly HeldOffice[], held: readonly HeldOffice[]): RawFinding {
  const { person, written, time } = claim;
  const then = sameBody.filter((title) => time.every((date) => !outside(title.tenure, date.span)));
  const shown = then.length > 0 ? then : sameBody;
  const holders = others.length > 0 ? `; they give “${written}” to ${holdersSaid(others)}` : '';
  return {
    code: 'role-conflict',
    start: claim.start,
    end: claim.end,
    message: `The sources call ${person.name} ${titlesSaid(shown.map((title) => title.title))}, not “${written}”${holders}.`,
    evidence: [...shown.flatMap((title) => title.title.evidence), ...others.flatMap((other) => other.title.evidence)],
    fixes: [...distinctTitleFixes(claim, [...shown, ...currentTitles(held, shown, time)]), ...distinctHolders(others).map((holder) => nameFix(claim, holder))],
  };
}

/** A title the sources give to someone else, and never to this person. */
function otherHolderFinding(claim: TitleClaim, others: readonly HeldOffice[], held: readonly HeldOffice[]): RawFinding {
  const { person, written, time } = claim;
  const then = time.length === 0 ? others : others.filter((other) => time.every((date) => !outside(other.tenure, date.span)));
  // Titles of the person's that read as no office ("Harbour Master") are theirs all the same.
  const unread = person.titles.filter((title) => !title.former && !held.some((office) => office.title === title));
  const ownThen = [...currentTitles(held, [], time).map((office) => office.title), ...unread];
  const own = ownThen.length > 0 ? ownThen : held.map((office) => office.title);
  const ownSaid = own.length === 0 ? '' : `, whom they call ${titlesSaid(own)}`;
  return {
    code: 'role-conflict',
    start: claim.start,
    end: claim.end,
    message: `The sources give “${written}” to ${holdersSaid(others)}, never to ${person.name}${ownSaid}.`,
    evidence: [...own.flatMap((title) => title.evidence), ...others.flatMap((other) => other.title.evidence)],
    fixes: [...[...new Set(ownThen.map((title) => title.title))].map((name) => titleFix(claim, name)), ...distinctHolders(then).map((holder) => nameFix(claim, holder))],
  };
}

/** The person's titles, less `except`, that the sources do not date away from the draft's time. */
function currentTitles(held: readonly HeldOffice[], except: readonly HeldOffice[], time: readonly DraftDate[]): HeldOffice[] {
  return held.filter((title) => !except.includes(title) && !title.title.former && time.every((date) => !outside(title.tenure, date.span)));
}

function distinctTitleFixes(claim: TitleClaim, titles: readonly HeldOffice[]): RawFix[] {
  return [...new Set(titles.map((title) => title.title.title))].map((name) => titleFix(claim, name));
}

function titleFix(claim: TitleClaim, title: string): RawFix {
  return { title: `Write “${title}” (the sources' title for ${claim.person.name})`, replacement: title, start: claim.phrase.start, end: claim.phrase.end };
}

/** The holder's name in the shape the draft wrote: surname for surname, full name for full name. */
function nameFix(claim: TitleClaim, holder: Actor): RawFix {
  const name = claim.mention.spelling.kind === 'full' ? holder.preferred : shortName(holder);
  return { title: `Write “${name}” (who holds “${claim.written}” in the sources)`, replacement: name, start: claim.mention.start, end: claim.mention.end };
}

function distinctHolders(offices: readonly HeldOffice[]): Actor[] {
  return [...new Set(offices.map((office) => office.holder))];
}

/** "Sergei Lavrov (s000 and s004)", "Khaled Mashal and Ismail Haniyeh (s002 and s004)". */
function holdersSaid(offices: readonly HeldOffice[]): string {
  const holders = distinctHolders(offices);
  const shown = holders.slice(0, MAX_HOLDERS_NAMED);
  const more = holders.length > shown.length ? ` and ${holders.length - shown.length} more` : '';
  return `${shown.map((holder) => holder.name).join(' and ')}${more} (${sourcesOf(offices.filter((office) => shown.includes(office.holder)).flatMap((office) => office.title.evidence))})`;
}

/** What the sources say of when the person held the title. */
function tenureSaid(person: Actor, held: HeldOffice, written: string): string {
  const { tenure, title } = held;
  const sources = sourcesOf(title.evidence);
  if (tenure.formerSince) {
    const former = tenure.formerSince.title;
    const wording = former.wordings.find((wording) => /^former\b/i.test(wording)) ?? `former ${former.title}`;
    const when = title.asOf ? ` ${atDate(title.asOf)}` : ' only before then';
    return `call ${person.name} the ${wording} (${sourcesOf(former.evidence)}, ${humanDate(tenure.formerSince.date)}); they call ${shortName(person)} “${written}”${when} (${sources})`;
  }
  const span = title.from && title.until ? ` from ${humanDate(title.from)} to ${humanDate(title.until)}` : title.until ? ` until ${humanDate(title.until)}` : title.from ? ` from ${humanDate(title.from)}` : '';
  return `give ${person.name} the title “${written}” only${span} (${sources})`;
}

/** Body words that name a kind of body, not one body: a presidency or a government of what country? */
const KINDS_OF_BODY = new Set(['presidency', 'government', 'ministry']);

/** Whether two offices are surely the same office: the same countries and body, a body or a country named. */
function sameInstitution(a: WordedOffice, b: WordedOffice): boolean {
  if (!sameWords(a.countries, b.countries) || !sameWords(a.body, b.body)) return false;
  return a.countries.size > 0 || [...a.body].some((word) => !KINDS_OF_BODY.has(word));
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const word of a) if (!b.has(word)) return false;
  return true;
}

/** Whether the tenure excludes the days: before its start, after its end, or from the time a source calls the holder former. */
function outside(tenure: Tenure, days: DaySpan): boolean {
  if (tenure.from && days.last < tenure.from.first) return true;
  const end = endOf(tenure);
  return end !== undefined && days.first > end;
}

/** Whether the tenure surely includes the days: stated as held then, or between its start and end. */
function covers(tenure: Tenure, days: DaySpan): boolean {
  if (tenure.asOf && overlaps(tenure.asOf, days)) return true;
  return tenure.from !== undefined && tenure.until !== undefined && tenure.from.first <= days.first && days.last <= tenure.until.last;
}

function ended(tenure: Tenure): boolean {
  return endOf(tenure) !== undefined;
}

/** The last day the title is held: its `until`, or the day before a source first calls the holder former. */
function endOf(tenure: Tenure): number | undefined {
  if (tenure.until) return tenure.until.last;
  if (tenure.formerSince) return daySpan(tenure.formerSince.date).first - 1;
  return undefined;
}
