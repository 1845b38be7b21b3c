// Finds the dates a text states, in the forms report drafts and news articles use, with what each
// states (year, month, day, weekday, part of a month or year). A hand-written scanner: it finds
// candidate tokens (digit runs, month and season names) and parses around them, so it stays linear
// and fast. Numbers that are not dates (ages, counts, ordinals, URLs, source references) are left
// alone: a bare year needs a cue such as "in", "since" or "between", or must stand alone.
//
// Numeric forms: "2025-02-03" (ISO), "24.01.2025" (day.month.year), "2025/02/03" (year/month/day)
// and "24/01/2025" (day/month/year, or month/day/year when the day comes second and is above 12;
// when both numbers are 12 or less the order is unknown and only the year is taken). Month and day
// without a year in numbers ("02/03") are skipped: nothing tells which order is meant.

import { keepShapeOf } from './shapes';

/** A calendar date known to a year, a month or a day. */
export type Precision = 'year' | 'month' | 'day';

export type DatePart = 'early' | 'mid' | 'late';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A date or the end of a range as the text states it. */
export interface StatedDate {
  year?: number;
  /** 1-12. */
  month?: number;
  /** 1-31. */
  day?: number;
  precision: Precision;
}

export interface DateMention extends StatedDate {
  start: number;
  end: number;
  text: string;
  /** A month or day is stated without a year: "January 19", "mid-January". */
  yearMissing: boolean;
  /** 0 = Sunday .. 6 = Saturday, when the text names the weekday: "Friday, January 19". */
  weekday?: number;
  /** "mid-January", "early 2024", "late February". */
  part?: DatePart;
  /** "the summer of 2012": stated to the year, with the season kept here. */
  season?: Season;
  /** The end of a stated range: "between 2006 and 2010", "from 2007 to 2011", "January 19-20". */
  rangeEnd?: StatedDate;
}

/**
 * The dates stated in text[start, end). `asciiWords`, when given, are the words of the whole text
 * as `wordsOf` reads them, every one of them ASCII, or of those at least the ones `mayStartDate`
 * accepts: dates are then looked for at their starts only.
 */
export function findDates(text: string, start = 0, end = text.length, asciiWords?: readonly WordSpan[]): DateMention[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return mergeRanges(text, from, new DateScanner(text, from, to, asciiWords).scan());
}

/**
 * The year of a mention that states none, from the years of its context (closest first). When the
 * mention names a weekday, the first context year where the date falls on that weekday is taken,
 * or none when no context year fits.
 */
export function inferYear(mention: DateMention, context: { years: number[] }): number | undefined {
  if (mention.year !== undefined) return mention.year;
  const { month, day, weekday } = mention;
  const fits = (year: number) => month === undefined || day === undefined || day <= daysInMonth(year, month);
  if (weekday !== undefined && month !== undefined && day !== undefined) {
    return context.years.find((year) => fits(year) && weekdayOf(year, month, day) === weekday);
  }
  return context.years.find(fits);
}

/** 0 = Sunday .. 6 = Saturday, for a Gregorian date. */
export function weekdayOf(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const value = y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1] + day;
  return ((value % 7) + 7) % 7;
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
/** Month names that are also common words: a month only when capitalised. */
const MONTH_WORDS_NEEDING_CAPITAL = new Set(['may', 'march', 'august']);
const SEASONS = new Map<string, Season>([
  ['spring', 'spring'], ['summer', 'summer'], ['autumn', 'autumn'], ['fall', 'autumn'], ['winter', 'winter'],
]);
const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);
const PARTS = new Map<string, DatePart>([
  ['early', 'early'], ['mid', 'mid'], ['late', 'late'], ['middle', 'mid'],
]);
const WEEKDAY_LENGTHS = lengthsOf(WEEKDAYS.keys());
const PART_LENGTHS = lengthsOf(PARTS.keys());

/** Per word length, whether one of `words` has it. */
function lengthsOf(words: Iterable<string>): boolean[] {
  const lengths: boolean[] = [];
  for (const word of words) lengths[word.length] = true;
  return Array.from(lengths, (has) => has === true);
}

/**
 * Whether a word of `length` letters may name a part of a month or year: a word of the letters
 * `isLetter` reads that lower-cases to a part's ASCII letters has as many letters as the part.
 */
function isPartLength(length: number): boolean {
  return PART_LENGTHS[length] === true;
}

/** Whether text[start, end) may be a weekday's name as dates are written after: capitalised, of a weekday's length. */
function mayBeWeekday(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  return WEEKDAY_LENGTHS[end - start] === true && first >= 65 && first <= 90;
}

/** Words before a bare year that make it a date. */
const YEAR_CUES = new Set([
  'in', 'since', 'from', 'until', 'till', 'between', 'during', 'before', 'after', 'through', 'throughout',
  'circa', 'year', 'of', 'by',
]);
/** Cues that also introduce quantities: "by 2000 votes", "from 2000 to 3000 people". */
const QUANTITY_CUES = new Set(['of', 'by', 'from', 'between', 'to', 'and', 'or']);
/** Words that join a year to the date just before it: "2008 and 2009", "2007 to 2011". */
const CHAIN_WORDS = new Set(['and', 'or', 'to', 'until', 'till', 'through', 'nor']);
/** "a total of 2000": "of" after these introduces a quantity, not a year. */
const QUANTITY_BEFORE_OF = new Set([
  'total', 'number', 'sum', 'maximum', 'minimum', 'figure', 'estimate', 'population', 'crowd', 'group',
  'force', 'toll', 'out', 'excess', 'upwards', 'average', 'tally', 'count', 'amount', 'budget', 'fine', 'price',
]);
/** Lowercase words ending in "s" that may follow a year without making it a count. */
const S_WORDS_AFTER_YEAR = new Set([
  'was', 'has', 'is', 'as', 'his', 'its', 'this', 'thus', 'us', 'whereas', 'always', 'perhaps', 'besides',
  'towards', 'afterwards', 'across', 'unless', 'hers', 'ours', 'theirs', 'yours', 'does', 'less',
]);
const COUNT_NOUNS = new Set([
  'people', 'men', 'women', 'children', 'staff', 'personnel', 'police', 'troops', 'km', 'kg', 'm', 'ft',
  'feet', 'per', 'percent', 'strong', 'more', 'fewer', 'other', 'others', 'times',
]);

const WHITESPACE = '(?:[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?|\\r?\\n[ \\t\\u00a0]*)';
const ORDINAL = '(?:st|nd|rd|th)?';
const DASH = '[-\\u2013\\u2014]';

const ISO_DATE_LENGTH = 10;
const YEAR_RANGE = new RegExp(`([0-9]{4})[ \\t]?${DASH}[ \\t]?([0-9]{4})`, 'y');
const NUMERIC_DATE = /([0-9]{1,2})([./])([0-9]{1,2})\2([0-9]{4})/y;
const YEAR_FIRST_NUMERIC_DATE = /([0-9]{4})\/([0-9]{1,2})\/([0-9]{1,2})/y;
const DAY_FIRST = new RegExp(
  `([0-9]{1,2}${ORDINAL})(?:${DASH}([0-9]{1,2}${ORDINAL}))?(?:${WHITESPACE}of)?${WHITESPACE}([A-Za-z]+)(\\.)?(?:,?${WHITESPACE}([0-9]{4}))?`,
  'iy',
);
const MONTH_FIRST = new RegExp(
  `([A-Za-z]+)\\.?${WHITESPACE}([0-9]{1,2}${ORDINAL})(?:[ \\t]?${DASH}[ \\t]?([0-9]{1,2}${ORDINAL}))?(?:,?(?:${WHITESPACE})?([0-9]{4}))?`,
  'iy',
);
const MONTH_YEAR = new RegExp(`([A-Za-z]+)\\.?(?:,?${WHITESPACE}|${WHITESPACE}of${WHITESPACE})([0-9]{4})`, 'iy');
const MONTH_SHORT_YEAR = new RegExp(`([A-Za-z]+)\\.?${WHITESPACE}['’]([0-9]{2})(?![0-9])`, 'iy');
const SEASON_YEAR = new RegExp(`([A-Za-z]+)(?:${WHITESPACE}of)?${WHITESPACE}([0-9]{4})`, 'iy');

const CANDIDATE = /(?<![A-Za-z0-9_])(?:[0-9]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)[a-z]*)/gi;

const ORDINAL_WORDS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
  ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17],
  ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);
const ORDINAL_WORD = `(?:(twenty|thirty)[- ])?(${[...ORDINAL_WORDS.keys()].join('|')})`;
/** "the fifth of ", "twenty-first of ", "fifth " before a month. */
const SPELLED_DAY_BEFORE = new RegExp(`(?:\\bthe[ \\t]+)?\\b${ORDINAL_WORD}(?:[ \\t]+of)?[ \\t]+$`, 'i');
/** " the third", " fifth" after a month. */
const SPELLED_DAY_AFTER = new RegExp(`^[ \\t]+(?:the[ \\t]+)?${ORDINAL_WORD}\\b`, 'i');
const YEAR_AFTER_DAY = /^,?[ \t]+([0-9]{4})/;
/** A plural noun right after a number: what it counts or qualifies. */
const PLURAL_NOUN_AFTER = /^[ \t]+[a-z]{3,}[^s\W]s\b/;

/** The day a spelled ordinal names: "twenty" and "first" give 21; undefined past 31. */
function spelledOrdinal(tens: string | undefined, ones: string): number | undefined {
  const unit = ORDINAL_WORDS.get(ones.toLowerCase());
  if (unit === undefined) return undefined;
  if (tens === undefined) return unit;
  const day = (tens.toLowerCase() === 'twenty' ? 20 : 30) + unit;
  return unit < 10 && day <= 31 ? day : undefined;
}

/** A key for three ASCII letters, case folded: five bits per letter. */
function letterKey(first: number, second: number, third: number): number {
  return ((first & 31) << 10) | ((second & 31) << 5) | (third & 31);
}

const MONTH_AND_SEASON_WORDS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'spring', 'summer', 'autumn', 'fall', 'winter',
];
/**
 * Per `letterKey` of the three letters a month or season name starts with: 1 + the index in
 * `MONTH_AND_SEASON_WORDS` of the name, whose letters after the third must follow; 0 for others.
 */
const CANDIDATE_PREFIXES = new Uint8Array(1 << 15);
for (const [index, word] of MONTH_AND_SEASON_WORDS.entries()) {
  CANDIDATE_PREFIXES[letterKey(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2))] = index + 1;
}

const UNDERSCORE = 95;

/**
 * Whether a date may start at an ASCII word as `wordsOf` reads it, lower-cased: a word that starts
 * with a digit, or with a month's or season's name. The words `findDates` looks at need be no others.
 */
export function mayStartDate(word: string): boolean {
  return isDigit(word.charCodeAt(0)) || MONTH_AND_SEASON_WORDS.some((name) => word.startsWith(name));
}

/** The offsets of a word in a text. */
export interface WordSpan {
  start: number;
  end: number;
  /** The word lower-cased, when known. */
  norm?: string;
}

/**
 * Finds what `CANDIDATE` matches: the words a date may start with, a run of digits, or of ASCII
 * letters opening with a month or season name ("Jan", "Sept", "summers"), that no ASCII letter,
 * digit or "_" precedes. Given the text's words, all ASCII, only their starts are looked at: no
 * other place has neither an ASCII letter nor a digit before it, and one of them at it.
 */
class CandidateFinder {
  start = 0;
  end = 0;
  digits = false;
  /** The candidate lower-cased, when a word given is the whole candidate and tells it. */
  lower: string | undefined = undefined;
  private nextWord = 0;

  constructor(
    private readonly text: string,
    private readonly to: number,
    private readonly words: readonly WordSpan[] | undefined,
  ) {}

  /**
   * Finds the first candidate starting at `position` or later, before `to`; false when none.
   * Each call starts past the start of the candidate the call before found.
   */
  findFrom(position: number): boolean {
    return this.words === undefined ? this.findInText(position) : this.findAmongWords(this.words, position);
  }

  private findInText(position: number): boolean {
    const text = this.text;
    CANDIDATE.lastIndex = position;
    // `test` finds the candidate without building a match: its start is where its run of digits or letters begins.
    if (!CANDIDATE.test(text)) return false;
    const end = CANDIDATE.lastIndex;
    const digits = isDigit(text.charCodeAt(end - 1));
    let start = end - 1;
    while (start > 0 && (digits ? isDigit(text.charCodeAt(start - 1)) : isAsciiLetter(text.charCodeAt(start - 1)))) start--;
    return start < this.to && this.found(start, end, digits);
  }

  private findAmongWords(words: readonly WordSpan[], position: number): boolean {
    const text = this.text;
    while (this.nextWord < words.length) {
      const word = words[this.nextWord++];
      const start = word.start;
      if (start >= this.to) return false;
      if (start < position || (start > 0 && text.charCodeAt(start - 1) === UNDERSCORE)) continue;
      const first = text.charCodeAt(start);
      if (isDigit(first)) return this.found(start, this.digitsEnd(start + 1), true);
      if (this.opensMonthOrSeason(start)) {
        const end = this.lettersEnd(start + 3);
        return this.found(start, end, false, end === word.end ? word.norm : undefined);
      }
    }
    return false;
  }

  private opensMonthOrSeason(start: number): boolean {
    const text = this.text;
    if (start + 3 > text.length) return false;
    const first = text.charCodeAt(start);
    const second = text.charCodeAt(start + 1);
    const third = text.charCodeAt(start + 2);
    if (!isAsciiLetter(first) || !isAsciiLetter(second) || !isAsciiLetter(third)) return false;
    const word = CANDIDATE_PREFIXES[letterKey(first, second, third)];
    if (word === 0) return false;
    const name = MONTH_AND_SEASON_WORDS[word - 1];
    if (start + name.length > text.length) return false;
    for (let k = 3; k < name.length; k++) if ((text.charCodeAt(start + k) | 32) !== name.charCodeAt(k)) return false;
    return true;
  }

  private digitsEnd(position: number): number {
    let end = position;
    while (end < this.text.length && isDigit(this.text.charCodeAt(end))) end++;
    return end;
  }

  private lettersEnd(position: number): number {
    let end = position;
    while (end < this.text.length && isAsciiLetter(this.text.charCodeAt(end))) end++;
    return end;
  }

  private found(start: number, end: number, digits: boolean, lower?: string): boolean {
    this.start = start;
    this.end = end;
    this.digits = digits;
    this.lower = lower;
    return true;
  }
}

const HYPHEN = 45;
const DOT = 46;
const AMPERSAND = 38;
/** What follows a year that opens a line as its lead: a separator and a blank, or "&" or "and" and another year. */
const LEAD_AFTER_YEAR = /(?:[·•—–|:][ \t]|(?:&|and)[ \t]+\**\d{4}\b)/y;
const COLON = 58;
const SLASH = 47;


/** What may follow the day of "3 February", "3rd of February", "19-20 January": a blank, a dash or an ordinal's letter. */
function mayFollowDay(code: number): boolean {
  const lower = code | 32;
  return isBlank(code) || isDashCode(code) || lower === 115 || lower === 110 || lower === 114 || lower === 116;
}

class DateScanner {
  private readonly mentions: DateMention[] = [];
  /** End of a date written in full that does not exist ("30 February 2025"): no part of it is read. */
  private invalidUntil = -1;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
    private readonly asciiWords: readonly WordSpan[] | undefined,
  ) {}

  scan(): DateMention[] {
    const text = this.text;
    const candidates = new CandidateFinder(text, this.to, this.asciiWords);
    let position = this.from;
    while (candidates.findFrom(position)) {
      const start = candidates.start;
      const tokenEnd = candidates.end;
      const mention = candidates.digits ? this.readNumber(start, tokenEnd) : this.readWord(start, tokenEnd, text.slice(start, tokenEnd), candidates.lower);
      if (mention) {
        this.extendBackwards(mention);
        mention.text = this.text.slice(mention.start, mention.end);
        this.mentions.push(mention);
        position = mention.end;
      } else {
        position = this.invalidUntil > start ? this.invalidUntil : tokenEnd;
      }
    }
    return this.mentions;
  }

  private readNumber(start: number, tokenEnd: number): DateMention | undefined {
    if (!this.numberMayStartHere(start)) return undefined;
    const length = tokenEnd - start;
    // The character after the digits rules out most patterns before any of them runs.
    const next = this.text.charCodeAt(tokenEnd);
    if (length === 4) {
      return (
        (next === HYPHEN ? (this.readIsoDate(start) ?? this.readIsoMonth(start)) : undefined) ??
        (isDashCode(next) ? this.readShortYearRange(start) : undefined) ??
        (next === SLASH ? this.readYearFirstNumericDate(start) : undefined) ??
        (this.dashFollows(tokenEnd) ? this.readYearRange(start) : undefined) ??
        this.readBareYear(start, tokenEnd)
      );
    }
    if (length <= 2) return (next === DOT || next === SLASH ? this.readNumericDate(start) : undefined) ?? (mayFollowDay(next) ? this.readDayFirst(start) : undefined);
    return undefined;
  }

  private readWord(start: number, tokenEnd: number, word: string, lower = word.toLowerCase()): DateMention | undefined {
    const season = SEASONS.get(lower);
    if (season) return this.readSeason(start, season);
    const month = monthOf(word, lower);
    if (month === undefined) return undefined;
    const withDay = this.readMonthFirst(start, month);
    if (withDay || this.invalidUntil > start) return withDay;
    return this.readSpelledDay(start, tokenEnd, month) ?? this.readMonthYear(start, month) ?? this.readMonthAlone(start, tokenEnd, word, month);
  }

  /** A day in words around a month: "the fifth of February 2024", "twenty-first of January", "February the third". */
  private readSpelledDay(start: number, monthEnd: number, month: number): DateMention | undefined {
    const previousEnd = this.mentions.length > 0 ? this.mentions[this.mentions.length - 1].end : this.from;
    const lead = this.text.slice(Math.max(previousEnd, start - 32), start);
    const before = SPELLED_DAY_BEFORE.exec(lead);
    const after = before ? undefined : SPELLED_DAY_AFTER.exec(this.text.slice(monthEnd, Math.min(this.to, monthEnd + 32)));
    const found = before ?? after;
    if (!found) return undefined;
    const day = spelledOrdinal(found[1], found[2]);
    if (day === undefined) return undefined;
    const dayStart = before ? start - lead.length + before.index : start;
    const abbreviationDot = this.text.charCodeAt(monthEnd) === DOT && isAbbreviation(this.text.slice(start, monthEnd));
    let end = after ? monthEnd + after[0].length : abbreviationDot ? monthEnd + 1 : monthEnd;
    const year = YEAR_AFTER_DAY.exec(this.text.slice(end, Math.min(this.to, end + 12)));
    const statedYear = year ? this.yearAt(year[1], end + year[0].length) : undefined;
    if (statedYear !== undefined) end += year![0].length;
    if (!this.mayEndAt(end)) return undefined;
    return this.dayMonth(dayStart, end, statedYear, month, day, undefined);
  }

  /** Digits glued to letters, slashes, other digits or a number's punctuation are not a date. */
  private numberMayStartHere(start: number): boolean {
    if (start <= this.from) return true;
    const before = this.text.charCodeAt(start - 1);
    const beforeThat = start - 2 >= this.from ? this.text.charCodeAt(start - 2) : -1;
    if (before === 47 || before === 92 || before === 35 || before === 36 || before === 64 || before === 43 ||
        before === 61 || before === 37 || before === 0x20ac || before === 0xa3) return false;
    if ((before === 46 || before === 44 || before === 58) && isDigit(beforeThat)) return false;
    if (before === 45 && isWordChar(beforeThat)) return PARTS.has(this.wordBefore(start - 1).toLowerCase());
    return true;
  }

  /** Whether what follows `end` lets a date end there ("'s" and punctuation do; "th", "/", ".5" do not). */
  private mayEndAt(end: number): boolean {
    if (end >= this.to) return true;
    const text = this.text;
    const next = text.charCodeAt(end);
    if (next === 39 || next === 0x2019) {
      const s = end + 1 < this.to ? text.charCodeAt(end + 1) | 32 : -1;
      return s === 115 && (end + 2 >= this.to || !isWordChar(text.charCodeAt(end + 2)));
    }
    if (isWordChar(next) || next === 47 || next === 92 || next === 37 || next === 95) return false;
    const afterNext = end + 1 < this.to ? text.charCodeAt(end + 1) : -1;
    if ((next === 46 || next === 44 || next === 58 || next === 45 || next === 0x2013) && isDigit(afterNext)) return false;
    return !(next === 45 && isWordChar(afterNext));
  }

  private exec(pattern: RegExp, at: number): RegExpExecArray | undefined {
    pattern.lastIndex = at;
    const match = pattern.exec(this.text);
    if (!match || at + match[0].length > this.to) return undefined;
    return match;
  }

  /** What may follow the first year of a range: a dash, after one blank at most: "2019-2021", "2019 – 2021". */
  private dashFollows(at: number): boolean {
    const next = this.text.charCodeAt(at);
    return isDashCode(next) || ((next === 32 || next === 9) && isDashCode(this.text.charCodeAt(at + 1)));
  }

  /** "2025-02-03", read without a regular expression: the most frequent full date needs no match built. */
  private readIsoDate(start: number): DateMention | undefined {
    const end = start + ISO_DATE_LENGTH;
    if (end > this.to || !this.isIsoDateAt(start)) return undefined;
    const isoTime = this.text.charCodeAt(end) === 84 && isDigit(this.text.charCodeAt(end + 1));
    if (!isoTime && !this.mayEndAt(end)) return undefined;
    return dayMention(start, end, this.numberAt(start, 4), this.numberAt(start + 5, 2), this.numberAt(start + 8, 2));
  }

  /** "2017-03": a year and month, hyphenated, the month 01 to 12. */
  private readIsoMonth(start: number): DateMention | undefined {
    const end = start + 7;
    if (!this.twoDigitsAt(start + 5, end)) return undefined;
    const year = this.numberAt(start, 4);
    const month = this.numberAt(start + 5, 2);
    if (!isPlausibleYear(year) || month < 1 || month > 12) return undefined;
    return { start, end, text: '', year, month, precision: 'month', yearMissing: false };
  }

  /** "2006–10", "2023-24": a range of years whose last is written with two digits; not "2024-25 budgets". */
  private readShortYearRange(start: number): DateMention | undefined {
    const end = start + 7;
    if (!this.twoDigitsAt(start + 5, end) || PLURAL_NOUN_AFTER.test(this.text.slice(end, end + 24))) return undefined;
    const first = this.numberAt(start, 4);
    const last = Math.floor(first / 100) * 100 + this.numberAt(start + 5, 2);
    if (!isPlausibleYear(first) || last <= first) return undefined;
    return { ...yearMention(start, end, first), rangeEnd: { year: last, precision: 'year' } };
  }

  /** Two digits at `at` ending a date at `end`. */
  private twoDigitsAt(at: number, end: number): boolean {
    return end <= this.to && isDigit(this.text.charCodeAt(at)) && isDigit(this.text.charCodeAt(at + 1)) && this.mayEndAt(end);
  }

  /** Whether "dddd-dd-dd" starts at `start`. */
  private isIsoDateAt(start: number): boolean {
    const text = this.text;
    for (let k = 0; k < ISO_DATE_LENGTH; k++) {
      const code = text.charCodeAt(start + k);
      if (k === 4 || k === 7 ? code !== HYPHEN : !isDigit(code)) return false;
    }
    return true;
  }

  /** The number the `length` digits at `start` write. */
  private numberAt(start: number, length: number): number {
    let value = 0;
    for (let k = start; k < start + length; k++) value = value * 10 + this.text.charCodeAt(k) - 48;
    return value;
  }

  private readYearFirstNumericDate(start: number): DateMention | undefined {
    const match = this.exec(YEAR_FIRST_NUMERIC_DATE, start);
    if (!match) return undefined;
    const end = start + match[0].length;
    if (!this.mayEndAt(end)) return undefined;
    return dayMention(start, end, Number(match[1]), Number(match[2]), Number(match[3]));
  }

  private readYearRange(start: number): DateMention | undefined {
    const match = this.exec(YEAR_RANGE, start);
    if (!match) return undefined;
    const first = Number(match[1]);
    const last = Number(match[2]);
    const end = start + match[0].length;
    if (!isPlausibleYear(first) || !isPlausibleYear(last) || last <= first || !this.mayEndAt(end)) return undefined;
    return { ...yearMention(start, end, first), rangeEnd: { year: last, precision: 'year' } };
  }

  /** "24.01.2025", "24/01/2025", "01/24/2025"; "02/03/2025" gives the year only. */
  private readNumericDate(start: number): DateMention | undefined {
    const match = this.exec(NUMERIC_DATE, start);
    if (!match) return undefined;
    const end = start + match[0].length;
    if (!this.mayEndAt(end)) return undefined;
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = Number(match[4]);
    if (match[2] === '.' || first > 12) return dayMention(start, end, year, second, first);
    if (second > 12) return dayMention(start, end, year, first, second);
    if (first < 1 || second < 1) return undefined;
    return yearMention(start, end, year);
  }

  /** "3 February 2025", "3rd of February", "19-20 January 2024". */
  private readDayFirst(start: number): DateMention | undefined {
    const match = this.exec(DAY_FIRST, start);
    if (!match) return undefined;
    const month = monthOf(match[3]);
    if (month === undefined) return undefined;
    // "| 6 | January 2024 |": a wide gap (masked markup, a table's cells) parts a number from the month after it.
    const beforeMonth = match[0].slice(0, match[0].indexOf(match[3], match[1].length));
    if (/[ \t\u00a0]{2}/.test(beforeMonth)) return undefined;
    const matchEnd = start + match[0].length;
    // The year, when stated, ends the match; only a dot, a comma and blanks come between it and the month.
    const monthWordEnd = match[5] === undefined ? matchEnd - (match[4] === undefined ? 0 : 1) : this.lettersEndBefore(matchEnd - 4);
    const abbreviationDot = match[4] !== undefined && isAbbreviation(match[3]);
    const monthEnd = monthWordEnd + (abbreviationDot ? 1 : 0);
    const statedYear = match[4] === undefined || abbreviationDot ? this.yearAt(match[5], matchEnd) : undefined;
    const end = statedYear === undefined ? monthEnd : matchEnd;
    if (!this.mayEndAt(end)) return undefined;
    return this.dayMonth(start, end, statedYear, month, parseInt(match[1], 10), optionalNumber(match[2]));
  }

  /** "February 3, 2025", "Feb. 3rd", "January 19-20", "FEBRUARY 3, 2025,the". */
  private readMonthFirst(start: number, month: number): DateMention | undefined {
    const match = this.exec(MONTH_FIRST, start);
    if (!match) return undefined;
    const matchEnd = start + match[0].length;
    const statedYear = this.yearAt(match[4], matchEnd);
    let end = matchEnd;
    if (statedYear === undefined) {
      // No digit comes between the month and the day, nor between the day and the range's last day.
      end = this.digitFrom(start + match[1].length) + match[2].length;
      if (match[3] !== undefined) end = this.digitFrom(end) + match[3].length;
    }
    if (!this.mayEndAt(end)) return undefined;
    return this.dayMonth(start, end, statedYear, month, parseInt(match[2], 10), optionalNumber(match[3]));
  }

  /** The year a pattern's last group read, ending at `end`, when it is plausible and may end there. */
  private yearAt(digits: string | undefined, end: number): number | undefined {
    if (digits === undefined) return undefined;
    const year = Number(digits);
    return isPlausibleYear(year) && this.mayEndAt(end) ? year : undefined;
  }

  private digitFrom(position: number): number {
    let at = position;
    while (at < this.text.length && !isDigit(this.text.charCodeAt(at))) at++;
    return at;
  }

  /** Just after the last ASCII letter before `position`. */
  private lettersEndBefore(position: number): number {
    let at = position;
    while (at > 0 && !isAsciiLetter(this.text.charCodeAt(at - 1))) at--;
    return at;
  }

  private dayMonth(
    start: number, end: number, year: number | undefined, month: number, day: number, lastDay: number | undefined,
  ): DateMention | undefined {
    if (day < 1 || day > daysInMonth(year, month)) {
      this.invalidUntil = end;
      return undefined;
    }
    const mention: DateMention = { start, end, text: '', month, day, precision: 'day', yearMissing: year === undefined };
    if (year !== undefined) mention.year = year;
    if (lastDay !== undefined) {
      if (lastDay <= day || lastDay > daysInMonth(year, month)) return undefined;
      mention.rangeEnd = { month, day: lastDay, precision: 'day' };
      if (year !== undefined) mention.rangeEnd.year = year;
    }
    return mention;
  }

  /** "March 2006", "January of 2024", "February, 2025". */
  private readMonthYear(start: number, month: number): DateMention | undefined {
    const found = this.readYearAfterWord(MONTH_YEAR, start) ?? this.readShortYearAfterMonth(start);
    return found && { start, end: found.end, text: '', year: found.year, month, precision: 'month', yearMissing: false };
  }

  /** "Nov. '23", "Jan ’24": a year of this century or the last written by its last two digits. */
  private readShortYearAfterMonth(start: number): { end: number; year: number } | undefined {
    const match = this.exec(MONTH_SHORT_YEAR, start);
    if (!match) return undefined;
    const end = start + match[0].length;
    const digits = Number(match[2]);
    return this.mayEndAt(end) ? { end, year: digits < 50 ? 2000 + digits : 1900 + digits } : undefined;
  }

  /**
   * A month name alone is a date after a cue ("in January", "mid-January", "since October"), or,
   * abbreviated too, where a list or table gives it as an entry's date: "Jan.: the interview",
   * "| Jan |".
   */
  private readMonthAlone(start: number, end: number, word: string, month: number): DateMention | undefined {
    const entryEnd = this.text.charCodeAt(end) === DOT ? end + 1 : end;
    if (this.opensEntry(start, entryEnd)) return { start, end: entryEnd, text: '', month, precision: 'month', yearMissing: true };
    if (isAbbreviation(word) || word.toLowerCase() === 'may' || !this.mayEndAt(end)) return undefined;
    const before = this.cueBefore(start).toLowerCase();
    if (!(YEAR_CUES.has(before) || PARTS.has(before) || CHAIN_WORDS.has(before))) return undefined;
    if (CHAIN_WORDS.has(before) && !this.followsMention(start)) return undefined;
    return { start, end, text: '', month, precision: 'month', yearMissing: true };
  }

  /** Whether text[start, end) opens its line or cell and is followed by a colon, or fills its cell. */
  private opensEntry(start: number, end: number): boolean {
    const text = this.text;
    let left = start;
    while (left > this.from && isInlineSpace(text.charCodeAt(left - 1))) left--;
    if (!(left === this.from || isBreak(text.charCodeAt(left - 1)) || start - left >= 2)) return false;
    if (text.charCodeAt(end) === COLON) return true;
    let right = end;
    while (right < this.to && isInlineSpace(text.charCodeAt(right))) right++;
    return right < this.to && (text.charCodeAt(right) === 124 || (right - end >= 2 && !isLetter(text.charCodeAt(right))));
  }

  /** "the summer of 2012", "summer 2012": stated to the year, with the season. */
  private readSeason(start: number, season: Season): DateMention | undefined {
    const found = this.readYearAfterWord(SEASON_YEAR, start);
    return found && { ...yearMention(start, found.end, found.year), season };
  }

  /** A word followed by a plausible year (group 2) that may end the date. */
  private readYearAfterWord(pattern: RegExp, start: number): { end: number; year: number } | undefined {
    const match = this.exec(pattern, start);
    if (!match) return undefined;
    const end = start + match[0].length;
    const year = Number(match[2]);
    return isPlausibleYear(year) && this.mayEndAt(end) ? { end, year } : undefined;
  }

  /** A bare year between 1900 and 2099, with a cue before it or standing alone, and not a count. */
  private readBareYear(start: number, end: number): DateMention | undefined {
    const year = Number(this.text.slice(start, end));
    if (!isPlausibleYear(year) || !this.mayEndAt(end)) return undefined;
    if (this.standsAlone(start, end)) return yearMention(start, end, year);
    const cue = this.cueBefore(start).toLowerCase();
    const cued =
      PARTS.has(cue) ||
      (YEAR_CUES.has(cue) && !(cue === 'of' && QUANTITY_BEFORE_OF.has(this.wordBefore(this.wordStartBefore(start)).toLowerCase()))) ||
      ((CHAIN_WORDS.has(cue) || this.dashBefore(start) || this.charBefore(start) === AMPERSAND) && this.followsMention(start)) ||
      this.followsNameAndComma(start);
    if (!cued || this.countAfter(end, cue)) return undefined;
    return yearMention(start, end, year);
  }

  /** Alone between the range edges, line breaks, table pipes or wide gaps (masked markup). */
  private standsAlone(start: number, end: number): boolean {
    const text = this.text;
    let left = start;
    // Emphasis around the year ("**2017.**") is no text before or after it.
    while (left > this.from && (isInlineSpace(text.charCodeAt(left - 1)) || isEmphasis(text.charCodeAt(left - 1)))) left--;
    const leftOpen = left === this.from || isBreak(text.charCodeAt(left - 1)) || start - left >= 2;
    // "Date (2024)": a year alone in parentheses.
    if (!leftOpen) return text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41;
    let right = end;
    while (right < this.to && (isInlineSpace(text.charCodeAt(right)) || isEmphasis(text.charCodeAt(right)))) right++;
    if (right < this.to && text.charCodeAt(right) === DOT && right - end <= 2) right++;
    while (right < this.to && (isInlineSpace(text.charCodeAt(right)) || isEmphasis(text.charCodeAt(right)))) right++;
    if (right === this.to || isBreak(text.charCodeAt(right)) || right - end >= 2) return true;
    // A line's lead ("2008 · Lavrov meets…", "**2008 & 2009** — …"): a year before a separator, or before the next year of the lead.
    LEAD_AFTER_YEAR.lastIndex = right;
    return LEAD_AFTER_YEAR.test(text);
  }

  /** Whether the previous mention ends just before the word (or dash) in front of `start`. */
  private followsMention(start: number): boolean {
    const previous = this.mentions[this.mentions.length - 1];
    if (!previous || start - previous.end > 16) return false;
    const between = this.text.slice(previous.end, start).trim().toLowerCase();
    return between.length <= 8 && (CHAIN_WORDS.has(between) || between === ',' || between === '&' || isDashText(between));
  }

  /** The character before `start`, blanks skipped. */
  private charBefore(start: number): number {
    let position = start;
    while (position > this.from && isInlineSpace(this.text.charCodeAt(position - 1))) position--;
    return position > this.from ? this.text.charCodeAt(position - 1) : -1;
  }

  /** "Beirut, 2008", "(Moscow, 2006)": a year after a capitalised name and a comma. */
  private followsNameAndComma(start: number): boolean {
    let position = start;
    while (position > this.from && isInlineSpace(this.text.charCodeAt(position - 1))) position--;
    if (position === start || this.text.charCodeAt(position - 1) !== 44) return false;
    const name = wordBefore(this.text, this.from, position - 1);
    return name.length > 1 && isCapitalised(name) && !MONTHS.has(name.toLowerCase()) && !WEEKDAYS.has(name.toLowerCase());
  }

  private dashBefore(start: number): boolean {
    let position = start;
    while (position > this.from && isInlineSpace(this.text.charCodeAt(position - 1))) position--;
    const code = this.text.charCodeAt(position - 1);
    return position > this.from && isDashCode(code);
  }

  /**
   * Whether the number is a count: a count noun follows ("2000 people"), a plural noun follows a
   * cue that also introduces quantities ("by 2000 votes"), or a non-year ends a range ("between
   * 2000 and 3000").
   */
  private countAfter(end: number, cue: string): boolean {
    const text = this.text;
    let position = end;
    while (position < this.to && isInlineSpace(text.charCodeAt(position))) position++;
    let wordEnd = position;
    while (wordEnd < this.to && isLetter(text.charCodeAt(wordEnd))) wordEnd++;
    const word = text.slice(position, wordEnd);
    if (COUNT_NOUNS.has(word)) return true;
    if (!QUANTITY_CUES.has(cue) && !CHAIN_WORDS.has(cue)) return false;
    if (CHAIN_WORDS.has(word) || word === '') return !this.yearFollows(wordEnd);
    const first = word.charCodeAt(0);
    return first >= 97 && first <= 122 && word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !S_WORDS_AFTER_YEAR.has(word);
  }

  /** After "and", "to" or a dash: whether a number follows and is a year, or no number follows. */
  private yearFollows(position: number): boolean {
    const text = this.text;
    while (position < this.to && (isInlineSpace(text.charCodeAt(position)) || isDashCode(text.charCodeAt(position)))) position++;
    let digitsEnd = position;
    while (digitsEnd < this.to && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
    if (digitsEnd === position) return true;
    return digitsEnd - position === 4 && isPlausibleYear(Number(text.slice(position, digitsEnd)));
  }

  /** The word before a date, across a hyphen: "mid" in "mid-2024". */
  private cueBefore(start: number): string {
    const hyphen = start > this.from && this.text.charCodeAt(start - 1) === 45;
    return this.wordBefore(hyphen ? start - 1 : start);
  }

  private wordBefore(position: number): string {
    return wordBefore(this.text, this.from, position);
  }

  private wordStartBefore(position: number): number {
    let end = position;
    while (end > this.from && isBlank(this.text.charCodeAt(end - 1))) end--;
    while (end > this.from && isLetter(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  /** Takes in a part ("mid-", "early") and a weekday ("Friday, ") written just before the date. */
  private extendBackwards(mention: DateMention): void {
    const previousEnd = this.mentions.length > 0 ? this.mentions[this.mentions.length - 1].end : this.from;
    const text = this.text;
    let position = mention.start;
    if (position > previousEnd && (text.charCodeAt(position - 1) === 45 || isBlank(text.charCodeAt(position - 1)))) {
      const partStart = this.wordStartBefore(position - (text.charCodeAt(position - 1) === 45 ? 1 : 0));
      const partEnd = this.wordEndFrom(partStart);
      // Most words before a date are no part: only words of a part's length are looked up.
      const part = isPartLength(partEnd - partStart) ? PARTS.get(text.slice(partStart, partEnd).toLowerCase()) : undefined;
      if (part && partStart >= previousEnd && mention.season === undefined) {
        mention.part = part;
        position = partStart;
      }
    }
    if (mention.month === undefined || mention.day === undefined) {
      mention.start = position;
      return;
    }
    let before = position;
    while (before > previousEnd && isBlank(text.charCodeAt(before - 1))) before--;
    if (before > previousEnd && text.charCodeAt(before - 1) === 44) before--;
    const weekdayStart = this.wordStartBefore(before);
    if (!mayBeWeekday(text, weekdayStart, before)) {
      mention.start = position;
      return;
    }
    const weekdayWord = text.slice(weekdayStart, before);
    const weekday = WEEKDAYS.get(weekdayWord.toLowerCase());
    if (weekday !== undefined && weekdayStart >= previousEnd && isCapitalised(weekdayWord)) {
      mention.weekday = weekday;
      position = weekdayStart;
    }
    mention.start = position;
  }

  private wordEndFrom(position: number): number {
    let end = position;
    while (end < this.to && isLetter(this.text.charCodeAt(end))) end++;
    return end;
  }
}

/** Joins "between 2006 and 2010", "from 2007 to 2011" and "2006 – 2010" into one mention with a range end. */
function mergeRanges(text: string, from: number, mentions: DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i];
    const second = mentions[i + 1];
    if (second && !first.rangeEnd && !second.rangeEnd && joinsRange(text, from, first, second)) {
      first.rangeEnd = statedDate(second);
      if (first.yearMissing && second.year !== undefined && first.month !== undefined && second.month !== undefined &&
          first.month <= second.month) {
        first.year = second.year;
        first.yearMissing = false;
      }
      first.end = second.end;
      first.text = text.slice(first.start, first.end);
      merged.push(first);
      i++;
    } else {
      merged.push(first);
    }
  }
  return merged;
}

function joinsRange(text: string, from: number, first: DateMention, second: DateMention): boolean {
  if (second.start - first.end > 16) return false;
  const between = text.slice(first.end, second.start).trim().toLowerCase();
  if (between.length > 8) return false;
  const opener = wordBefore(text, from, first.start).toLowerCase();
  if (between === 'and') return opener === 'between';
  if (between === 'to' || between === 'until' || between === 'till' || between === 'through') return opener === 'from';
  return isDashText(between);
}

/** The word (letters only, at most 16) ending just before `position`, skipping blanks; "" when none. */
function wordBefore(text: string, from: number, position: number): string {
  let end = position;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && end - start < 16 && isLetter(text.charCodeAt(start - 1))) start--;
  if (start > from && isLetter(text.charCodeAt(start - 1))) return '';
  return text.slice(start, end);
}

function statedDate(mention: DateMention): StatedDate {
  const stated: StatedDate = { precision: mention.precision };
  if (mention.year !== undefined) stated.year = mention.year;
  if (mention.month !== undefined) stated.month = mention.month;
  if (mention.day !== undefined) stated.day = mention.day;
  return stated;
}

function optionalNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseInt(value, 10);
}

function dayMention(start: number, end: number, year: number, month: number, day: number): DateMention | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { start, end, text: '', year, month, day, precision: 'day', yearMissing: false };
}

function yearMention(start: number, end: number, year: number): DateMention {
  return { start, end, text: '', year, precision: 'year', yearMissing: false };
}

function monthOf(word: string, lower = word.toLowerCase()): number | undefined {
  const month = MONTHS.get(lower);
  if (month === undefined) return undefined;
  const needsCapital = isAbbreviation(word) || MONTH_WORDS_NEEDING_CAPITAL.has(lower);
  if (needsCapital ? !isCapitalised(word) : !(isCapitalised(word) || word === lower)) return undefined;
  return month;
}

function isAbbreviation(word: string): boolean {
  return word.length <= 4 && word.toLowerCase() !== 'may' && word.toLowerCase() !== 'june' && word.toLowerCase() !== 'july';
}

/** "March" or "MARCH", not "march" or "mARCH". */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || rest === rest.toUpperCase();
}

function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

function isDashText(text: string): boolean {
  return text === '-' || text === '\u2013' || text === '\u2014' || text === '--';
}

function isDashCode(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code) || code === 95;
}

function isEmphasis(code: number): boolean {
  return code === 42 || code === 95;
}

function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

function isBlank(code: number): boolean {
  return isInlineSpace(code) || code === 10 || code === 13;
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 124;
}

/** A text holding each kind of date the scanner reads. */
const SAMPLE_TEXT =
  'On Monday, 3 March 2006, in March 2020, in 2019-2021, on 5 May, on 19-20 January 2024 and in spring 2023; ' +
  'early March 2006, 2025-02-03, 24.01.2025, 2025/01/16, February 3, 2025, Friday, January 26, 2024, ' +
  'from 2007 to 2011, March 3-5, 2025, the 3rd of February 2025, Feb. 3, 2025, late 2024, in January and on 7 October.';
keepShapeOfScan(new DateScanner(SAMPLE_TEXT, 0, SAMPLE_TEXT.length, undefined));

function keepShapeOfScan(scanner: DateScanner): void {
  keepShapeOf(mergeRanges(SAMPLE_TEXT, 0, scanner.scan()));
  keepShapeOf(scanner);
}
