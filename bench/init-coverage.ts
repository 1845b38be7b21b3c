// How much of the bundled, hand-curated fact base `crosscheck init` finds on its own from the same
// sources: npx tsx bench/init-coverage.ts DRAWN.yaml [CURATED.yaml]. Compares the files as written
// (declared uses, not the counts validate derives).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { tokenize } from '../src/core/factbase/tokens';

interface Spelling {
  text: string;
  uses?: Record<string, number>;
}
interface Title {
  title: string;
  wordings?: string[];
}
interface Actor {
  id: string;
  spellings?: Spelling[];
  short?: Spelling[];
  titles?: Title[];
}
interface FactBase {
  actors?: Actor[];
  events?: { id: string; date?: string | number }[];
}

const key = (text: string) => tokenize(text).texts.join(' ');
const formsOf = (actor: Actor) => [...(actor.spellings ?? []), ...(actor.short ?? [])];
const share = (found: number, total: number) => `${found}/${total} = ${total === 0 ? '-' : ((100 * found) / total).toFixed(0)}%`;

function sameUses(a: Record<string, number> = {}, b: Record<string, number> = {}): boolean {
  const entries = Object.entries(a);
  return entries.length === Object.keys(b).length && entries.every(([source, count]) => b[source] === count);
}

export function coverage(drawn: FactBase, curated: FactBase): Record<string, string> {
  const drawnForms = new Map<string, { actor: Actor; spelling: Spelling }>();
  for (const actor of drawn.actors ?? []) for (const spelling of formsOf(actor)) drawnForms.set(key(spelling.text), { actor, spelling });
  const curatedActors = curated.actors ?? [];
  let actorsFound = 0;
  let spellings = 0;
  let exactCounts = 0;
  let titles = 0;
  let titlesFound = 0;
  for (const actor of curatedActors) {
    const matches = formsOf(actor).map((spelling) => drawnForms.get(key(spelling.text))).filter((match) => match !== undefined);
    if (matches.length > 0) actorsFound++;
    for (const spelling of formsOf(actor)) {
      if (Object.keys(spelling.uses ?? {}).length === 0) continue;
      spellings++;
      if (sameUses(spelling.uses, drawnForms.get(key(spelling.text))?.spelling.uses)) exactCounts++;
    }
    const drawnTitles = new Set(matches.flatMap((match) => (match.actor.titles ?? []).flatMap((title) => [title.title, ...(title.wordings ?? [])].map((text) => text.toLowerCase()))));
    for (const title of actor.titles ?? []) {
      titles++;
      if ([title.title, ...(title.wordings ?? [])].some((text) => drawnTitles.has(text.toLowerCase()))) titlesFound++;
    }
  }
  const drawnDates = new Set((drawn.events ?? []).map((event) => String(event.date)));
  const dated = (curated.events ?? []).filter((event) => event.date !== undefined);
  return {
    'actors found (any spelling)': share(actorsFound, curatedActors.length),
    'spellings with equal uses': share(exactCounts, spellings),
    'titles found (title or a wording)': share(titlesFound, titles),
    'dated events found (same date)': share(dated.filter((event) => drawnDates.has(String(event.date))).length, dated.length),
  };
}

if (require.main === module) {
  const [drawnFile, curatedFile = path.join(__dirname, '..', 'dataset', 'facts.yaml')] = process.argv.slice(2);
  if (!drawnFile) throw new Error('usage: tsx bench/init-coverage.ts DRAWN.yaml [CURATED.yaml]');
  const read = (file: string) => parse(readFileSync(file, 'utf8')) as FactBase;
  for (const [measure, value] of Object.entries(coverage(read(drawnFile), read(curatedFile)))) console.log(`${measure.padEnd(36)} ${value}`);
}
