// The example draft the end-to-end tests and the demo picture work on, and what the bundled fact
// base says about the names in it.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { repoRoot, examplesDir } = require('../harness/paths');

const DRAFT_NAME = 'talks-errors.md';
const draftText = () => fs.readFileSync(path.join(examplesDir, DRAFT_NAME), 'utf8');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (text) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Where the draft names people of the bundled fact base, by any form the sources use, in order:
 * [{ form, line, actor }] with the 1-based line and the actor as the YAML has it. At one place the
 * longest form wins.
 */
function peopleNamed(draft) {
  const { actors } = YAML.parse(fs.readFileSync(path.join(repoRoot, 'dataset', 'facts.yaml'), 'utf8'));
  const byPlace = new Map();
  for (const actor of actors.filter((candidate) => candidate.type === 'person')) {
    const forms = [actor.name, ...(actor.spellings ?? []).map((s) => s.text), ...(actor.short ?? []).map((s) => s.text)];
    for (const form of forms) {
      for (const match of draft.matchAll(wholeWord(form))) {
        if ((byPlace.get(match.index)?.form.length ?? 0) < form.length) byPlace.set(match.index, { form, actor });
      }
    }
  }
  const mentions = [...byPlace.entries()].sort(([a], [b]) => a - b);
  if (mentions.length === 0) throw new Error(`${DRAFT_NAME} names no person of the fact base`);
  return mentions.map(([index, { form, actor }]) => ({ form, line: draft.slice(0, index).split('\n').length, actor }));
}

module.exports = { DRAFT_NAME, draftText, peopleNamed };
