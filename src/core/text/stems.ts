// A crude stem that makes the inflections of an event word meet: "visited", "visits" and
// "visiting" give "visit"; "released" and "releases" give "releas"; "met" and "meeting" give "meet".

const IRREGULAR_STEMS: Record<string, string> = { met: 'meet', held: 'hold', spoke: 'speak', came: 'come', sent: 'send', told: 'tell', flew: 'fly', sat: 'sit', rang: 'ring', freed: 'free' };

const SUFFIXES = ['ings', 'ing', 'ed', 'es', 's'];

const DOUBLED_CONSONANT = /([bdgkmnprt])\1$/;

/** The stem of one normalised (lower-case) word. */
export function stemOf(word: string): string {
  const irregular = IRREGULAR_STEMS[word];
  if (irregular) return irregular;
  const suffix = SUFFIXES.find((ending) => word.endsWith(ending) && word.length - ending.length >= 3);
  let stem = suffix ? word.slice(0, -suffix.length) : word;
  // "transferred", "planned": the consonant doubled before -ed and -ing is the verb's single one ("called", "passed" keep theirs).
  if (suffix && suffix !== 's' && suffix !== 'es' && stem.length >= 5 && DOUBLED_CONSONANT.test(stem)) stem = stem.slice(0, -1);
  return stem.length > 3 ? stem.replace(/e$/, '') : stem;
}
