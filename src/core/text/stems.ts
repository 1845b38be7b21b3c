// A crude stem that makes the inflections of an event word meet: "visited", "visits" and
// "visiting" give "visit"; "released" and "releases" give "releas"; "met" and "meeting" give "meet".

const IRREGULAR_STEMS: Record<string, string> = { met: 'meet', held: 'hold', spoke: 'speak', came: 'come', sent: 'send', told: 'tell', flew: 'fly', sat: 'sit', rang: 'ring', freed: 'free' };

const SUFFIXES = ['ings', 'ing', 'ed', 'es', 's'];

/** The stem of one normalised (lower-case) word. */
export function stemOf(word: string): string {
  const irregular = IRREGULAR_STEMS[word];
  if (irregular) return irregular;
  const suffix = SUFFIXES.find((ending) => word.endsWith(ending) && word.length - ending.length >= 3);
  const stem = suffix ? word.slice(0, -suffix.length) : word;
  return stem.length > 3 ? stem.replace(/e$/, '') : stem;
}
