// Telling spellings of one name apart from different names, across transliterations: Mousa, Musa
// and Moussa; Marzouk and Marzook; Meshaal and Mashal; Maksim and Maxim; Lavrov and Lavroff; Dijk and Dyk;
// Dragović and Dragovich.

/** A word reduced to what transliterations of it share. */
function nameKey(word: string): string {
  let key = word
    .toLowerCase()
    // "Dragović" is "Dragovich" in English; "Šimić" "Shimich".
    .replace(/[ćč]/g, 'ch')
    .replace(/š/g, 'sh')
    .replace(/ž/g, 'zh')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`-]/g, '');
  key = key
    .replace(/off$/, 'ov')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/[qc](?!h)/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ij|y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
  return key;
}

/** The consonants of a key, its first letter kept: vowels are what transliterations vary most. */
function skeleton(key: string): string {
  return key.slice(0, 1) + key.slice(1).replace(/[aeiou]/g, '');
}

/** Whether two words may be the same name written two ways. */
export function sameNameWord(a: string, b: string): boolean {
  const keyA = nameKey(a);
  const keyB = nameKey(b);
  if (keyA === keyB) return true;
  if (keyA.length < 3 || keyB.length < 3) return false;
  if (skeleton(keyA) === skeleton(keyB) && Math.abs(keyA.length - keyB.length) <= 2) return true;
  // One letter apart in a long word ("Trufanov", "Trupanov").
  return keyA.length >= 6 && keyB.length >= 6 && editDistance(keyA, keyB) <= 1;
}

/** Whether one given name is the other's short form ("Alex", "Alexander"), or the same name. */
export function sameGivenName(a: string, b: string): boolean {
  if (sameNameWord(a, b)) return true;
  const keyA = nameKey(a);
  const keyB = nameKey(b);
  const [shorter, longer] = keyA.length <= keyB.length ? [keyA, keyB] : [keyB, keyA];
  return shorter.length >= 3 && longer.startsWith(shorter);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
