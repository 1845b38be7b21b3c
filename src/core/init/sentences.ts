// Splitting a document into sentences, each with its offsets, so every quote is cut from the text itself.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Short words that end with a full stop without ending the sentence: "Mr.", "U.S.", "A. Trufanov". */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Capt|Sgt|Rev|Gov|Sen|Rep|No|vs|etc|inst|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]\.[A-Z])\.$/;

/** Sentences of a document: a line is never joined to the next, and a line splits after . ! ? before a capital or quote. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let start = line.index;
    const lineEnd = line.index + line[0].length;
    for (const stop of line[0].matchAll(/[.!?]["”’)\]]*(?:\[\d+\])?\s+(?=["“(]?[A-Z0-9])/g)) {
      const at = line.index + stop.index;
      const before = text.slice(Math.max(start, at - 6), at + 1);
      if (ABBREVIATION.test(before)) continue;
      push(text, start, at + stop[0].trimEnd().length, sentences);
      start = at + stop[0].length;
    }
    push(text, start, lineEnd, sentences);
  }
  return sentences;
}

function push(text: string, start: number, end: number, sentences: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}
