// Dates written relative to another: to the date a text is written at ("yesterday", "on Monday",
// "two weeks ago", "a year ago today", "last month", "late last November", "the 16th of last month", "the 4th inst."),
// or to the date told just before ("the next day", "three days later", "on Friday the 26th", "later that
// month", "the following year").
// Found here; resolved by whoever knows the dates they are relative to.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

export type RelativeDate =
  /** So many days from the text's date; `spread` days either side for a count of weeks. */
  | { kind: 'days'; from: 'written' | 'previous'; days: number; spread: number }
  /** The last such weekday on or before the text's date (strictly before, after "last"). */
  | { kind: 'weekday'; weekday: number; strictlyBefore: boolean }
  /** The text's month (0), the month before (-1); a day of it when given. */
  | { kind: 'month'; monthsBack: number; day?: number }
  /** The last such month before the text's date. */
  | { kind: 'named-month'; month: number }
  /**
   * A day of the month of the date told just before, else of the text's date; the weekday, when written, picks the month.
   * `ofThatMonth`: "the 3rd of that month" names the month written just before, whatever that date marks.
   */
  | { kind: 'day-of-month'; day: number; weekday?: number; ofThatMonth?: boolean }
  /** The text's year (0), the year before (-1). */
  | { kind: 'year'; yearsBack: number }
  /** So many months before the text's date: "two months ago"; to the day when "today" follows ("a year ago today"). */
  | { kind: 'months-ago'; months: number; sameDay: boolean }
  /** So many months after the month told just before: "later that month" (0), "the following month" (1). */
  | { kind: 'months-after'; months: number }
  /** So many years after the year told just before: "that same year" (0), "two years later" (2). */
  | { kind: 'years-after'; years: number };

export interface RelativeMention {
  start: number;
  end: number;
  text: string;
  relative: RelativeDate;
}

const WEEKDAY = WEEKDAYS.join('|');
const MONTH = MONTHS.join('|');
const COUNT = `(\\d{1,2}|${Object.keys(NUMBERS).join('|')})`;

/** Each form, with how to read its match. */
const FORMS: { pattern: RegExp; read: (match: RegExpExecArray) => RelativeDate | undefined }[] = [
  { pattern: /\b(yesterday|today|tomorrow|tonight)\b/gi, read: (m) => ({ kind: 'days', from: 'written', days: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[1].toLowerCase()]!, spread: 0 }) },
  {
    pattern: new RegExp(`\\b(?:(on|last|this past|since|until|by)\\s+)(${WEEKDAY})\\b(?![\\s,]+(?:\\d|the\\s+\\d|${MONTH}))`, 'gi'),
    read: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2].toLowerCase()), strictlyBefore: m[1].toLowerCase() !== 'on' && !m[1].toLowerCase().startsWith('since') }),
  },
  {
    // "on Monday night"; "a Monday-night meeting" is no day in particular.
    pattern: new RegExp(`(?<!\\b(?:a|an|every|each)\\s+)\\b(${WEEKDAY})(?:['’]s)?[- ](?:night|morning|evening|afternoon)\\b`, 'gi'),
    read: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[1].toLowerCase()), strictlyBefore: false }),
  },
  {
    pattern: new RegExp(`\\b${COUNT}\\s+(days?|weeks?)\\s+(ago|later|earlier)\\b(?!\\s+than)`, 'gi'),
    read: (m) => {
      const count = countOf(m[1]);
      if (count === undefined) return undefined;
      const week = m[2].toLowerCase().startsWith('week');
      const sign = m[3].toLowerCase() === 'later' ? 1 : -1;
      return { kind: 'days', from: m[3].toLowerCase() === 'ago' ? 'written' : 'previous', days: sign * count * (week ? 7 : 1), spread: week ? 3 : 0 };
    },
  },
  {
    pattern: new RegExp(`\\b${COUNT}\\s+(months?|years?)\\s+ago(\\s+today)?\\b`, 'gi'),
    read: (m) => {
      const count = countOf(m[1]);
      return count === undefined ? undefined : { kind: 'months-ago', months: count * (m[2].toLowerCase().startsWith('year') ? 12 : 1), sameDay: m[3] !== undefined };
    },
  },
  { pattern: /\b(?:the\s+)?(next|following|previous|preceding)\s+day\b/gi, read: (m) => ({ kind: 'days', from: 'previous', days: /next|following/i.test(m[1]) ? 1 : -1, spread: 0 }) },
  { pattern: /\ba\s+day\s+(later|earlier)\b/gi, read: (m) => ({ kind: 'days', from: 'previous', days: m[1].toLowerCase() === 'later' ? 1 : -1, spread: 0 }) },
  { pattern: /\b(?:(?:later|earlier|late|early)\s+(?:in\s+)?(?:that|the\s+same)|that\s+same|the\s+same)\s+(month|year)\b/gi, read: (m) => afterPrevious(m[1], 0) },
  { pattern: /\bthe\s+(following|next|previous|preceding)\s+(month|year)\b/gi, read: (m) => afterPrevious(m[2], /following|next/i.test(m[1]) ? 1 : -1) },
  { pattern: new RegExp(`\\b${COUNT}\\s+(months?|years?)\\s+(later|earlier)\\b(?!\\s+than)`, 'gi'), read: (m) => {
    const count = countOf(m[1]);
    return count === undefined ? undefined : afterPrevious(m[2], m[3].toLowerCase() === 'later' ? count : -count);
  } },
  { pattern: /\b(?:earlier\s+)?(this|last)\s+month\b/gi, read: (m) => ({ kind: 'month', monthsBack: m[1].toLowerCase() === 'this' ? 0 : -1 }) },
  { pattern: /\b(?:earlier\s+)?(this|last)\s+year\b/gi, read: (m) => ({ kind: 'year', yearsBack: m[1].toLowerCase() === 'this' ? 0 : -1 }) },
  {
    pattern: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(this|last)\s+month\b/gi,
    read: (m) => ({ kind: 'month', monthsBack: m[2].toLowerCase() === 'this' ? 0 : -1, day: Number(m[1]) }),
  },
  { pattern: new RegExp(`\\blast\\s+(${MONTH})\\b`, 'gi'), read: (m) => ({ kind: 'named-month', month: MONTHS.indexOf(m[1].toLowerCase()) + 1 }) },
  // The letter-writer's "instant" (this month) and "ultimo" (last month).
  { pattern: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+(inst|ult)\b\.?/gi, read: (m) => ({ kind: 'month', monthsBack: m[2].toLowerCase() === 'inst' ? 0 : -1, day: Number(m[1]) }) },
  {
    pattern: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:that|the\s+same)\s+month\b/gi,
    read: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 31 ? { kind: 'day-of-month', day: Number(m[1]), ofThatMonth: true } : undefined),
  },
  {
    pattern: new RegExp(`(?:\\b(${WEEKDAY}),?\\s+|\\bon\\s+)the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH}|this|last|next|inst|ult|that\\s+month|the\\s+same\\s+month)\\b)`, 'gi'),
    read: (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 31 ? { kind: 'day-of-month', day: Number(m[2]), weekday: m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : undefined } : undefined),
  },
];

function afterPrevious(unit: string, count: number): RelativeDate {
  return unit.toLowerCase().startsWith('month') ? { kind: 'months-after', months: count } : { kind: 'years-after', years: count };
}

function countOf(written: string): number | undefined {
  const lower = written.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : NUMBERS[lower];
}

/** The relative dates in text[start, end), in text order, none overlapping another. */
export function findRelativeDates(text: string, start = 0, end = text.length): RelativeMention[] {
  const slice = text.slice(start, end);
  const found: RelativeMention[] = [];
  for (const { pattern, read } of FORMS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      const relative = read(match);
      if (relative) found.push({ start: start + match.index, end: start + match.index + match[0].length, text: match[0], relative });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RelativeMention[] = [];
  for (const mention of found) if (kept.length === 0 || mention.start >= kept[kept.length - 1].end) kept.push(mention);
  return kept;
}
