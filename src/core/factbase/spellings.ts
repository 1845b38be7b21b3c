// Counting how often each source uses each spelling of each actor, and picking the preferred forms.
import type { SourceText } from './source-text';
import { tokenize } from './tokens';
import type { Spelling } from './types';

export interface CountedSpelling {
  /** The actor the spelling belongs to: an occurrence inside a longer form of the same actor is not counted. */
  actorId: string;
  text: string;
}

/**
 * Counts whole-word, case-insensitive occurrences of many spellings, scanning each source's tokens
 * once. Where two forms of the same actor match at overlapping places, the longer one takes the
 * occurrence ("Marzouk" inside "Abu Marzouk" counts for "Abu Marzouk" only).
 */
export class SpellingCounter {
  /** Spellings by their first token, longest first. */
  private readonly byFirstToken = new Map<string, { index: number; tokens: string[] }[]>();
  /** Each spelling's tokens joined by single spaces, by index: two spellings with the same key are the same name. */
  readonly keys: string[] = [];

  constructor(private readonly spellings: readonly CountedSpelling[]) {
    spellings.forEach((spelling, index) => {
      const tokens = tokenTexts(spelling.text);
      this.keys.push(tokens.join(' '));
      if (tokens.length === 0) return;
      const candidates = this.byFirstToken.get(tokens[0]!);
      if (candidates) candidates.push({ index, tokens });
      else this.byFirstToken.set(tokens[0]!, [{ index, tokens }]);
    });
    for (const candidates of this.byFirstToken.values()) candidates.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** Occurrence counts in one source, by index of spelling; spellings the source never uses are left out. */
  countIn(source: SourceText): Map<number, number> {
    const counts = new Map<number, number>();
    const texts = source.tokens.texts;
    /** Per actor, the token index up to which a longer form of that actor already took the text. */
    const takenUntil = new Map<string, number>();
    for (let position = 0; position < texts.length; position++) {
      const candidates = this.byFirstToken.get(texts[position]!);
      if (!candidates) continue;
      for (const { index, tokens } of candidates) {
        if (!matchesAt(texts, position, tokens)) continue;
        const end = position + tokens.length;
        const actorId = this.spellings[index]!.actorId;
        if ((takenUntil.get(actorId) ?? 0) >= end) continue;
        takenUntil.set(actorId, end);
        counts.set(index, (counts.get(index) ?? 0) + 1);
      }
    }
    return counts;
  }
}

/** Letters of the English alphabet in words between single spaces: tokens no more than split and lower-cased. */
const SIMPLE_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The lower-cased tokens of a spelling, as `tokenize` gives them. */
function tokenTexts(text: string): string[] {
  return SIMPLE_NAME.test(text) ? text.toLowerCase().split(' ') : tokenize(text).texts;
}

function matchesAt(texts: readonly string[], position: number, tokens: readonly string[]): boolean {
  if (position + tokens.length > texts.length) return false;
  for (let i = 1; i < tokens.length; i++) {
    if (texts[position + i] !== tokens[i]) return false;
  }
  return true;
}

/**
 * Marks the preferred form among forms of one kind: the one most sources use, then the one used
 * most often in all, then the first listed. Forms used by fewer sources than the preferred one are
 * variants and get it as their suggestion. Returns the preferred form, if any.
 */
export function markPreferred(forms: readonly Spelling[]): Spelling | undefined {
  const score = (form: Spelling) => {
    let sources = 0;
    let total = 0;
    for (const sourceId in form.uses) {
      const count = form.uses[sourceId]!;
      if (count > 0) {
        sources++;
        total += count;
      }
    }
    return { sources, total };
  };
  let preferred: { form: Spelling; sources: number; total: number } | undefined;
  const scored = forms.map((form) => ({ form, ...score(form) }));
  for (const candidate of scored) {
    if (!preferred || candidate.sources > preferred.sources || (candidate.sources === preferred.sources && candidate.total > preferred.total)) {
      preferred = candidate;
    }
  }
  if (!preferred) return undefined;
  for (const { form, sources } of scored) {
    form.preferred = form === preferred.form;
    if (sources < preferred.sources) form.suggestion = preferred.form.text;
  }
  return preferred.form;
}

/** Groups short forms by their number of words, so that each length has its own preferred form. */
export function groupByWordCount(forms: readonly Spelling[]): Spelling[][] {
  const groups = new Map<number, Spelling[]>();
  for (const form of forms) {
    const words = form.text.trim().split(/\s+/).length;
    const group = groups.get(words);
    if (group) group.push(form);
    else groups.set(words, [form]);
  }
  return [...groups.values()];
}
