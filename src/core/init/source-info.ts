// What a document tells about itself: a title, the outlet that published it, and when.
import { DATELINE_LEAD, findDates, formatDate, isFullDate, type DateMention } from './dates';
import type { Sentence } from './sentences';
import { findDates as findStatedDates } from '../text/dates';

/** Lines a saved web page has before its headline. */
const WEB_PAGE_LINE = /^(?:skip to|jump to|menu\b|search\b|sign in|log in|subscribe\b|advertisement\b)/i;

/** The headline: the first line of a few words, else the opening words of the first sentence. */
export function titleOf(text: string, sentences: readonly Sentence[]): string {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (WEB_PAGE_LINE.test(trimmed)) continue;
    const words = trimmed.split(/\s+/).length;
    if (words >= 4 && trimmed.length <= 160 && !/[.:]$/.test(trimmed)) return trimmed;
    if (words >= 4) break;
  }
  const first = sentences[0]?.text ?? (text.trim() || 'Untitled');
  if (first.length <= 120) return first;
  const cut = first.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * The outlet, only where the document names itself: "The News of Israel editors", a wire
 * dateline "MOSCOW (Reuters) -", "© 2025 The Daily Post". An outlet the text cites is not its own.
 */
export function outletOf(text: string): string | undefined {
  const word = "\\p{Lu}[\\p{L}&'-]*(?:\\.\\p{L}+)*";
  const name = `(?:The )?${word}(?: (?:of |the |and )?${word}){0,5}`;
  const patterns = [
    new RegExp(`(${name}) (?:editors|editorial (?:team|board)|staff)\\b`, 'u'),
    new RegExp(`^\\s*\\p{Lu}[\\p{Lu} ,.'-]+\\((${name})\\) *[-–—]`, 'mu'),
    new RegExp(`(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s+)?(${name})`, 'u'),
    new RegExp(`\\b(?:Published|First published|Originally published) (?:by|in) (${name})`, 'u'),
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return found[1]!;
  }
  return undefined;
}

/** Lines under the headline, before the body: a byline, an outlet's line, a date. */
const HEADER_LINES = 6;
const HEADER_LINE_LENGTH = 120;

/**
 * The publication date: a "Published" line, a date on a short line under the headline ("By Ana
 * Ruiz | 13 March 2018", "The Daily Post, 21.10.2019"), or a dateline (its year, when it gives
 * none, from the text's latest full date), else the latest date the text mentions.
 */
export function publishedOf(text: string): { date: string; inferred: string; stated: boolean } | undefined {
  const dates = findDates(text).filter(isFullDate);
  const stated = dates.find((mention) => /(?:published|posted|updated|dated)(?: on)?:? *$/i.test(text.slice(Math.max(0, mention.start - 20), mention.start)));
  if (stated) return { date: formatDate(stated)!, inferred: `the text says it was published "${text.slice(stated.start, stated.end)}"`, stated: true };
  const header = headerDate(text);
  if (header) return header;
  // A dateline opens one of the first lines: "ROTTERDAM, March 4, 2026 -".
  const dateline = findDates(text).find((mention) => mention.day !== undefined && isDateline(text, mention.start));
  if (dateline) {
    const line = text.slice(text.lastIndexOf('\n', dateline.start - 1) + 1, dateline.end);
    if (dateline.year !== undefined) return { date: formatDate(dateline)!, inferred: `the dateline "${line}"`, stated: true };
    const year = yearOfDateline(dateline, dates);
    if (year !== undefined) return { date: formatDate({ ...dateline, year })!, inferred: `the dateline "${line}", in the year of the latest full date the text mentions`, stated: true };
  }
  // Else the latest date the text mentions, of any precision: "in September 2022" tells more of when it was written than an older full date.
  const withYear = findDates(text).filter((mention) => mention.year !== undefined && mention.untilYear === undefined);
  if (withYear.length === 0) return undefined;
  const latest = withYear.reduce((best, mention) => (formatDate(mention)! > formatDate(best)! ? mention : best));
  return { date: formatDate(latest)!, inferred: `the latest date the text mentions ("${text.slice(latest.start, latest.end)}")`, stated: false };
}

function isDateline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, lineStart).split('\n').length <= HEADER_LINES && DATELINE_LEAD.test(text.slice(lineStart, at));
}

/** A dateline's day comes after the latest full date the text tells of: the year of that date, or the next. */
function yearOfDateline(dateline: DateMention, fullDates: readonly DateMention[]): number | undefined {
  const told = fullDates.filter((mention) => mention.start > dateline.end);
  if (told.length === 0) return undefined;
  const latest = told.reduce((best, mention) => (formatDate(mention)! > formatDate(best)! ? mention : best));
  const later = latest.month! > dateline.month! || (latest.month === dateline.month && latest.day! > dateline.day!);
  return later ? latest.year! + 1 : latest.year;
}

/** A full date on one of the short lines under the headline, before the first line of the body. */
function headerDate(text: string): { date: string; inferred: string; stated: boolean } | undefined {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0).slice(1, HEADER_LINES);
  for (const line of lines) {
    if (line.length > HEADER_LINE_LENGTH) break;
    // "ROTTERDAM, March 4 -": a dateline opens the body.
    if (/^\p{Lu}[\p{Lu} .'-]+,/u.test(line)) break;
    // Every form a date line takes, "21.10.2019" and "2020-01-09" too.
    const written = findStatedDates(line).find((mention) => mention.precision === 'day' && !mention.yearMissing);
    if (written) return { date: formatDate(written)!, inferred: `the line under the headline "${line}"`, stated: true };
  }
  return undefined;
}
