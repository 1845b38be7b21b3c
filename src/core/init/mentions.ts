// Where each document names someone or something: the name as written, the title written before
// or after it, and the words around it that tell a person from a place or an organisation.
import { isPersonNoun } from '../check/claims/english';
import { findDates } from './dates';
import { ATTRIBUTED_TO, CLAUSE_VERBS, COMPLEMENT_OPENERS, isCommonWord, isTitleHead, DEMONYM_ENDING, FUNCTION_WORDS, HONORIFICS, NOT_OFFICES, ORGANISATION_HEADS, PLACE_HEADS, PLACE_KINDS, PLACE_PREPOSITIONS, PLACE_VERBS, RESIDENT_WORDS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { isCapitalised, nameRuns, wordsOf, type Word } from './names';
import type { Sentence } from './sentences';

export interface TitleMention {
  /** The title as written: "Russian Deputy Foreign Minister", "a member of the Hamas Politburo". */
  wording: string;
  /** Offsets of the passage that gives the title and the name together. */
  quoteStart: number;
  quoteEnd: number;
  /** "Their leader, Ana Ruiz", "Ana Ruiz, his deputy": a title held of someone named before, whom it does not name. */
  ofAntecedent?: boolean;
  /** "Ana Ruiz resigned as director": a title the name no longer holds. */
  former?: boolean;
  /** "Ana Ruiz became director in 2022": a title held from the day its sentence names. */
  takenUp?: boolean;
  /** "rector of Delta University since May 2017": the words that date when the title was taken up, when not the whole sentence. */
  datedBy?: string;
  /** The title's name when the wording is a verb's: "Head of the directorate" for "headed the directorate". */
  title?: string;
}

const POSSESSIVE_BEFORE = /(?:^|\s)(?:its|his|her|their) $/i;

export interface Mention {
  document: number;
  sentence: Sentence;
  words: Word[];
  /** The name as written, from its first word to its last. */
  text: string;
  start: number;
  end: number;
  opensSentence: boolean;
  titles: TitleMention[];
  /** The word before, lower case: "in", "the"...; before "the", the word before that. */
  before: string;
  beforeThe: string;
  after: string;
}

/** A lower-case noun of the trades' shapes: "landowner", "coroner", "detectorist", "headman". */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|eer|ian|man|woman)$/u;

/**
 * The head of a title set off by commas or an article, where a title is what the words must be:
 * a title head, or a noun for a person by what they do ("the landowner, Eleanor Vane"; "Geraint
 * Price, the senior coroner for Worcestershire"), though not kin, company or a state one is in.
 */
function isRoleHead(word: string): boolean {
  if (isTitleHead(word)) return true;
  if (NOT_OFFICES.has(word) || PLACE_HEADS.has(word) || ORGANISATION_HEADS.has(word) || TITLE_MODIFIERS.has(word) || FUNCTION_WORDS.has(word)) return false;
  return isPersonNoun(word) || AGENT_NOUN.test(word);
}

/** Every mention of a name in the document's sentences. */
export function mentionsOf(document: number, text: string, sentences: readonly Sentence[], lowerCaseWords: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    const words = wordsOf(sentence.text, sentence.start);
    if (isTitleCaseHeadline(sentence, words, lowerCaseWords)) continue;
    let pendingTitle: { wording: string; start: number; end: number } | undefined;
    const worksNamed = workTitles(sentence);
    for (const found of nameRuns(sentence.text, sentence.start, words, lowerCaseWords)) {
      if (worksNamed.some((work) => found.words[0]!.start >= work.start && found.words[0]!.start < work.end)) continue;
      // A sentence's first word that the documents also write in lower case is no part of a name,
      // unless a title goes on from it: "Deputy Energy Minister Ana Ruiz", "Water Resources Minister Ana Ruiz", "Minister of Health Ana Ruiz".
      const opensTitle = found.words.length >= 3 && found.words.slice(0, -1).some((word) => isTitleHead(word.text));
      const run = found.opensSentence && !opensTitle && lowerCaseWords.has(found.words[0]!.text.toLowerCase()) ? { words: found.words.slice(1), opensSentence: false } : found;
      if (run.words.length === 0) continue;
      const split = splitTitle(document, text, sentence, words, run.words, run.opensSentence, lowerCaseWords);
      const named = split.mentions[split.mentions.length - 1];
      if (named && pendingTitle && text.slice(pendingTitle.end, named.start) === ', ') {
        named.titles.unshift({ wording: pendingTitle.wording, quoteStart: pendingTitle.start, quoteEnd: named.end });
      }
      pendingTitle = split.title;
      mentions.push(...split.mentions);
    }
  }
  return mentions;
}

/**
 * In a headline written in title case, capitals mark no names: most words of a longer one are
 * capitalised, or every word of a short heading line, one of them a word the documents write in lower case ("Russian - Hamas Relations").
 */
function isTitleCaseHeadline(sentence: Sentence, words: readonly Word[], lowerCaseWords: ReadonlySet<string>): boolean {
  const capitalised = words.filter((word) => isCapitalised(word.text)).length;
  if (words.length >= 4) return capitalised >= words.length * 0.7;
  const headingLine = words.length === 3 && capitalised === 3 && !/[.!?:;,]\s*$/.test(sentence.text) && !sentence.text.includes('\n');
  return headingLine && words.some((word) => lowerCaseWords.has(word.text.toLowerCase()));
}

/** A work's title in quotation marks after the word for it: the book "Hamas - Praise to Heroes" names no place. */
const WORK_TITLE = /\b(?:book|novel|memoir|film|documentary|article|essay|report|study|play|song|album|poem|titled|entitled|called)\s*[,:]?\s*["“«]([^"“”«»]{1,160})["”»]/giu;

function workTitles(sentence: Sentence): { start: number; end: number }[] {
  return [...sentence.text.matchAll(WORK_TITLE)].map((match) => {
    const start = sentence.start + match.index + match[0].length - match[1]!.length - 1;
    return { start, end: start + match[1]!.length };
  });
}

/** A word of a title that is no organisation's name: "Deputy", "Foreign", "Russian". */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isTitleHead(word) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower) || (DEMONYM_ENDING.test(lower) && !/^\p{Lu}+$/u.test(word));
}

interface Split {
  mentions: Mention[];
  /** A run that is a title and nothing else ("Russian Ambassador to Israel"), for a name after a comma. */
  title?: { wording: string; start: number; end: number };
}

/**
 * A run's title words ("Deputy Foreign Minister" in "Deputy Foreign Minister Mikhail Bogdanov") are
 * the title, the words after the last title head the name, and words before the title an
 * organisation's name ("CIA" in "CIA Director William Burns").
 */
function splitTitle(document: number, text: string, sentence: Sentence, sentenceWords: readonly Word[], run: Word[], opensSentence: boolean, lowerCaseWords: ReadonlySet<string>): Split {
  let head = -1;
  for (let i = 0; i < run.length; i++) if (isTitleHead(run[i]!.text) || (i < run.length - 1 && HONORIFICS.has(run[i]!.text.toLowerCase()))) head = i;
  const headsOfPhrase = head >= 0 && COMPLEMENT_OPENERS.has(run[head + 1]?.text ?? '');
  head = titleEnd(run, head, lowerCaseWords);
  // "the Minister of Foreign Affairs, Ana Ruiz" and "Minister of Foreign Affairs of Peru": one word
  // left after such a title, and a comma or "of" after it, is the title's last word, not a name.
  if (headsOfPhrase && head === run.length - 2 && /^(?:,| of\b)/.test(text.slice(run[run.length - 1]!.end))) head = run.length - 1;
  const split: Split = { mentions: [] };
  let titleStart = 0;
  if (head >= 0) {
    while (titleStart < head && !isTitleWord(run[titleStart]!.text)) titleStart++;
    // "Ana Ruiz Deputy Minister" names Ana Ruiz; "Office of the Mayor" names no one before its title.
    if (titleStart > 0 && isCapitalised(run[titleStart - 1]!.text)) split.mentions.push(mentionOf(document, text, sentence, sentenceWords, run.slice(0, titleStart), opensSentence));
  }
  // No name holds an organisation's head word: "Politburo Musa Abu Marzouk" is the Politburo's Musa Abu Marzouk.
  let nameStart = head + 1;
  // "Party of Social Progress", "Organisation for Mediation and Arbitration" are the organisation's own name.
  for (let i = nameStart; i < run.length - 2; i++) if (ORGANISATION_HEADS.has(run[i]!.text.toLowerCase()) && !COMPLEMENT_OPENERS.has(run[i + 1]!.text)) nameStart = i + 1;
  const nameWords = run.slice(nameStart);
  if (nameWords.length === 0 || !isCapitalised(nameWords[0]!.text)) {
    if (head >= 0) split.title = { wording: text.slice(run[0]!.start, run[head]!.end), start: run[0]!.start, end: run[head]!.end };
    return split;
  }
  const mention = mentionOf(document, text, sentence, sentenceWords, nameWords, opensSentence && nameStart === 0);
  const last = nameWords[nameWords.length - 1]!;
  if (head >= 0) {
    const titleWords = run.slice(0, head + 1).filter((word) => !HONORIFICS.has(word.text.toLowerCase()));
    // "deputy Foreign Minister Bogdanov": a rank written in lower case before the capitals is the title's.
    const runIndex = sentenceWords.findIndex((word) => word.start === run[0]!.start);
    const rank = runIndex > 0 && titleWords[0] === run[0] && LOWER_CASE_RANKS.has(sentenceWords[runIndex - 1]!.text) && text.slice(sentenceWords[runIndex - 1]!.end, run[0]!.start) === ' ' ? sentenceWords[runIndex - 1]! : undefined;
    if (rank) titleWords.unshift(rank);
    if (titleWords.length > 0) mention.titles.push({ wording: text.slice(titleWords[0]!.start, titleWords[titleWords.length - 1]!.end), quoteStart: (rank ?? run[0]!).start, quoteEnd: last.end });
  } else {
    const index = sentenceWords.findIndex((word) => word.start === nameWords[0]!.start);
    const before = titleBefore(text, sentenceWords, index) ?? titleBeforeComma(text, sentence, mention.start) ?? (nameStart > 0 ? headOfBodyBefore(text, sentence, run[0]!.start, run[nameStart - 1]!.end) : undefined);
    if (before) {
      const ofAntecedent = POSSESSIVE_BEFORE.test(text.slice(Math.max(0, before.start - 6), before.start));
      mention.titles.push({ wording: text.slice(before.start, before.end), quoteStart: before.start, quoteEnd: last.end, ...(ofAntecedent ? { ofAntecedent } : {}) });
    }
  }
  // "Imran Chaudhry, 38, of Marlow Falls, the mine's engineer": an apposition after a place the person is of is the person's.
  const after = OF_PLACE.has(mention.before) ? undefined : titleAfter(text, sentence, mention.start, last.end);
  if (after) mention.titles.push(...after);
  const given = titleGiven(text, sentence, mention, last.end);
  if (given) mention.titles.push(given);
  split.mentions.push(mention);
  return split;
}

function mentionOf(document: number, text: string, sentence: Sentence, sentenceWords: readonly Word[], nameWords: Word[], opensSentence: boolean): Mention {
  const first = nameWords[0]!;
  const last = nameWords[nameWords.length - 1]!;
  const index = sentenceWords.findIndex((word) => word.start === first.start);
  const lastIndex = sentenceWords.findIndex((word) => word.start === last.start);
  const next = sentenceWords[lastIndex + 1];
  return {
    document,
    sentence,
    words: nameWords,
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    opensSentence,
    titles: [],
    before: wordBefore(text, sentenceWords, index),
    beforeThe: wordBefore(text, sentenceWords, index) === 'the' ? wordBefore(text, sentenceWords, index - 1) : '',
    after: next && text.slice(last.end, next.start).trim() === '' ? next.text.toLowerCase() : '',
  };
}

/**
 * Where a title that goes on after its head ends: "Chairman of the Politburo" up to the organisation's
 * head word, "Minister of Water Resources" over common words (see `isCommonWord`), "Ambassador to Israel", "Mayor of Rotterdam" and "Vice-Rector for Research" one name on.
 */
function titleEnd(run: readonly Word[], head: number, lowerCaseWords: ReadonlySet<string>): number {
  if (head < 0 || !COMPLEMENT_OPENERS.has(run[head + 1]?.text ?? '')) return head;
  let at = head + 2;
  if (run[at]?.text === 'the') at++;
  const organisation = run.findIndex((word, i) => i >= at && i < run.length - 1 && ORGANISATION_HEADS.has(word.text.toLowerCase()));
  let end = organisation >= 0 ? organisation : Math.min(at, run.length - 1);
  const common = (word: Word) => isCommonWord(word.text, lowerCaseWords);
  for (;;) {
    // "of Economy and Sustainable Development", "of Energy and Infrastructure": the title goes on to the last common word after "and".
    const afterAnd = run[end + 1]?.text === 'and' ? run.reduce((last, word, i) => (i > end + 1 && common(word) ? i : last), -1) : -1;
    if (afterAnd > end) end = afterAnd;
    // Two words at least are left for the name, which starts after an organisation's head word.
    else if (organisation < 0 && end + 1 < run.length - 2 && common(run[end + 1]!)) end++;
    else return end;
  }
}

function wordBefore(text: string, words: readonly Word[], index: number): string {
  return index > 0 && text.slice(words[index - 1]!.end, words[index]!.start).trim() === '' ? words[index - 1]!.text.toLowerCase() : '';
}

/**
 * "The current head of Hamas, Ismail Haniyeh", "Hamas chief, Khaled Meshaal": a title that opens its
 * clause, set off by a comma; without an article, only names and a title head ("After meeting Hamas
 * chief, Lavrov..." gives Lavrov no title).
 */
function titleBeforeComma(text: string, sentence: Sentence, nameStart: number): { start: number; end: number } | undefined {
  const before = text.slice(sentence.start, nameStart);
  // A clause holds no comma, but for one inside a number ("2,114 coins").
  const clause = /(?:^|[,;:] )(?:and )?((?:(the|a|an|its|his|her|their|The|A|An|Its|His|Her|Their) )?((?:[^,;:()]|(?<=\d),(?=\d)){2,})), $/u.exec(before);
  if (!clause) return undefined;
  const end = sentence.start + before.length - 2;
  const words = clause[3]!.split(' ');
  if (clause[3]!.length <= 100 && isTitlePhrase(words) && (clause[2] || isBareTitle(words) || opensWithComplementedTitle(words))) return { start: end - clause[3]!.length, end };
  // "The ceremony was attended by the Minister of Water Resources of Peru, Ana Ruiz", "declared
  // treasure by the area coroner for Gloucestershire, Katherine Boyd": the title opens at the last
  // article that gives one, its head among the first words after it.
  const articles = [...clause[3]!.matchAll(/(?<=^|\s)(?:the|a|an) /g)].reverse();
  for (const article of articles) {
    const phrase = clause[3]!.slice(article.index + article[0].length);
    const phraseWords = phrase.split(' ');
    if (phrase.length > 100) break;
    if (isTitlePhrase(phraseWords) && phraseWords.slice(0, 3).some(isRoleHead)) return { start: end - phrase.length, end };
  }
  return undefined;
}

/** "the deputy head of the group's ": a title's head and its "of" before the body a run of names opens with. */
const HEAD_OF_BEFORE = /(?:^|\s)((?:(?:deputy|vice|acting|first|former) )?(\p{Ll}+) of (?:the )?(?:\p{L}+['’]s )?)$/u;

/**
 * "the deputy head of the group's Politburo Musa Abu Marzouk": a lower-case title whose "of" names
 * the body that opens the run of names (`bodyStart` to `bodyEnd`), as the title of the name after it.
 */
function headOfBodyBefore(text: string, sentence: Sentence, bodyStart: number, bodyEnd: number): { start: number; end: number } | undefined {
  const lead = HEAD_OF_BEFORE.exec(text.slice(sentence.start, bodyStart));
  if (!lead || !isTitleHead(lead[2]!)) return undefined;
  return { start: bodyStart - lead[1]!.length, end: bodyEnd };
}

/**
 * "Deputy Chairman of the Politburo of the Palestinian movement Hamas, Musa Abu Marzouk": a title
 * in capitals opening the clause, its head's complement going on to the comma ("Deputy Minister Ana
 * Ruiz met Jan Mol, ..." is no title, as a name follows the head).
 */
function opensWithComplementedTitle(words: readonly string[]): boolean {
  if (!isCapitalised(words[0] ?? '')) return false;
  let head = -1;
  for (let i = 0; i < Math.min(3, words.length); i++) if (isTitleHead(words[i]!)) head = i;
  return head >= 0 && COMPLEMENT_OPENERS.has(words[head + 1] ?? '');
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * Words that may be a title: a title head among the first few, and no verb of a clause ("The
 * groups were led by two deputies, Ana Ruiz..."). What follows the head's "of" may be long: "the
 * Minister of Foreign Affairs of the Republic of Peru".
 */
function isTitlePhrase(words: readonly string[]): boolean {
  let head = words.findIndex(isRoleHead);
  if (head < 0 || head > 5) return false;
  // "chief engineer of the Basin Authority": the head is the last of the heads in a row.
  while (head + 1 < words.length && isRoleHead(words[head + 1]!)) head++;
  // "a senior mediator at the Organisation for Mediation and Arbitration": "at" opens where the title is held.
  if (words.length > 8 && !COMPLEMENT_OPENERS.has(words[head + 1]!) && words[head + 1] !== 'at') return false;
  return words.length <= 14 && !words.some((word) => CLAUSE_VERBS.has(word.toLowerCase()) || SPEECH_VERBS.has(word.toLowerCase()) || RELATIVE_PRONOUNS.has(word));
}

/** Whether capitalised words follow the last head of a title phrase, before its complement, with nothing between: "Mossad chief David Barnea". */
function namesSomeoneAfterHead(words: readonly string[]): boolean {
  // The title's own words end at its complement: "head of the toxicology unit at Belogor General Hospital".
  const complement = words.findIndex((word) => COMPLEMENT_OPENERS.has(word) || word === 'at');
  const own = complement < 0 ? words : words.slice(0, complement);
  let head = -1;
  own.forEach((word, i) => {
    if (isRoleHead(word)) head = i;
  });
  return head >= 0 && head + 1 < own.length && isCapitalised(own[head + 1]!);
}

/** "Hamas chief", "Politburo head", "KGC's chief executive": names, then a title head after words of titles, and no other word. */
function isBareTitle(words: readonly string[]): boolean {
  const head = words[words.length - 1]!;
  const firstTitleWord = words.findIndex((word) => !isCapitalised(word) && TITLE_MODIFIERS.has(word));
  const names = words.slice(0, firstTitleWord >= 0 ? firstTitleWord : -1);
  const modifiers = firstTitleWord >= 0 ? words.slice(firstTitleWord, -1) : [];
  return words.length <= 4 && isTitleHead(head) && names.length > 0
    && names.every((word) => isCapitalised(word) && !FUNCTION_WORDS.has(word.toLowerCase()))
    && modifiers.every((word) => TITLE_MODIFIERS.has(word));
}

/**
 * A lower-case title just before the name: "senior official", "Mossad chief", "intelligence chief";
 * after an article, a noun for what a person does too: "the landowner Eleanor Vane".
 */
function titleBefore(text: string, words: readonly Word[], nameIndex: number): { start: number; end: number } | undefined {
  const headIndex = nameIndex - 1;
  const head = words[headIndex];
  if (!head || !/^\p{Ll}/u.test(head.text) || !isRoleHead(head.text) || text.slice(head.end, words[nameIndex]!.start) !== ' ') return undefined;
  let first = headIndex;
  while (first > 0 && headIndex - first < 3) {
    const word = words[first - 1]!;
    if (text.slice(word.end, words[first]!.start) !== ' ') break;
    if (!TITLE_MODIFIERS.has(word.text.toLowerCase()) && !/^\p{Lu}/u.test(word.text)) break;
    first--;
  }
  const before = words[first - 1]?.text.toLowerCase();
  if (!TITLE_HEADS.has(head.text) && before !== 'the' && before !== 'a' && before !== 'an') return undefined;
  return { start: words[first]!.start, end: head.end };
}

/**
 * Titles in an apposition after the name (or its age): "Basem Naim, a member of the Hamas Politburo," gives "member
 * of the Hamas Politburo"; "a senior Hamas official and deputy head of its political wing" gives two.
 */
function titleAfter(text: string, sentence: Sentence, nameStart: number, nameEnd: number): TitleMention[] | undefined {
  const rest = text.slice(nameEnd, sentence.end);
  // After an age too: "Ana Ruiz, 39, the director of the Dune Trust".
  // "Ana Ruiz, 39, is the director of the Dune Trust (DT)": a title said of the name is one too;
  // ", and the Minister of Energy" begins another name's title, not an apposition.
  // After an age and home town too: "Wim Hoek, 38, of Urk, the dyke's engineer".
  const apposition = /^(?:(?:, \d{1,3},)? is (?:a|an|the) |(?:, \d{1,3}(?:, (?:of|from) \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*)?)?, (?!(?:and|or|but|nor) )(?:(?:a|an|the|as) )?)([^,;.()“”"]{3,90})(?=[,;.)]| \(|$| (?:who|whom|whose|which|that) )/u.exec(rest);
  if (!apposition) return undefined;
  const whole = apposition[1]!;
  const startOfWhole = nameEnd + apposition[0].length - whole.length;
  const titles: TitleMention[] = [];
  let offset = 0;
  for (const written of titleParts(whole)) {
    const start = startOfWhole + offset;
    offset += written.length + ' and '.length;
    // "the senior mediator whom the minister appointed": the title ends where a relative clause opens.
    // Not after a noun for a person ("the younger of the two women who found it"): a title's head word must stand before the clause.
    const relative = / (?:who|whom|whose|which|that) /.exec(written);
    const clause = relative && written.slice(0, relative.index).split(' ').some(isTitleHead) ? written.slice(0, relative.index) : written;
    // "rector of Delta University since May 2017": held from that date; the date is no word of the title.
    const since = SINCE_CLOSING.exec(clause);
    const part = since ? clause.slice(0, since.index) : clause;
    const partWords = part.split(' ');
    if (!isTitlePhrase(partWords.map((word) => word.replace(/['’]s$/, '')))) continue;
    if (/^(?:who|which|that|where|when|he|she|they|it)\b/.test(part) || partWords.some((word) => SPEECH_VERBS.has(word))) return undefined;
    // "William Burns, Mossad chief David Barnea, ...": a name after the title's head makes it the next person's, in a list.
    if (namesSomeoneAfterHead(partWords)) return undefined;
    const ofAntecedent = /^(?:its|his|her|their) /i.test(part);
    const wording = part.replace(/^(?:a|an|the|its|his|her|their) /i, '');
    titles.push({ wording, quoteStart: nameStart, quoteEnd: start + clause.length, ...(ofAntecedent ? { ofAntecedent } : {}), ...(since ? { takenUp: true, datedBy: since[0] } : {}) });
    if (clause !== written) break;
  }
  return titles.length > 0 ? titles : undefined;
}

/**
 * An apposition's titles: "a senior Hamas official and deputy head of its political wing" holds
 * two, "Minister of Economy and Sustainable Development" one, as "and" goes on with a name's words.
 */
function titleParts(apposition: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const and of apposition.matchAll(/ and (\S+)/g)) {
    const next = and[1]!;
    if (isCapitalised(next) && !isTitleWord(next)) continue;
    parts.push(apposition.slice(start, and.index));
    start = and.index + ' and '.length;
  }
  parts.push(apposition.slice(start));
  return parts;
}

/** Ranks a writer may leave in lower case before a capitalised title: "deputy Foreign Minister". */
const LOWER_CASE_RANKS: ReadonlySet<string> = new Set(['deputy', 'vice', 'acting', 'assistant', 'interim']);

/** " since 2018", " since 2 May 2017": when a title was taken up. */
const SINCE = String.raw` since (?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d`;
/** "since May 2017" closing an apposition's title. */
const SINCE_CLOSING = new RegExp(`${SINCE}$`);
/** "since 2018" right after a title taken up. */
const SINCE_OPENING = new RegExp(`^${SINCE}\\b`);

/** Prepositions that make the name after them where someone is from or is: "of Marlow Falls", "from Osh", "in Delft". */
const OF_PLACE = new Set(['of', 'from', 'in']);

/** Verbs that give the person named after them a title: "named Ana Ruiz, its treasurer, as interim director". */
const APPOINTING_VERBS = new Set(['named', 'appointed', 'elected', 'made', 'installed', 'nominated', 'picked', 'chose', 'tapped']);

/** Where a title given with "as" or "to" ends: before a phrase of time or place ("last Friday"), or punctuation. */
const GIVEN_TITLE = String.raw`(?:(?:a|an|the) )?([^,;.()“”"]{3,90}?)(?= (?:in|on|from|with|at|after|before|until|since|by|last|next|this|yesterday|today)\b|[,;.)]|$)`;
const AS_AFTER_APPOINTING = new RegExp(String.raw`^(?:, [^,;()]{1,90},)? as ${GIVEN_TITLE}`, 'u');
/** "Ana Ruiz, who was sworn in as Minister of Mining", "became director in 2022", "has been director since 2019", "took over as head", "replaced Wim Hoek as director": a title taken up. */
const TAKEN_UP = new RegExp(String.raw`^(?:,(?: \d{1,3},)?(?: (?!who\b)(?:(?:a|an|the) )?[^,;()]{1,60},)?(?: who)?)? (?:(?:was|has been|had been|is) (?:promoted|appointed|named|elected|made|sworn in|installed|confirmed)(?: as| to)?|became|has been|(?:took|takes|has taken) over as|(?:replaced|succeeded) \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3} as) ${GIVEN_TITLE}`, 'u');
/** ", who previously headed the authority's clinical trials directorate", "who had headed its mission", "chaired a panel that": the head of a body, by its verb. */
const HEADED = new RegExp(String.raw`^(?:,(?: who)?)? ((?:(previously|formerly|once|earlier|had) )?(?:has )?(?:headed|heads|led|leads|chaired|chairs|ran|runs) ((?:the|its|his|her|a|an) [^,;.()“”"]{3,80}?))(?= (?:in|on|from|with|at|after|before|until|since|by|for|when|and|that|which|who)\b|[,;.)]|$)`, 'u');
const LEFT_AS = new RegExp(String.raw`^(?:,? who)? (?:(?:has |had )?(?:resigned|stepped down|quit|retired) as|(?:was |has been |had been )?promoted from) ${GIVEN_TITLE}`, 'u');

/**
 * A title a verb gives the name, or one it leaves: "named Gordon Lisle, its vice-president, as
 * interim chief executive", "Tamar Kuras, who was promoted to First Deputy Minister in 2022", "Ana
 * Ruiz became director in 2022",
 * "Ana Ruiz has resigned as chief executive of Dune Mining", "who was promoted from deputy minister" (a title left too).
 */
function titleGiven(text: string, sentence: Sentence, mention: Mention, nameEnd: number): TitleMention | undefined {
  const rest = text.slice(nameEnd, sentence.end);
  const headed = HEADED.exec(rest);
  // Only a body's head: "led the delegation", "headed the directorate", not "led the talks".
  if (headed && ORGANISATION_HEADS.has(headed[3]!.split(' ').pop()!.toLowerCase())) {
    const quoteEnd = nameEnd + headed.index + headed[0].length;
    return { wording: headed[1]!, title: `Head of ${headed[3]!.replace(/^(?:its|his|her|their) /, 'the ')}`, quoteStart: mention.start, quoteEnd, ...(headed[2] ? { former: true } : {}) };
  }
  const left = LEFT_AS.exec(rest);
  const takenUp = left ? null : TAKEN_UP.exec(rest);
  const found = left ?? (APPOINTING_VERBS.has(mention.before) ? AS_AFTER_APPOINTING.exec(rest) : null) ?? takenUp;
  if (!found) return undefined;
  const words = found[1]!.split(' ');
  if (!isTitlePhrase(words)) return undefined;
  // "who has been deputy director since 2018": held from the date after "since", not from the sentence's first date;
  // "Mol, deputy director since 2018, became director on 1 April 2024": from the date told after the title taken up.
  const after = rest.slice(found[0].length);
  const since = found === takenUp ? SINCE_OPENING.exec(after)?.[0] : undefined;
  const datedBy = found === takenUp ? (since ?? (findDates(after).some((date) => date.year !== undefined) ? after : undefined)) : undefined;
  const quoteEnd = nameEnd + found[0].length + (since?.length ?? 0);
  return { wording: found[1]!, quoteStart: mention.start, quoteEnd, ...(left ? { former: true } : {}), ...(found === takenUp ? { takenUp: true } : {}), ...(datedBy ? { datedBy } : {}) };
}


/** ", 27, from Nir Oz" after a name: an age, and perhaps a home town. */
export const AGE_AFTER_NAME = /^,\s*(\d{1,3}),(?:\s*(?:from|of)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*))?/u;

/** "in the city of Osh", "the port of Urk", "the Sahili capital, Qadira": a place named after the kind of place it is. */
const PLACE_KIND_BEFORE = new RegExp(`\\b(?:${[...PLACE_KINDS].join('|')})(?: of|,) $`, 'i');

/** "Wim Hoek, 38, of West Harlingen": the home town after a person's age. */
const HOME_BEFORE = /,\s*\d{1,3},\s*(?:of|from)\s+$/;

/** The kinds of actor the words around a mention point to. */
export function contextVotes(mention: Mention): { person: number; place: number; organisation: number } {
  const votes = { person: 0, place: 0, organisation: 0 };
  if (mention.titles.length > 0) votes.person += 3;
  const lead = mention.sentence.text.slice(0, mention.start - mention.sentence.start);
  // "in Piet Kok's laboratory": the preposition's object is what the name owns, not the name.
  const owns = /^['’]s\b/.test(mention.sentence.text.slice(mention.end - mention.sentence.start));
  // "according to Tass": whom words are owed to, a person or a body, not where one goes.
  const attributed = ATTRIBUTED_TO.test(lead);
  if (PLACE_KIND_BEFORE.test(lead)) votes.place += 3;
  else if (!owns && !attributed && (PLACE_PREPOSITIONS.has(mention.before) || PLACE_PREPOSITIONS.has(mention.beforeThe) || PLACE_VERBS.has(mention.before) || HOME_BEFORE.test(lead))) votes.place += 1;
  else if (RESIDENT_WORDS.has(mention.after)) votes.place += 1;
  else if (mention.before === 'the') votes.organisation += 1;
  if (AGE_AFTER_NAME.test(mention.sentence.text.slice(mention.end - mention.sentence.start))) votes.person += 3;
  if (SPEECH_VERBS.has(mention.after)) {
    votes.person += 1;
    votes.organisation += 1;
  }
  return votes;
}
