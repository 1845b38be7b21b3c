// How often each source uses each spelling, counted by the same counter `validate` checks them with.
import { SourceText } from '../factbase/source-text';
import { SpellingCounter } from '../factbase/spellings';
import type { DraftActor } from './drafts';

/** Fills in every spelling's uses; short forms no source uses on their own are dropped, but for a person's surname. */
export function countUses(actors: readonly DraftActor[], sources: readonly { id: string; file: string; text: string }[]): void {
  const spellings = actors.flatMap((actor) => [...actor.spellings, ...actor.short].map((spelling) => ({ spelling, actor: actor.id })));
  const counter = new SpellingCounter(
    spellings.map(({ spelling }) => spelling.text),
    spellings.map(({ actor }) => actor),
  );
  for (const source of sources) {
    const { spellings: used, counts } = counter.countIn(new SourceText(source.file, source.text));
    for (let i = 0; i < used.length; i++) spellings[used[i]!]!.spelling.uses[source.id] = counts[i]!;
  }
  for (const actor of actors) actor.short = actor.short.filter((spelling) => spelling.surname || Object.keys(spelling.uses).length > 0);
}
