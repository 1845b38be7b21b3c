// What a draft says of the fact base, as the "This Draft" view and the outline show it: the actors it
// names, with every mention and the findings on them, and the events it mentions, with the dates it
// gives them that the sources do not.
import { findMentions } from '../check/names';
import { humanDate } from '../check/rules/messages';
import type { Finding, Severity } from '../check/types';
import { TextIndex } from '../factbase/text-index';
import type { ActorType, FactBase } from '../factbase/types';
import { scanMarkdown, type MarkdownScan } from '../text/markdown';
import { dateConflicts, eventWhen, mentionedEvents, type TimelineConflict } from './timeline';

export interface OutlineSpan {
  start: number;
  end: number;
}

export interface OutlineActor {
  id: string;
  type: ActorType;
  name: string;
  description?: string;
  /** Every mention, in text order. */
  mentions: OutlineSpan[];
  /** The findings whose range meets one of its mentions, in text order. */
  findings: Finding[];
}

export interface OutlineEvent {
  id: string;
  name: string;
  /** When the sources date it. */
  when: string;
  /** Where the draft first tells of it: its paragraph, or a date it gives it. */
  start: number;
  end: number;
  /** The dates the draft gives it that the sources do not. */
  conflicts: TimelineConflict[];
}

export interface DraftOutline {
  /** In the order the draft first names them. */
  actors: OutlineActor[];
  /** In the order the draft first tells of them. */
  events: OutlineEvent[];
}

export function draftOutline(factBase: FactBase, text: string, findings: readonly Finding[], scan: MarkdownScan = scanMarkdown(text)): DraftOutline {
  const byActor = new Map<string, OutlineActor>();
  const mentions = findMentions(factBase, { text, prose: scan.prose });
  for (const mention of mentions) {
    let entry = byActor.get(mention.actorId);
    if (!entry) {
      const actor = mention.actor;
      entry = { id: actor.id, type: actor.type, name: actor.name, ...(actor.description && { description: actor.description }), mentions: [], findings: [] };
      byActor.set(actor.id, entry);
    }
    entry.mentions.push({ start: mention.start, end: mention.end });
  }
  const sorted = [...findings].sort((a, b) => a.range.start.offset - b.range.start.offset);
  for (const entry of byActor.values()) {
    entry.findings = sorted.filter((finding) => entry.mentions.some((mention) => finding.range.start.offset < mention.end && mention.start < finding.range.end.offset));
  }
  const conflicts = dateConflicts(factBase, text, findings);
  const firstTold = mentionedEvents(factBase, text, scan, mentions);
  for (const conflict of conflicts) {
    const known = firstTold.get(conflict.eventId);
    if (!known || conflict.start < known.start) firstTold.set(conflict.eventId, conflict);
  }
  const events = [...firstTold].flatMap(([id, { start, end }]) => {
    const event = factBase.events.get(id);
    return event ? [{ id, name: event.name, when: eventWhen(event), start, end, conflicts: conflicts.filter((conflict) => conflict.eventId === id) }] : [];
  });
  return { actors: [...byActor.values()], events: events.sort((a, b) => a.start - b.start) };
}

/** A node of the "This Draft" tree. */
export interface OutlineNode {
  id: string;
  kind: 'section' | 'actor' | 'finding' | 'mention' | 'event' | 'conflict';
  label: string;
  description?: string;
  tooltip?: string;
  actorType?: ActorType;
  severity?: Severity;
  /** The stretch of the draft it stands for, to reveal there. */
  range?: OutlineSpan;
  children: OutlineNode[];
}

/** Most characters of a line a mention's node shows. */
const LINE_CHARS = 80;

/** The outline as a tree: the actors, each with the findings on them and their mentions by line; the events, each with the dates the draft gives them that the sources do not. */
export function outlineTree(outline: DraftOutline, text: string): OutlineNode[] {
  const lines = new TextIndex('', text);
  const actors = outline.actors.map((actor): OutlineNode => {
    const findings = actor.findings.map((finding, i): OutlineNode => ({
      id: `actor:${actor.id}:finding:${i}`,
      kind: 'finding',
      label: finding.message,
      description: `${finding.code} · line ${finding.range.start.line}`,
      tooltip: finding.message,
      severity: finding.severity,
      range: { start: finding.range.start.offset, end: finding.range.end.offset },
      children: [],
    }));
    const mentions = actor.mentions.map((mention, i): OutlineNode => ({
      id: `actor:${actor.id}:mention:${i}`,
      kind: 'mention',
      label: `line ${lines.position(mention.start).line}`,
      description: lineAround(text, mention),
      range: mention,
      children: [],
    }));
    const counts = [plural(actor.mentions.length, 'mention'), ...(actor.findings.length > 0 ? [plural(actor.findings.length, 'finding')] : [])].join(' · ');
    return { id: `actor:${actor.id}`, kind: 'actor', label: actor.name, description: counts, tooltip: actor.description, actorType: actor.type, range: actor.mentions[0], children: [...findings, ...mentions] };
  });
  const events = outline.events.map((event): OutlineNode => {
    const conflicts = event.conflicts.map((conflict, i): OutlineNode => ({
      id: `event:${event.id}:conflict:${i}`,
      kind: 'conflict',
      label: `the draft says ${humanDate(conflict.date)}`,
      description: `line ${lines.position(conflict.start).line}: “${conflict.text}”`,
      range: { start: conflict.start, end: conflict.end },
      children: [],
    }));
    const description = conflicts.length > 0 ? `${event.when} · ${plural(conflicts.length, 'other date')} in the draft` : event.when;
    return { id: `event:${event.id}`, kind: 'event', label: event.name, description, range: { start: event.start, end: event.end }, children: conflicts };
  });
  return [
    { id: 'section:actors', kind: 'section', label: 'Actors', description: String(actors.length), children: actors },
    { id: 'section:events', kind: 'section', label: 'Events', description: String(events.length), children: events },
  ];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The text of the span's line around it, cut to a length a tree row shows. */
function lineAround(text: string, span: OutlineSpan): string {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const whole = text.slice(start, end).trim();
  if (whole.length <= LINE_CHARS) return whole;
  const from = Math.max(start, span.start - LINE_CHARS / 2);
  const cut = text.slice(from, Math.min(end, from + LINE_CHARS)).trim();
  return `${from > start ? '…' : ''}${cut}…`;
}
