// Where an actor is named or a source cited: in the source documents and in any draft.
import { findMentions } from '../check/names';
import { perFactBase } from '../check/per-fact-base';
import type { RelatedPassage } from '../check/types';
import type { FactBase } from '../factbase/types';
import { LineIndex } from '../text/lines';
import { scanMarkdown } from '../text/markdown';

export interface TextSpan {
  start: number;
  end: number;
}

/** A stretch of a source document, 1-based lines and columns, end exclusive. */
export type SourceSpan = Omit<RelatedPassage, 'message'>;

/** Every place in a draft that names the actor, in any spelling. */
export function actorMentions(factBase: FactBase, text: string, actorId: string): TextSpan[] {
  return findMentions(factBase, text)
    .filter((mention) => mention.actorId === actorId)
    .map(({ start, end }) => ({ start, end }));
}

/** Every place in a draft that cites the source. */
export function sourceCitations(text: string, sourceId: string): TextSpan[] {
  return scanMarkdown(text).citations.flatMap((citation) => citation.keys.filter((key) => key.id === sourceId).map(({ start, end }) => ({ start, end })));
}

/** Every place in the source documents that names the actor; found once per fact base. */
export function actorMentionsInSources(factBase: FactBase, actorId: string): SourceSpan[] {
  return sourceMentionsOf(factBase).get(actorId) ?? [];
}

const sourceMentionsOf = perFactBase(mentionsInSources);

function mentionsInSources(factBase: FactBase): Map<string, SourceSpan[]> {
  const byActor = new Map<string, SourceSpan[]>();
  for (const source of factBase.sources.values()) {
    const lines = new LineIndex(source.text);
    for (const mention of findMentions(factBase, { text: source.text, prose: source.text })) {
      const start = lines.position(mention.start);
      const end = lines.position(mention.end);
      const spans = byActor.get(mention.actorId) ?? [];
      spans.push({ sourceId: source.id, file: source.resolvedFile, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
      byActor.set(mention.actorId, spans);
    }
  }
  return byActor;
}
