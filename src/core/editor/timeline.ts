// The Timeline: the fact base's dated events on a time axis drawn as SVG, one lane per source (an
// event stands in the lane of each source its evidence comes from), with the events a draft mentions
// highlighted and the dates a draft gives them against the sources drawn in red beside the sources'.
// Every string from the fact base or the draft is escaped: the page runs no script but its own.
import { findMentions, type NameMention } from '../check/names';
import { humanDate } from '../check/rules/messages';
import type { Finding } from '../check/types';
import { daySpan } from '../check/when';
import type { EventFact, Evidence, FactBase, PartialDate } from '../factbase/types';
import { findDates } from '../text/dates';
import { scanMarkdown, type MarkdownScan } from '../text/markdown';

/** What a draft says of the events: those it mentions, and the dates it gives that the sources do not. */
export interface TimelineDraft {
  mentioned: ReadonlySet<string>;
  conflicts: readonly TimelineConflict[];
}

export interface TimelineConflict {
  eventId: string;
  /** The date the draft gives. */
  date: PartialDate;
  /** As the draft writes it. */
  text: string;
  /** Where the draft writes it. */
  start: number;
  end: number;
}

export interface TimelinePage {
  /** The nonce of the page's one style and one script. */
  nonce: string;
}

const LANE_LABEL_WIDTH = 170;
const PLOT_WIDTH = 800;
const ROW_HEIGHT = 22;
const LANE_PADDING = 10;
const AXIS_HEIGHT = 34;
const LABEL_CHARS = 34;
const CHAR_WIDTH = 6.4;

/** The events a draft mentions (see `mentionedEvents`) and those whose date it gets wrong, with those dates. */
export function draftTimeline(factBase: FactBase, text: string, findings: readonly Finding[], scan: MarkdownScan = scanMarkdown(text)): TimelineDraft {
  const conflicts = dateConflicts(factBase, text, findings);
  const mentioned = new Set([...conflicts.map((conflict) => conflict.eventId), ...mentionedEvents(factBase, text, scan).keys()]);
  return { mentioned, conflicts };
}

/** The dates the draft gives events against the sources, by its date-conflict findings. */
export function dateConflicts(factBase: FactBase, text: string, findings: readonly Finding[]): TimelineConflict[] {
  return findings.flatMap((finding) => {
    const conflict = finding.code === 'date-conflict' ? conflictOf(factBase, text, finding) : undefined;
    return conflict ? [conflict] : [];
  });
}

/**
 * The events of which a paragraph names a participant (or the place) with a date within the event's
 * days or, in a paragraph that gives no date, with one of the event's words; each with the first
 * such paragraph.
 */
export function mentionedEvents(
  factBase: FactBase,
  text: string,
  scan: MarkdownScan = scanMarkdown(text),
  mentions: readonly NameMention[] = findMentions(factBase, { text, prose: scan.prose }),
): Map<string, { start: number; end: number }> {
  const mentioned = new Map<string, { start: number; end: number }>();
  for (const block of scan.blocks) {
    const named = new Set(mentions.filter((mention) => mention.start >= block.start && mention.end <= block.end).map((mention) => mention.actorId));
    if (named.size === 0) continue;
    const prose = scan.prose.slice(block.start, block.end).toLocaleLowerCase();
    const days = findDates(scan.prose, block.start, block.end).flatMap((mention) =>
      mention.year === undefined ? [] : [daySpan({ year: mention.year, month: mention.month, day: mention.day, precision: mention.precision })],
    );
    for (const event of factBase.events.values()) {
      if (mentioned.has(event.id) || !(event.participants.some((id) => named.has(id)) || (event.place !== undefined && named.has(event.place)))) continue;
      const eventDays = event.date && daySpan(event.date, event.until);
      const dated = eventDays !== undefined && days.some((span) => span.first <= eventDays.last && eventDays.first <= span.last);
      if (dated || (days.length === 0 && event.words.some((word) => containsWord(prose, word.toLocaleLowerCase())))) mentioned.set(event.id, { start: block.start, end: block.end });
    }
  }
  return mentioned;
}

/** The event a date-conflict finding is about (the one whose passages it cites) and the date the draft wrote. */
function conflictOf(factBase: FactBase, text: string, finding: Finding): TimelineConflict | undefined {
  const cited = new Set(finding.related.map((passage) => `${passage.file}:${passage.line}:${passage.column}`));
  const event = [...factBase.events.values()].find((candidate) => {
    const passages = candidate.evidence.flatMap((evidence) => (evidence.passage ? [`${factBase.sources.get(evidence.sourceId)?.resolvedFile ?? evidence.passage.file}:${evidence.passage.start.line}:${evidence.passage.start.column}`] : []));
    return candidate.date && passages.length > 0 && passages.every((passage) => cited.has(passage)) && new Set(passages).size === cited.size;
  });
  if (!event?.date) return undefined;
  const { start, end } = finding.range;
  const mention = findDates(text, start.offset, end.offset)[0];
  if (!mention) return undefined;
  const date: PartialDate = { year: mention.year ?? event.date.year, month: mention.month, day: mention.day, precision: mention.precision };
  return { eventId: event.id, date, text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end };
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  }
  return false;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

interface Placed {
  event: EventFact;
  x: number;
  endX: number;
  row: number;
  disputes: string[];
}

/** The events drawn, their lanes and the span of days the axis covers. */
function layout(factBase: FactBase, draft: TimelineDraft | undefined) {
  const dated = [...factBase.events.values()].filter((event): event is EventFact & { date: PartialDate } => event.date !== undefined);
  const conflictDays = (draft?.conflicts ?? []).map((conflict) => daySpan(conflict.date));
  const spans = [...dated.map((event) => daySpan(event.date, event.until)), ...conflictDays];
  const first = Math.min(...spans.map((span) => span.first));
  const last = Math.max(...spans.map((span) => span.last));
  // A margin of a twentieth on either side, so that no marker sits on the edge.
  const margin = Math.max(15, Math.round((last - first) / 20));
  const from = first - margin;
  const to = last + margin;
  const xOf = (day: number) => LANE_LABEL_WIDTH + ((day - from) / (to - from)) * PLOT_WIDTH;
  const xOfDate = (date: PartialDate) => {
    const span = daySpan(date);
    return xOf((span.first + span.last) / 2);
  };
  const conflictsOf = new Map<string, TimelineConflict[]>();
  for (const conflict of draft?.conflicts ?? []) conflictsOf.set(conflict.eventId, [...(conflictsOf.get(conflict.eventId) ?? []), conflict]);
  const lanes = [...factBase.sources.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((source) => {
      const events = dated
        .filter((event) => event.evidence.some((evidence) => evidence.sourceId === source.id))
        .map((event) => {
          const span = daySpan(event.date, event.until);
          return { event, x: event.until ? xOf(span.first) : xOfDate(event.date), endX: event.until ? xOf(span.last) : xOfDate(event.date) };
        })
        .sort((a, b) => a.x - b.x || a.event.name.localeCompare(b.event.name));
      // Rows within the lane, so that no label runs over the next event's marker.
      const rowEnds: number[] = [];
      const placed: Placed[] = events.map(({ event, x, endX }) => {
        const left = Math.min(x, ...(conflictsOf.get(event.id) ?? []).map((conflict) => conflictPlace(x, xOfDate(conflict.date)) - 12 - conflictText(conflict).length * CHAR_WIDTH));
        let row = rowEnds.findIndex((end) => end < left);
        if (row < 0) row = rowEnds.push(0) - 1;
        rowEnds[row] = Math.max(endX, x) + 14 + Math.min(event.name.length, LABEL_CHARS) * CHAR_WIDTH;
        return { event, x, endX, row, disputes: disputesOf(factBase, event) };
      });
      return { source, placed, rows: Math.max(rowEnds.length, 1) };
    });
  return { from, to, xOf, xOfDate, lanes, conflictsOf };
}

/**
 * Where the draft's date is drawn: at its day, or beside the sources' when the axis would put it
 * under their marker (a date a few days off, on an axis of years).
 */
function conflictPlace(x: number, dateX: number): number {
  return Math.abs(dateX - x) < 18 ? x - 18 : dateX;
}

function conflictText(conflict: TimelineConflict): string {
  return `draft: ${humanDate(conflict.date)}`;
}

/** The topics of the disagreements about the event, or whose claims quote the event's own passages. */
function disputesOf(factBase: FactBase, event: EventFact): string[] {
  const topics: string[] = [];
  for (const disagreement of factBase.disagreements.values()) {
    const quoted = disagreement.claims.some((claim) => claim.evidence.some((evidence) => event.evidence.some((own) => overlap(evidence, own))));
    if (disagreement.about.includes(event.id) || quoted) topics.push(disagreement.topic);
  }
  return topics;
}

function overlap(a: Evidence, b: Evidence): boolean {
  return a.sourceId === b.sourceId && a.passage !== undefined && b.passage !== undefined && a.passage.start.offset < b.passage.end.offset && b.passage.start.offset < a.passage.end.offset;
}

/** "3 March 2006", "2006 – 2010", "undated". */
export function eventWhen(event: { date?: PartialDate; until?: PartialDate }): string {
  return event.date ? `${humanDate(event.date)}${event.until ? ` – ${humanDate(event.until)}` : ''}` : 'undated';
}

function truncated(text: string, chars = LABEL_CHARS): string {
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}

/** The timeline as an SVG element. */
export function timelineSvg(factBase: FactBase, draft?: TimelineDraft): string {
  if (![...factBase.events.values()].some((event) => event.date)) return '<p class="empty">The fact base dates no event.</p>';
  const { from, to, xOf, xOfDate, lanes, conflictsOf } = layout(factBase, draft);
  const parts: string[] = [];
  let y = AXIS_HEIGHT;
  for (const [index, { source, placed, rows }] of lanes.entries()) {
    const height = rows * ROW_HEIGHT + 2 * LANE_PADDING;
    parts.push(`<g class="lane" role="group" aria-label="${escapeXml(`Source ${source.id}: ${source.title}`)}">`);
    parts.push(`<rect class="lane-bg${index % 2 ? ' odd' : ''}" x="0" y="${y}" width="${LANE_LABEL_WIDTH + PLOT_WIDTH}" height="${height}"/>`);
    parts.push(`<text class="lane-id" x="8" y="${y + 18}">${escapeXml(source.id)}</text>`);
    parts.push(`<text class="lane-title" x="8" y="${y + 33}">${escapeXml(truncated(source.title, 26))}<title>${escapeXml(source.title)}</title></text>`);
    if (placed.length === 0) parts.push(`<text class="lane-empty" x="${LANE_LABEL_WIDTH + 8}" y="${y + 26}">no dated event</text>`);
    for (const { event, x, endX, row, disputes } of placed) {
      const cy = y + LANE_PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2;
      const classes = ['event', draft?.mentioned.has(event.id) ? 'mentioned' : '', disputes.length > 0 ? 'disputed' : ''].filter(Boolean).join(' ');
      const conflicts = conflictsOf.get(event.id) ?? [];
      const label = [
        `${event.name}, ${eventWhen(event)}`,
        `in ${source.id}`,
        ...(draft?.mentioned.has(event.id) ? ['mentioned in the draft'] : []),
        ...conflicts.map((conflict) => `the draft gives ${humanDate(conflict.date)} (“${conflict.text}”)`),
        ...disputes.map((topic) => `sources disagree: ${topic}`),
      ].join('; ');
      parts.push(`<g class="${classes}" tabindex="0" role="button" data-event="${escapeXml(event.id)}" data-source="${escapeXml(source.id)}" aria-label="${escapeXml(label)}">`);
      parts.push(`<title>${escapeXml(label)}</title>`);
      if (endX > x) parts.push(`<rect class="span" x="${x.toFixed(1)}" y="${cy - 4}" width="${(endX - x).toFixed(1)}" height="8" rx="4"/>`);
      for (const conflict of conflicts) {
        const cx = conflictPlace(x, xOfDate(conflict.date));
        parts.push(`<line class="conflict-link" x1="${x.toFixed(1)}" y1="${cy}" x2="${cx.toFixed(1)}" y2="${cy}"/>`);
        parts.push(`<rect class="conflict" x="${(cx - 5).toFixed(1)}" y="${cy - 5}" width="10" height="10" transform="rotate(45 ${cx.toFixed(1)} ${cy})"/>`);
        parts.push(`<text class="conflict-label" x="${(cx - 10).toFixed(1)}" y="${cy + 4}">${escapeXml(conflictText(conflict))}</text>`);
      }
      parts.push(`<circle class="marker" cx="${x.toFixed(1)}" cy="${cy}" r="6"/>`);
      if (disputes.length > 0) parts.push(`<circle class="dispute-ring" cx="${x.toFixed(1)}" cy="${cy}" r="9.5"/>`);
      parts.push(`<text class="label" x="${(Math.max(endX, x) + 12).toFixed(1)}" y="${cy + 4}">${escapeXml(truncated(event.name))}</text>`);
      parts.push('</g>');
    }
    parts.push('</g>');
    y += height;
  }
  const width = LANE_LABEL_WIDTH + PLOT_WIDTH + 240;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="${width}" height="${y + 8}" viewBox="0 0 ${width} ${y + 8}" role="group" aria-label="Dated events of the fact base by source">`,
    axis(from, to, xOf, y),
    ...parts,
    '</svg>',
  ].join('\n');
}

/** Year ticks, or month ticks over less than three years. */
function axis(from: number, to: number, xOf: (day: number) => number, bottom: number): string {
  const firstYear = new Date(from * 86_400_000).getUTCFullYear();
  const lastYear = new Date(to * 86_400_000).getUTCFullYear();
  const monthly = lastYear - firstYear < 3;
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 12));
  const ticks: { day: number; text: string }[] = [];
  for (let year = firstYear; year <= lastYear + 1; year++) {
    for (let month = 1; month <= (monthly ? 12 : 1); month++) {
      const day = daySpan({ year, month, day: 1, precision: 'day' }).first;
      if (day < from || day > to || (!monthly && (year - firstYear) % step !== 0)) continue;
      ticks.push({ day, text: monthly ? humanDate({ year, month, precision: 'month' }) : String(year) });
    }
  }
  const lines = ticks.map(({ day, text }) => {
    const x = xOf(day).toFixed(1);
    return `<line class="tick" x1="${x}" y1="${AXIS_HEIGHT - 6}" x2="${x}" y2="${bottom}"/><text class="tick-label" x="${x}" y="${AXIS_HEIGHT - 12}">${escapeXml(text)}</text>`;
  });
  return `<g class="axis" aria-hidden="true">${lines.join('')}</g>`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 12px 12px; }
h1 { font-size: 1.2em; font-weight: 600; margin: 12px 0 4px; }
.summary, .legend { color: var(--vscode-descriptionForeground); margin: 4px 0; }
.legend span { margin-right: 16px; white-space: nowrap; }
.legend svg { vertical-align: middle; margin-right: 4px; }
.scroll { overflow-x: auto; }
svg.timeline { font-family: var(--vscode-font-family); font-size: 11px; }
.lane-bg { fill: transparent; stroke: var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); stroke-width: 0.5; }
.lane-bg.odd { fill: var(--vscode-editorWidget-background, transparent); fill-opacity: 0.6; }
.lane-id { fill: var(--vscode-foreground); font-weight: 600; font-size: 12px; }
.lane-title, .tick-label, .lane-empty { fill: var(--vscode-descriptionForeground); }
.lane-empty { font-style: italic; }
.tick-label { text-anchor: middle; }
.tick { stroke: var(--vscode-editorIndentGuide-background1, var(--vscode-panel-border, currentColor)); stroke-width: 0.5; stroke-dasharray: 2 3; }
.marker, .legend .marker { fill: var(--vscode-charts-blue); stroke: var(--vscode-editor-background); stroke-width: 1.5; }
.span { fill: var(--vscode-charts-blue); fill-opacity: 0.45; }
.label { fill: var(--vscode-foreground); }
.event { cursor: pointer; outline: none; }
.event:hover .label { text-decoration: underline; }
.event:focus .marker, .event:focus-visible .marker { stroke: var(--vscode-focusBorder); stroke-width: 3; }
.event:focus .label { fill: var(--vscode-textLink-activeForeground, var(--vscode-foreground)); font-weight: 600; }
.mentioned .marker, .legend .mentioned { fill: var(--vscode-charts-yellow); stroke: var(--vscode-foreground); stroke-width: 1.5; }
.mentioned .label { font-weight: 600; }
.dispute-ring, .legend .dispute-ring { fill: none; stroke: var(--vscode-charts-orange); stroke-width: 2; stroke-dasharray: 3 2; }
.conflict, .legend .conflict { fill: var(--vscode-charts-red, var(--vscode-errorForeground)); stroke: var(--vscode-editor-background); stroke-width: 1; }
.conflict-label { fill: var(--vscode-charts-red, var(--vscode-errorForeground)); text-anchor: end; font-weight: 600; }
.conflict-link { stroke: var(--vscode-charts-red, var(--vscode-errorForeground)); stroke-width: 1.5; stroke-dasharray: 4 2; }
body.vscode-high-contrast .lane-bg, body.vscode-high-contrast-light .lane-bg { stroke: var(--vscode-contrastBorder); stroke-width: 1; fill: transparent; }
body.vscode-high-contrast .marker, body.vscode-high-contrast-light .marker { stroke: var(--vscode-contrastBorder); }
body.vscode-high-contrast .event:focus .marker, body.vscode-high-contrast-light .event:focus .marker { stroke: var(--vscode-contrastActiveBorder, var(--vscode-focusBorder)); stroke-width: 3; }
`;

// Opens an event's passage on a click, Enter or Space, and tells the editor once the page stands;
// nothing else leaves the page.
const SCRIPT = `
const vscode = acquireVsCodeApi();
for (const event of document.querySelectorAll('.event')) {
  const open = () => vscode.postMessage({ type: 'open', event: event.dataset.event, source: event.dataset.source });
  event.addEventListener('click', open);
  event.addEventListener('keydown', (key) => {
    if (key.key === 'Enter' || key.key === ' ') { key.preventDefault(); open(); }
  });
}
vscode.postMessage({ type: 'drawn' });
`;

/** The whole page: its policy allows its own style and script (by nonce) and nothing else, remote or local. */
export function timelineHtml(factBase: FactBase, draft: TimelineDraft | undefined, draftName: string | undefined, page: TimelinePage): string {
  const nonce = escapeXml(page.nonce);
  const policy = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const dated = [...factBase.events.values()].filter((event) => event.date).length;
  const undated = factBase.events.size - dated;
  const summary = [
    `${dated} dated ${dated === 1 ? 'event' : 'events'} in ${factBase.sources.size} ${factBase.sources.size === 1 ? 'source' : 'sources'}`,
    undated > 0 ? `${undated} undated not drawn` : '',
    draftName && draft ? `${draft.mentioned.size} mentioned in ${draftName}, ${draft.conflicts.length} dated otherwise there` : '',
  ].filter(Boolean);
  const legendItem = (shape: string, text: string) => `<span><svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">${shape}</svg>${text}</span>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeXml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Crosscheck Timeline</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<h1>Timeline</h1>
<p class="summary">${escapeXml(summary.join(' · '))}</p>
<p class="legend">${[
    legendItem('<circle class="marker" r="6"/>', 'event, in the lane of each source that tells it'),
    legendItem('<circle class="mentioned" r="6"/>', 'mentioned in the draft'),
    legendItem('<circle class="dispute-ring" r="8"/>', 'the sources disagree'),
    legendItem('<rect class="conflict" x="-5" y="-5" width="10" height="10" transform="rotate(45)"/>', 'the draft’s date, against the sources’'),
  ].join('')}</p>
<div class="scroll">
${timelineSvg(factBase, draft)}
</div>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
