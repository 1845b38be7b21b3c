// Which places lie within which: "the Harbour Office in Delft", "Delft Central Station" are in Delft.
import { formKey, type ActorCluster } from './actors';

/** "X in Y", "X, in Y": a place named and the place it stands in, written right after it. */
const IN_AFTER = /^,? in (?:the )?/;

/** For each place, the places the documents put it in: by its name's first words, or by "in" after it. */
export function placesWithin(clusters: readonly ActorCluster[], texts: readonly string[]): Map<string, string[]> {
  const places = clusters.filter((cluster) => cluster.type === 'place');
  const byForm = new Map<string, string>();
  for (const place of places) for (const form of [...place.spellings, ...place.short]) byForm.set(formKey(form.text), place.id);
  const starts = texts.map(() => new Map<number, string>());
  for (const place of places) for (const form of [...place.spellings, ...place.short]) for (const mention of form.mentions) starts[mention.document]!.set(mention.start, place.id);
  const within = new Map<string, string[]>();
  const add = (place: string, container: string) => {
    const known = within.get(place) ?? [];
    if (container !== place && !known.includes(container)) within.set(place, [...known, container]);
  };
  for (const place of places) {
    for (const form of place.spellings) {
      // "Tbilisi International Airport": a longer name opening with a place's.
      for (let length = form.words.length - 1; length >= 1; length--) {
        const container = byForm.get(formKey(form.words.slice(0, length).join(' ')));
        if (container) {
          add(place.id, container);
          break;
        }
      }
      for (const mention of form.mentions) {
        const text = texts[mention.document]!;
        const after = IN_AFTER.exec(text.slice(mention.end, mention.end + 10));
        const container = after ? starts[mention.document]!.get(mention.end + after[0].length) : undefined;
        if (container) add(place.id, container);
      }
    }
  }
  return within;
}
